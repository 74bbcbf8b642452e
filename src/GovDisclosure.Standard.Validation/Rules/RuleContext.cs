using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// What a rule may know besides the document: the working-day calendar, where a JSON pointer is
    /// in the source record, and which values binding has already reported (so a rule does not
    /// report a bad value a second time as missing).
    /// </summary>
    public sealed class RuleContext
    {
        private static readonly string[] NoPointers = Array.Empty<string>();

        /// <summary>How many pointers the dictionary of located pointers is first made for when several are located together.</summary>
        private const int ManyPointers = 32;

        /// <summary>This thread's list of the pointers a call of <see cref="Locate(IReadOnlyList{string}, int)"/> has still to locate (empty between calls).</summary>
        [ThreadStatic]
        private static List<string>? pointersToLocate;

        /// <summary>This thread's list of the places in a call's result whose pointers are still to be located (empty between calls).</summary>
        [ThreadStatic]
        private static List<int>? waitingAt;

        /// <summary>The pointers binding reported, as an array, so that <see cref="HasBindingFinding"/> walks them by index (no enumerator).</summary>
        private string[] reportedPointers;
        private string? firstPointer;
        private SourceLocation? firstLocated;
        /// <summary>The pointers located so far (after the first), each with its location; <c>null</c> only while a call of <see cref="Locate(IReadOnlyList{string}, int)"/> has it waiting.</summary>
        private Dictionary<string, SourceLocation?>? located;

        /// <summary>Creates a context.</summary>
        /// <param name="calendar">The working-day calendar.</param>
        /// <param name="record">The source record, when the document was bound from one.</param>
        /// <param name="reportedPointers">Pointers whose values binding reported and left absent.</param>
        public RuleContext(WorkingDayCalendar calendar, SourceRecord? record = null, IReadOnlyCollection<string>? reportedPointers = null)
        {
            Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
            Record = record;
            this.reportedPointers = Pointers(reportedPointers);
        }

        /// <summary>The working-day calendar deadlines are counted on.</summary>
        public WorkingDayCalendar Calendar { get; private set; }

        /// <summary>The source record, or <c>null</c> for an in-memory document.</summary>
        public SourceRecord? Record { get; private set; }

        /// <summary>
        /// A context for the next record: <paramref name="used"/> emptied of the last record's located pointers, or a new
        /// one when there is none. Only for a context no one keeps once its record's rules have run.
        /// </summary>
        internal static RuleContext Reuse(RuleContext? used, WorkingDayCalendar calendar, SourceRecord record, IReadOnlyCollection<string> reportedPointers)
        {
            if (used is null)
            {
                return new RuleContext(calendar, record, reportedPointers);
            }

            used.Calendar = calendar;
            used.Record = record;
            used.reportedPointers = Pointers(reportedPointers);
            used.firstPointer = null;
            used.firstLocated = null;
            used.located?.Clear();
            return used;
        }

        /// <summary>The reported pointers as an array: the array given (binding hands one out), else a copy.</summary>
        private static string[] Pointers(IReadOnlyCollection<string>? reportedPointers) =>
            reportedPointers is null || reportedPointers.Count == 0 ? NoPointers
            : reportedPointers as string[] ?? new List<string>(reportedPointers).ToArray();

        /// <summary>The location of <paramref name="jsonPointer"/>: in the source record when there is one, else the pointer alone.</summary>
        /// <param name="jsonPointer">An RFC 6901 pointer.</param>
        public SourceLocation Locate(string jsonPointer)
        {
            if (Record is null)
            {
                return new SourceLocation { JsonPointer = jsonPointer ?? string.Empty };
            }

            // Several rules name the same cells of a record (an annual report's identities are checked by six rules, each
            // finding naming the identity's cells): each pointer is located once per record, as locating reads the record again.
            // The first pointer is kept in two fields, so a record with one finding makes no dictionary.
            string pointer = jsonPointer ?? string.Empty;
            if (firstLocated != null && string.Equals(pointer, firstPointer, StringComparison.Ordinal))
            {
                return firstLocated;
            }

            if (located != null && located.TryGetValue(pointer, out SourceLocation? known) && known != null)
            {
                return known;
            }

            SourceLocation location = Record.Locate(pointer);
            if (firstLocated is null)
            {
                firstPointer = pointer;
                firstLocated = location;
            }
            else
            {
                (located ??= new Dictionary<string, SourceLocation?>(StringComparer.Ordinal))[pointer] = location;
            }

            return location;
        }

        /// <summary>
        /// The locations of several pointers, each as <see cref="Locate(string)"/> gives it: those not located yet are
        /// located together, in one reading of the record (a finding about an annual report's identity names its cells).
        /// </summary>
        /// <param name="jsonPointers">RFC 6901 pointers.</param>
        /// <param name="skip">How many of the first pointers are located with the others but left out of the result (a finding's own pointer).</param>
        /// <remarks>
        /// Each pointer is hashed once to learn whether it is located and, when it is not, to mark it waiting (a waiting
        /// pointer given twice is located once); only the pointers located here are hashed again, to keep their locations.
        /// </remarks>
        internal SourceLocation[] Locate(IReadOnlyList<string> jsonPointers, int skip = 0)
        {
            var locations = new SourceLocation[jsonPointers.Count - skip];
            if (Record is null)
            {
                for (int i = 0; i < locations.Length; i++)
                {
                    locations[i] = Locate(jsonPointers[skip + i]);
                }

                return locations;
            }

            // This thread's lists (a finding about an identity locates its cells): locating keeps none of them.
            List<string> notYet = pointersToLocate ??= new List<string>();
            List<int> waiting = waitingAt ??= new List<int>();
            notYet.Clear();
            waiting.Clear();

            // A report's identities name about 20 cells between them: the dictionary is made for them at once rather than
            // grown finding by finding.
            Dictionary<string, SourceLocation?> known = located ??= new Dictionary<string, SourceLocation?>(ManyPointers, StringComparer.Ordinal);
            for (int i = 0; i < jsonPointers.Count; i++)
            {
                string pointer = jsonPointers[i] ?? string.Empty;
                SourceLocation? location = firstLocated != null && string.Equals(pointer, firstPointer, StringComparison.Ordinal) ? firstLocated : Waiting(known, pointer, notYet);
                if (i >= skip)
                {
                    // A pointer located already is put in place now; a waiting one is put in place once located.
                    if (location != null)
                    {
                        locations[i - skip] = location;
                    }
                    else
                    {
                        waiting.Add(i - skip);
                    }
                }
            }

            if (notYet.Count > 0)
            {
                try
                {
                    if (notYet.Count == 1)
                    {
                        known[notYet[0]] = Record.Locate(notYet[0]);
                    }
                    else
                    {
                        SourceLocation[] found = Record.Locate(notYet);
                        for (int i = 0; i < found.Length; i++)
                        {
                            known[notYet[i]] = found[i];
                        }
                    }
                }
                catch
                {
                    // No pointer is left waiting: the next call locates them again.
                    for (int i = 0; i < notYet.Count; i++)
                    {
                        known.Remove(notYet[i]);
                    }

                    notYet.Clear();
                    waiting.Clear();
                    throw;
                }

                for (int i = 0; i < waiting.Count; i++)
                {
                    int at = waiting[i];
                    locations[at] = known[jsonPointers[skip + at] ?? string.Empty]!;
                }
            }

            notYet.Clear();
            waiting.Clear();
            return locations;
        }

        /// <summary>
        /// The location of <paramref name="pointer"/> when it is located already; else <c>null</c>, and the pointer marked
        /// waiting in <paramref name="known"/> and added to <paramref name="notYet"/> unless it is waiting already.
        /// </summary>
        private static SourceLocation? Waiting(Dictionary<string, SourceLocation?> known, string pointer, List<string> notYet)
        {
#if NET
            ref SourceLocation? slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(known, pointer, out bool exists);
            if (!exists)
            {
                notYet.Add(pointer);
            }

            return slot;
#else
            if (known.TryGetValue(pointer, out SourceLocation? location))
            {
                return location;
            }

            known.Add(pointer, null);
            notYet.Add(pointer);
            return null;
#endif
        }

        /// <summary>Whether binding already reported the value at <paramref name="jsonPointer"/> (wrong type, unknown code, bad date) and left it absent.</summary>
        /// <param name="jsonPointer">An RFC 6901 pointer.</param>
        public bool HasBindingFinding(string jsonPointer)
        {
            string[] pointers = reportedPointers;
            if (jsonPointer is null)
            {
                // As before: no pointer equals it, and "null/" is "/".
                return Array.Exists(pointers, p => p.StartsWith("/", StringComparison.Ordinal));
            }

            for (int i = 0; i < pointers.Length; i++)
            {
                // The pointer itself, or one inside it (it followed by '/'), without making the text "pointer/".
                string reported = pointers[i];
                if (reported.StartsWith(jsonPointer, StringComparison.Ordinal)
                    && (reported.Length == jsonPointer.Length || reported[jsonPointer.Length] == '/'))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
