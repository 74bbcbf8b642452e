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

        /// <summary>The pointers binding reported, as an array, so that <see cref="HasBindingFinding"/> walks them by index (no enumerator).</summary>
        private string[] reportedPointers;
        private string? firstPointer;
        private SourceLocation? firstLocated;
        private Dictionary<string, SourceLocation>? located;

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
            if (firstLocated is null)
            {
                firstPointer = pointer;
                firstLocated = Record.Locate(pointer);
                return firstLocated;
            }

            if (string.Equals(pointer, firstPointer, StringComparison.Ordinal))
            {
                return firstLocated;
            }

            located ??= new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            if (!located.TryGetValue(pointer, out SourceLocation? location))
            {
                location = Record.Locate(pointer);
                located.Add(pointer, location);
            }

            return location;
        }

        /// <summary>
        /// The locations of several pointers, each as <see cref="Locate(string)"/> gives it: those not located yet are
        /// located together, in one reading of the record (a finding about an annual report's identity names its cells).
        /// </summary>
        /// <param name="jsonPointers">RFC 6901 pointers.</param>
        /// <param name="skip">How many of the first pointers are located with the others but left out of the result (a finding's own pointer).</param>
        internal SourceLocation[] Locate(IReadOnlyList<string> jsonPointers, int skip = 0)
        {
            if (Record != null)
            {
                // This thread's list (a finding about an identity locates its cells): locating keeps none of it.
                List<string> notYet = pointersToLocate ??= new List<string>();
                notYet.Clear();
                for (int i = 0; i < jsonPointers.Count; i++)
                {
                    string pointer = jsonPointers[i] ?? string.Empty;
                    if (!IsLocated(pointer) && !notYet.Contains(pointer))
                    {
                        notYet.Add(pointer);
                    }
                }

                if (notYet.Count > 1)
                {
                    // A report's identities name about 20 cells between them: the dictionary is made for them at once rather
                    // than grown finding by finding.
                    located ??= new Dictionary<string, SourceLocation>(ManyPointers, StringComparer.Ordinal);
#if NET
                    located.EnsureCapacity(Math.Max(ManyPointers, located.Count + notYet.Count));
#endif
                    SourceLocation[] found = Record.Locate(notYet);
                    for (int i = 0; i < found.Length; i++)
                    {
                        Remember(notYet[i], found[i]);
                    }
                }

                notYet.Clear();
            }

            var locations = new SourceLocation[jsonPointers.Count - skip];
            for (int i = 0; i < locations.Length; i++)
            {
                locations[i] = Locate(jsonPointers[skip + i]);
            }

            return locations;
        }

        private bool IsLocated(string pointer) =>
            (firstLocated != null && string.Equals(pointer, firstPointer, StringComparison.Ordinal)) || (located?.ContainsKey(pointer) ?? false);

        private void Remember(string pointer, SourceLocation location)
        {
            if (firstLocated is null)
            {
                firstPointer = pointer;
                firstLocated = location;
            }
            else
            {
                (located ??= new Dictionary<string, SourceLocation>(StringComparer.Ordinal))[pointer] = location;
            }
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
