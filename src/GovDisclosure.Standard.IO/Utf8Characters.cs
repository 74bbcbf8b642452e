using System;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

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
            // A continuation byte is 0x80–0xBF: as a signed byte, -128 to -65. One bit a byte of the comparison's
            // mask, counted in a register: no horizontal sum per vector.
            ReadOnlySpan<sbyte> signed = MemoryMarshal.Cast<byte, sbyte>(bytes);
            ref sbyte first = ref MemoryMarshal.GetReference(signed);
            if (Vector256.IsHardwareAccelerated)
            {
                var limit = Vector256.Create((sbyte)-65);
                for (; i + 32 <= signed.Length; i += 32)
                {
                    var v = Vector256.LoadUnsafe(ref first, (nuint)i);
                    count += System.Numerics.BitOperations.PopCount(Vector256.LessThanOrEqual(v, limit).ExtractMostSignificantBits());
                }
            }

            if (Vector128.IsHardwareAccelerated)
            {
                var limit = Vector128.Create((sbyte)-65);
                for (; i + 16 <= signed.Length; i += 16)
                {
                    var v = Vector128.LoadUnsafe(ref first, (nuint)i);
                    count += System.Numerics.BitOperations.PopCount(Vector128.LessThanOrEqual(v, limit).ExtractMostSignificantBits());
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
