using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A JSON reader's locator that finds a record's pointers in the record's index (<see cref="JsonRecordIndex"/>, made on
    /// its second finding and kept for the thread; its first is found by a scan for its one pointer) and counts lines and
    /// columns on from the last offset it located, or from the nearest mark before an earlier one
    /// (<see cref="RecordWalkMarks"/>). The readers differ only in how they count a line and column (<see cref="Count"/>),
    /// which must give the same walk whether a run of bytes is counted at once or in two pieces split anywhere.
    /// </summary>
    internal abstract class IndexedRecordLocator : RecordLocator
    {
        protected IndexedRecordLocator(JsonReaderOptions readerOptions)
        {
            ReaderOptions = readerOptions;
        }

        /// <summary>The reader options the records were read with.</summary>
        protected JsonReaderOptions ReaderOptions { get; }

        public sealed override IReadOnlyDictionary<string, SourceLocation> FieldsOf(SourceRecord record)
        {
            var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            ReadOnlySpan<byte> bytes = record.Utf8.Span;
            var walk = default(RecordWalk);
            foreach (KeyValuePair<string, int> member in JsonMemberOffsets.Of(bytes, ReaderOptions))
            {
                locations.Add(member.Key, At(record, bytes, ref walk, null, member.Value, member.Key));
            }

            return locations;
        }

        public sealed override SourceLocation? Locate(SourceRecord record, string jsonPointer)
        {
            if (jsonPointer.Length == 0)
            {
                return record.Origin with { JsonPointer = jsonPointer, RecordNumber = record.Number };
            }

            ReadOnlySpan<byte> bytes = record.Utf8.Span;
            JsonRecordIndex index = JsonRecordIndex.Locating(record, bytes, ReaderOptions, jsonPointer, out int offset);
            return At(record, bytes, ref index.Walked, index.Marks, offset, jsonPointer);
        }

        public sealed override SourceLocation[]? LocateAll(SourceRecord record, IReadOnlyList<string> jsonPointers)
        {
            ReadOnlySpan<byte> bytes = record.Utf8.Span;
            var located = new SourceLocation[jsonPointers.Count];
            JsonRecordIndex index = JsonRecordIndex.Of(record, bytes, ReaderOptions);
            for (int i = 0; i < located.Length; i++)
            {
                located[i] = At(record, bytes, ref index.Walked, index.Marks, index.Find(bytes, jsonPointers[i]), jsonPointers[i]);
            }

            return located;
        }

        /// <summary>This thread's index of <paramref name="record"/> (<see cref="JsonRecordIndex.Detach"/>), when it was made for it.</summary>
        public sealed override object? Detach(SourceRecord record) => JsonRecordIndex.Detach(record);

        /// <summary>Makes the index <see cref="Detach"/> gave this thread's (<see cref="JsonRecordIndex.Adopt"/>).</summary>
        public sealed override void Adopt(object kept) => JsonRecordIndex.Adopt((JsonRecordIndex)kept);

        /// <summary>
        /// The location of <paramref name="jsonPointer"/>, found at byte <paramref name="offset"/> of the record (the record's
        /// origin when it is -1): counted on from <paramref name="walk"/> when the offset is after it, else from the nearest of
        /// <paramref name="marks"/> before it, else from the record's start; the marks passed on the way are noted.
        /// </summary>
        private SourceLocation At(SourceRecord record, ReadOnlySpan<byte> bytes, ref RecordWalk walk, RecordWalkMarks? marks, int offset, string jsonPointer)
        {
            if (offset < 0)
            {
                return record.Origin with { JsonPointer = jsonPointer, RecordNumber = record.Number };
            }

            if (walk.To == 0 || offset < walk.To)
            {
                walk = marks != null && marks.TryGetBefore(offset, out RecordWalk mark) ? mark : Start(record);
            }

            if (marks != null)
            {
                // Every mark not yet noted lies at or after the walk: the walk stops at each on its way.
                for (int next = marks.Next; next <= offset; next = marks.Next)
                {
                    Count(bytes, next, ref walk);
                    marks.Note(walk);
                }
            }

            Count(bytes, offset, ref walk);
            return Location(record, walk, jsonPointer);
        }

        /// <summary>The walk at the record's first byte.</summary>
        protected abstract RecordWalk Start(SourceRecord record);

        /// <summary>Moves <paramref name="walk"/> on to byte <paramref name="offset"/> of the record (which is not before it).</summary>
        protected abstract void Count(ReadOnlySpan<byte> bytes, int offset, ref RecordWalk walk);

        /// <summary>The location of the pointer at the walk's line and column.</summary>
        protected abstract SourceLocation Location(SourceRecord record, RecordWalk walk, string jsonPointer);
    }
}
