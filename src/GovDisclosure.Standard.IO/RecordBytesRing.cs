using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Where a validation run's JSON reader keeps the bytes of the records in flight (read, not yet reported), in
    /// slabs the run uses again instead of an array for each record: at <c>--parallel</c> 2 a few thousand records are
    /// in flight, and as arrays of their own they outlived the collector's youngest generation and were copied into the
    /// next (nearly every collection was of generation 1). Records are put in the slabs in input order and given back in
    /// input order (<see cref="Release"/>), so a slab is free again once every record on it has been reported. Only a run
    /// that owns its records' lifetime uses it: the records' bytes are overwritten once given back, so nothing may keep
    /// a record past its release. Used by one thread (the one that reads and reports).
    /// </summary>
    internal sealed class RecordBytesRing
    {
        /// <summary>Bytes in a slab: below the large-object heap's 85,000 bytes, so a slab is an ordinary array.</summary>
        public const int SlabSize = 64 * 1024;

        /// <summary>The largest record kept in a slab; a larger one gets an array of its own (as without the ring).</summary>
        public const int LargestRecord = SlabSize / 8;

        /// <summary>The slabs holding records not yet given back, oldest first, each with the number of its last record.</summary>
        private readonly Queue<(byte[] Slab, long LastRecord)> full = new Queue<(byte[] Slab, long LastRecord)>();

        /// <summary>Slabs free for use again.</summary>
        private readonly Stack<byte[]> spare = new Stack<byte[]>();

        /// <summary>The slab records are put in now, where its free part starts, and the number of its last record.</summary>
        private byte[]? current;
        private int used;
        private long currentLast;

        /// <summary>
        /// The bytes of record <paramref name="number"/> copied into a slab, valid until the record is given back;
        /// <c>null</c> when the record is too large for a slab (the caller keeps an array of its own).
        /// </summary>
        /// <param name="number">The record's number; records are put in ascending order.</param>
        /// <param name="bytes">The record's bytes.</param>
        public ReadOnlyMemory<byte>? Keep(long number, ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > LargestRecord)
            {
                return null;
            }

            if (current is null || SlabSize - used < bytes.Length)
            {
                if (current != null)
                {
                    full.Enqueue((current, currentLast));
                }

                current = spare.Count > 0 ? spare.Pop() : new byte[SlabSize];
                used = 0;
            }

            bytes.CopyTo(new Span<byte>(current, used, bytes.Length));
            var kept = new ReadOnlyMemory<byte>(current, used, bytes.Length);
            used += bytes.Length;
            currentLast = number;
            return kept;
        }

        /// <summary>
        /// Gives back every record numbered <paramref name="number"/> or less (they are reported): the slabs that hold
        /// only such records are used again for later ones.
        /// </summary>
        /// <param name="number">The number of the last record reported.</param>
        public void Release(long number)
        {
            while (full.Count > 0 && full.Peek().LastRecord <= number)
            {
                spare.Push(full.Dequeue().Slab);
            }

            if (full.Count == 0 && current != null && currentLast <= number)
            {
                used = 0;
            }
        }
    }
}
