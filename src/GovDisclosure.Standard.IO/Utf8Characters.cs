using System;
using System.Runtime.InteropServices;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// How many characters (Unicode scalar values, as the readers count columns) a run of UTF-8 bytes holds: every byte
    /// that is not a continuation byte (10xxxxxx) starts one. Counted with vector instructions where the runtime has them,
    /// since columns are counted over whole records and lines.
    /// </summary>
    internal static class Utf8Characters
    {
        /// <summary>How many characters <paramref name="bytes"/> holds (an invalid byte counts as one).</summary>
        /// <param name="bytes">UTF-8 bytes.</param>
        public static int Count(ReadOnlySpan<byte> bytes) => bytes.Length - ContinuationBytes(bytes);

        /// <summary>How many bytes of <paramref name="bytes"/> are UTF-8 continuation bytes (10xxxxxx).</summary>
        /// <param name="bytes">UTF-8 bytes.</param>
        public static int ContinuationBytes(ReadOnlySpan<byte> bytes)
        {
            int count = 0;
            int i = 0;
#if NET8_0_OR_GREATER
            if (System.Text.Ascii.IsValid(bytes))
            {
                return 0;
            }

            // A continuation byte is 0x80–0xBF: as a signed byte, -128 to -65.
            ReadOnlySpan<sbyte> signed = MemoryMarshal.Cast<byte, sbyte>(bytes);
            if (System.Numerics.Vector.IsHardwareAccelerated)
            {
                var limit = new System.Numerics.Vector<sbyte>(-65);
                int width = System.Numerics.Vector<sbyte>.Count;
                for (; i + width <= signed.Length; i += width)
                {
                    var v = new System.Numerics.Vector<sbyte>(signed.Slice(i, width));
                    count -= System.Numerics.Vector.Sum(System.Numerics.Vector.LessThanOrEqual(v, limit));
                }
            }
#endif

            for (; i < bytes.Length; i++)
            {
                if ((bytes[i] & 0xC0) == 0x80)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
