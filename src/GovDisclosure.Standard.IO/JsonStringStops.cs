using System;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Where the strings of one JSON value stop (字符串终止位置): the next quote, backslash or control character at or after
    /// a position, found from a bit mask of a 64-byte block of the value that is kept for the next search. A record's strings
    /// are short and close together (a name, its value, the next name), so one block's comparisons serve several strings
    /// where a search per string compared a block of its own each time. Used by the record-boundary scan
    /// (<c>JsonValueExtent</c>) and by the binder's reader of measured records (in whose bytes no string holds a
    /// control character, so a string's first stop is its closing quote or a backslash). A value of this type belongs to
    /// one span of bytes: made anew (<c>default</c>) for each. BCL only: the Validation project compiles this same file
    /// (linked), since neither project sees the other's internals.
    /// </summary>
    internal struct JsonStringStops
    {
        /// <summary>The bytes a block covers.</summary>
        public const int BlockLength = 64;

#if NET8_0_OR_GREATER
        /// <summary>The stops of the block kept, one bit a byte from <see cref="from"/> on.</summary>
        private ulong stops;

        /// <summary>Where the block kept starts.</summary>
        private int from;

        /// <summary>How many bytes the block kept covers (0 before the first block: <c>default</c> holds none).</summary>
        private int covered;
#endif

        /// <summary>
        /// The index of the first quote, backslash or control character (below U+0020) of <paramref name="json"/> at or after
        /// <paramref name="i"/>, or -1 when there is none.
        /// </summary>
        /// <param name="json">The value's bytes, the same span at every call on this value.</param>
        /// <param name="i">Where to start, at least 0.</param>
#if NET8_0_OR_GREATER
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
#endif
        public int Next(ReadOnlySpan<byte> json, int i)
        {
#if NET8_0_OR_GREATER
            if (Vector128.IsHardwareAccelerated && json.Length >= BlockLength)
            {
                while (true)
                {
                    int offset = i - from;
                    if ((uint)offset < (uint)covered)
                    {
                        ulong ahead = stops >> offset;
                        if (ahead != 0)
                        {
                            return i + BitOperations.TrailingZeroCount(ahead);
                        }

                        i = from + covered;
                    }

                    if (i >= json.Length)
                    {
                        return -1;
                    }

                    // The last block may overlap the one before: its bytes before i were searched already and held no stop.
                    from = Math.Min(i, json.Length - BlockLength);
                    covered = BlockLength;
                    stops = Block(ref MemoryMarshal.GetReference(json), from);
                }
            }
#endif
            for (; i < json.Length; i++)
            {
                byte b = json[i];
                if (b < (byte)' ' || b == (byte)'"' || b == (byte)'\\')
                {
                    return i;
                }
            }

            return -1;
        }

#if NET8_0_OR_GREATER
        /// <summary>The stops of the 64 bytes at <paramref name="start"/>, one bit a byte (two 32-byte comparisons, or four of 16).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Block(ref byte first, int start)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                return Stops(Vector256.LoadUnsafe(ref first, (nuint)start))
                    | ((ulong)Stops(Vector256.LoadUnsafe(ref first, (nuint)(start + 32))) << 32);
            }

            return Stops(Vector128.LoadUnsafe(ref first, (nuint)start))
                | ((ulong)Stops(Vector128.LoadUnsafe(ref first, (nuint)(start + 16))) << 16)
                | ((ulong)Stops(Vector128.LoadUnsafe(ref first, (nuint)(start + 32))) << 32)
                | ((ulong)Stops(Vector128.LoadUnsafe(ref first, (nuint)(start + 48))) << 48);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Stops(Vector256<byte> block) =>
            (Vector256.Equals(block, Vector256.Create((byte)'"')) | Vector256.Equals(block, Vector256.Create((byte)'\\')) | Vector256.LessThan(block, Vector256.Create((byte)' '))).ExtractMostSignificantBits();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Stops(Vector128<byte> block) =>
            (Vector128.Equals(block, Vector128.Create((byte)'"')) | Vector128.Equals(block, Vector128.Create((byte)'\\')) | Vector128.LessThan(block, Vector128.Create((byte)' '))).ExtractMostSignificantBits();
#endif
    }
}
