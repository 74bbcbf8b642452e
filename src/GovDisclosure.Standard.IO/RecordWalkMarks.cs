using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The walks a locator noted at every <see cref="Stride"/> bytes of a record on its way through it (计数标记), so that an
    /// offset before the furthest walk is counted on from the nearest mark before it, not from the record's start: findings
    /// located back and forth across a large record cost each at most a stride of counting. Marks are noted in order from the
    /// record's start; mark <c>k</c> is the walk at byte <c>(k + 1) × Stride</c>.
    /// </summary>
    internal sealed class RecordWalkMarks
    {
        /// <summary>The bytes between two marks.</summary>
        public const int Stride = 4096;

        private RecordWalk[] marks = new RecordWalk[4];
        private int count;

        /// <summary>The offset of the next mark to note: the first multiple of <see cref="Stride"/> not yet marked.</summary>
        public int Next => (count + 1) * Stride;

        /// <summary>Forgets every mark, for the next record.</summary>
        public void Clear()
        {
            count = 0;
            if (marks.Length > 1024)
            {
                marks = new RecordWalk[4];
            }
        }

        /// <summary>Notes <paramref name="walk"/>, which is at <see cref="Next"/>.</summary>
        public void Note(RecordWalk walk)
        {
            if (count == marks.Length)
            {
                Array.Resize(ref marks, count * 2);
            }

            marks[count++] = walk;
        }

        /// <summary>The furthest mark at or before <paramref name="offset"/>; <c>false</c> when there is none.</summary>
        public bool TryGetBefore(int offset, out RecordWalk walk)
        {
            int k = Math.Min(count, offset / Stride) - 1;
            if (k < 0)
            {
                walk = default;
                return false;
            }

            walk = marks[k];
            return true;
        }
    }
}
