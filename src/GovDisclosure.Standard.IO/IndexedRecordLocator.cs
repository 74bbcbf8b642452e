using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A JSON reader's locator that finds a record's pointers in the record's index (<see cref="JsonRecordIndex"/>, made on
    /// its first finding and kept for the thread) and counts lines and columns on from the last offset it located; a record
    /// too large to index is read once for all the pointers asked together (<see cref="JsonMemberOffsets.FindAll"/>), as
    /// before the index. The readers differ only in how they count a line and column (<see cref="Count"/>).
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
                locations.Add(member.Key, At(record, bytes, ref walk, member.Value, member.Key));
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
            JsonRecordIndex? index = JsonRecordIndex.Of(record, bytes, ReaderOptions);
            if (index is null)
            {
                return LocateAll(record, new[] { jsonPointer })![0];
            }

            return At(record, bytes, ref index.Walked, index.Find(bytes, jsonPointer), jsonPointer);
        }

        public sealed override SourceLocation[]? LocateAll(SourceRecord record, IReadOnlyList<string> jsonPointers)
        {
            ReadOnlySpan<byte> bytes = record.Utf8.Span;
            var located = new SourceLocation[jsonPointers.Count];
            JsonRecordIndex? index = JsonRecordIndex.Of(record, bytes, ReaderOptions);
            if (index != null)
            {
                for (int i = 0; i < located.Length; i++)
                {
                    located[i] = At(record, bytes, ref index.Walked, index.Find(bytes, jsonPointers[i]), jsonPointers[i]);
                }

                return located;
            }

            // The lines and columns are counted on from one offset to the next, in the order of the offsets: the record is read once.
            int[] offsets = JsonMemberOffsets.FindAll(bytes, ReaderOptions, jsonPointers);
            var walk = default(RecordWalk);
            foreach (int i in OffsetOrder.Of(offsets))
            {
                located[i] = At(record, bytes, ref walk, offsets[i], jsonPointers[i]);
            }

            for (int i = 0; i < located.Length; i++)
            {
                located[i] ??= At(record, bytes, ref walk, -1, jsonPointers[i]);
            }

            return located;
        }

        /// <summary>
        /// The location of <paramref name="jsonPointer"/>, found at byte <paramref name="offset"/> of the record (the record's
        /// origin when it is -1): counted on from <paramref name="walk"/> when the offset is after it, else from the record's start.
        /// </summary>
        private SourceLocation At(SourceRecord record, ReadOnlySpan<byte> bytes, ref RecordWalk walk, int offset, string jsonPointer)
        {
            if (offset < 0)
            {
                return record.Origin with { JsonPointer = jsonPointer, RecordNumber = record.Number };
            }

            if (walk.To == 0 || offset < walk.To)
            {
                walk = Start(record);
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
