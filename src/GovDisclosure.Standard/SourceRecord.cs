using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// One raw record read from an input (a JSON array element, a JSON Lines line, a CSV or
    /// spreadsheet row), as a JSON object in the canonical field names, with where it came from.
    /// Readers yield records one at a time; a record that could not be read at all is still yielded,
    /// with <see cref="ReadError"/>, so that nothing is skipped silently.
    /// </summary>
    public sealed class SourceRecord
    {
        private readonly Func<IReadOnlyDictionary<string, SourceLocation>>? locateFields;
        private readonly RecordLocator? locator;
        private IReadOnlyDictionary<string, SourceLocation>? fieldLocations;
        private readonly JsonElement? content;
        private readonly JsonReaderOptions readerOptions;

        /// <summary>The boxed <see cref="JsonElement"/> parsed from <see cref="Utf8"/>, once asked for (a reference, so threads can share it safely).</summary>
        private object? parsed;

        /// <summary>The record's members, for a record kept as its members (<see cref="RecordMembers"/>); else <c>null</c>.</summary>
        private readonly RecordMembers? members;

        /// <summary>The record's UTF-8 bytes as its reader kept them (empty for a record kept as a tree or as its members).</summary>
        private readonly ReadOnlyMemory<byte> utf8;

        /// <summary>Creates a readable record.</summary>
        /// <param name="number">The 1-based number of the record in its input.</param>
        /// <param name="content">The record as a JSON object; keep it independent of any disposed document (use <see cref="JsonElement.Clone"/>).</param>
        /// <param name="origin">Where the record starts (file, line or sheet and row).</param>
        /// <param name="fieldLocations">Where each field came from, keyed by JSON pointer (e.g. <c>/timeLimit</c> → cell E7); optional. It may name fields that are not in <paramref name="content"/>: the tabular readers give every column of the header its cell, blank ones included, so that a missing field is located at its empty cell.</param>
        public SourceRecord(long number, JsonElement content, SourceLocation origin, IReadOnlyDictionary<string, SourceLocation>? fieldLocations = null)
        {
            Number = number;
            this.content = content;
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            this.fieldLocations = fieldLocations ?? new Dictionary<string, SourceLocation>();
        }

        /// <summary>
        /// A readable record whose field locations are worked out only when a finding needs one (the JSON readers
        /// keep the record's bytes and scan them again then): most records have no finding.
        /// </summary>
        internal SourceRecord(long number, JsonElement content, SourceLocation origin, Func<IReadOnlyDictionary<string, SourceLocation>> locateFields)
        {
            Number = number;
            this.content = content;
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            this.locateFields = locateFields ?? throw new ArgumentNullException(nameof(locateFields));
        }

        /// <summary>
        /// A record kept as its UTF-8 bytes, as a JSON reader read them (one well-formed value, read with
        /// <paramref name="readerOptions"/>): <see cref="Content"/> is parsed from them only when something asks for it.
        /// </summary>
        internal SourceRecord(long number, ReadOnlyMemory<byte> utf8, JsonReaderOptions readerOptions, SourceLocation origin, RecordLocator locator)
        {
            Number = number;
            this.utf8 = utf8;
            this.readerOptions = readerOptions;
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            this.locator = locator ?? throw new ArgumentNullException(nameof(locator));
        }

        /// <summary>
        /// A record written as UTF-8 JSON bytes by a reader that is not JSON (a CSV or spreadsheet row): it is bound from
        /// the bytes, its <see cref="Content"/> parsed only when something asks for it (with default reader options), and
        /// its field locations worked out only when a finding needs one.
        /// </summary>
        internal SourceRecord(long number, ReadOnlyMemory<byte> utf8, SourceLocation origin, Func<IReadOnlyDictionary<string, SourceLocation>> locateFields)
        {
            Number = number;
            this.utf8 = utf8;
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            this.locateFields = locateFields ?? throw new ArgumentNullException(nameof(locateFields));
        }

        /// <summary>
        /// A record written as UTF-8 JSON bytes by a reader that is not JSON, with field locations that work out each one
        /// only when it is asked for (a table row's, <c>TabularFieldLocations</c>): no function is made to give them.
        /// </summary>
        internal SourceRecord(long number, ReadOnlyMemory<byte> utf8, SourceLocation origin, IReadOnlyDictionary<string, SourceLocation> fieldLocations)
        {
            Number = number;
            this.utf8 = utf8;
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            this.fieldLocations = fieldLocations ?? throw new ArgumentNullException(nameof(fieldLocations));
        }

        /// <summary>
        /// A record kept as its members by a reader that is not JSON (a table row, <see cref="RecordMembers"/>): bound from
        /// them, its <see cref="Utf8"/> written from them and <see cref="Content"/> parsed only when something asks, with
        /// field locations that work out each one only when it is asked for.
        /// </summary>
        internal SourceRecord(long number, RecordMembers members, SourceLocation origin, IReadOnlyDictionary<string, SourceLocation> fieldLocations)
        {
            Number = number;
            this.members = members ?? throw new ArgumentNullException(nameof(members));
            Origin = origin ?? throw new ArgumentNullException(nameof(origin));
            this.fieldLocations = fieldLocations ?? throw new ArgumentNullException(nameof(fieldLocations));
        }

        private SourceRecord(long number, SourceLocation origin, BilingualText error, string? rawText, bool stopsReading)
        {
            Number = number;
            Origin = origin;
            ReadError = error;
            RawText = rawText;
            StopsReading = stopsReading;
            fieldLocations = new Dictionary<string, SourceLocation>();
        }

        /// <summary>The 1-based number of the record in its input.</summary>
        public long Number { get; }

        /// <summary>The record as a JSON object; <c>null</c> when it could not be read.</summary>
        public JsonElement? Content => Utf8.IsEmpty ? content : Parsed();

        /// <summary>
        /// The record's UTF-8 bytes when it was read from JSON and kept as bytes, or kept as its members (written from them
        /// at first use); one value, well formed; empty otherwise.
        /// </summary>
        internal ReadOnlyMemory<byte> Utf8 => members != null ? members.Utf8 : utf8;

        /// <summary>The record's members when a reader that is not JSON kept it so (a table row), to be bound from them; else <c>null</c>.</summary>
        internal RecordMembers? Members => members;

        /// <summary>
        /// Whether <see cref="Utf8"/> is known to be strict JSON (严格 JSON): the record-boundary scan measured it as one
        /// well-formed value in valid UTF-8 with no comment, no trailing comma, no <c>\u</c> escape, no control character in a
        /// string and no more nesting than the scan follows. The binder reads such bytes with a token reader of its own that
        /// trusts all of that (<c>MeasuredJsonReader</c>): set it for no record the scan did not measure. <c>false</c> says
        /// nothing either way.
        /// </summary>
        internal bool IsStrictJson { get; init; }

        /// <summary>Where the record starts.</summary>
        public SourceLocation Origin { get; }

        /// <summary>Why the record could not be read, when it could not.</summary>
        public BilingualText? ReadError { get; }

        /// <summary>The record's raw text, for an unreadable record, when the reader has it (truncated by the reader as it sees fit).</summary>
        public string? RawText { get; }

        /// <summary>
        /// What the reader noticed while reading the record (a published report's extra or missing row, a cell
        /// that is not a number…); the validator reports each as the finding of its rule (GD-PUB-…).
        /// </summary>
        public IReadOnlyList<ReadingNote> ReadingNotes { get; init; } = Array.Empty<ReadingNote>();

        /// <summary><c>true</c> when the record could not be read.</summary>
        public bool IsUnreadable => ReadError != null;

        /// <summary>
        /// <c>true</c> when reading stopped at this unreadable record (读取中断): nothing after it could be read
        /// (a JSON syntax error, a file cut short, a second record array). It is the last record the reader
        /// yields, and its <see cref="ReadError"/> and <see cref="Origin"/> say why and where the input ended.
        /// </summary>
        public bool StopsReading { get; }

        /// <summary>A record that could not be read (malformed JSON line, broken row…).</summary>
        /// <param name="number">The 1-based number of the record in its input.</param>
        /// <param name="origin">Where it is.</param>
        /// <param name="error">Why it could not be read.</param>
        /// <param name="rawText">Its raw text, when available.</param>
        public static SourceRecord Unreadable(long number, SourceLocation origin, BilingualText error, string? rawText = null) =>
            new SourceRecord(number, origin ?? throw new ArgumentNullException(nameof(origin)), error ?? throw new ArgumentNullException(nameof(error)), rawText, false);

        /// <summary>An unreadable record at which reading stopped: nothing after it could be read (<see cref="StopsReading"/>).</summary>
        /// <param name="number">The 1-based number of the record in its input.</param>
        /// <param name="origin">Where reading stopped.</param>
        /// <param name="error">Why nothing more could be read.</param>
        /// <param name="rawText">The raw text there, when available.</param>
        public static SourceRecord Stop(long number, SourceLocation origin, BilingualText error, string? rawText = null) =>
            new SourceRecord(number, origin ?? throw new ArgumentNullException(nameof(origin)), error ?? throw new ArgumentNullException(nameof(error)), rawText, true);

        /// <summary>
        /// The location of a JSON pointer within the record: the location of the field it is in
        /// (exact, or the longest known prefix), else the record's origin; always with the pointer.
        /// </summary>
        /// <param name="jsonPointer">An RFC 6901 pointer, e.g. <c>/materials/1/name</c>.</param>
        public SourceLocation Locate(string jsonPointer)
        {
            string pointer = jsonPointer ?? string.Empty;
            if (this.fieldLocations is null && locator?.Locate(this, pointer) is SourceLocation located)
            {
                return located;
            }

            string probe = pointer;
            IReadOnlyDictionary<string, SourceLocation> fieldLocations = this.fieldLocations ??= locator != null ? locator.FieldsOf(this) : locateFields!();
            while (true)
            {
                if (fieldLocations.TryGetValue(probe, out SourceLocation? found))
                {
                    return found with { JsonPointer = pointer, RecordNumber = Number };
                }

                int slash = probe.LastIndexOf('/');
                if (slash <= 0)
                {
                    break;
                }

                probe = probe.Substring(0, slash);
            }

            return Origin with { JsonPointer = pointer, RecordNumber = Number };
        }

        /// <summary>
        /// What the checking thread keeps for locating in this record (its reader's index of it), taken from that thread to be
        /// handed over with the record's result (<see cref="AdoptLocating"/>), so that the thread that takes results in order
        /// does not index the record again; <c>null</c> when it keeps nothing of this record.
        /// </summary>
        internal object? DetachLocating() => locator?.Detach(this);

        /// <summary>Makes <paramref name="kept"/>, what <see cref="DetachLocating"/> gave for this record, this thread's to locate in the record with; nothing when <c>null</c>.</summary>
        /// <param name="kept">What <see cref="DetachLocating"/> gave, or <c>null</c>.</param>
        internal void AdoptLocating(object? kept)
        {
            if (kept != null)
            {
                locator?.Adopt(kept);
            }
        }

        /// <summary>
        /// The locations of several JSON pointers within the record, each as <see cref="Locate(string)"/> gives it, worked out
        /// together: a record kept as its bytes is read once for all of them, not once for each.
        /// </summary>
        /// <param name="jsonPointers">RFC 6901 pointers.</param>
        /// <returns>The locations, in the order of the pointers.</returns>
        internal SourceLocation[] Locate(IReadOnlyList<string> jsonPointers)
        {
            if (jsonPointers is null)
            {
                throw new ArgumentNullException(nameof(jsonPointers));
            }

            if (jsonPointers.Count > 1 && fieldLocations is null && locator?.LocateAll(this, jsonPointers) is SourceLocation[] located)
            {
                return located;
            }

            var locations = new SourceLocation[jsonPointers.Count];
            for (int i = 0; i < locations.Length; i++)
            {
                locations[i] = Locate(jsonPointers[i]);
            }

            return locations;
        }

        private JsonElement Parsed()
        {
            if (parsed is null)
            {
                var reader = new Utf8JsonReader(Utf8.Span, readerOptions);
                Interlocked.CompareExchange(ref parsed, JsonElement.ParseValue(ref reader), null);
            }

            return (JsonElement)parsed!;
        }
    }
}
