using System;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The blanks of JSON (RFC 8259 §2 "insignificant whitespace": space, tab, line feed, carriage return), skipped over by
    /// the record-boundary scan and by the binder's reader of measured records. BCL only: the Validation project compiles
    /// this same file (linked), since neither project sees the other's internals.
    /// </summary>
    internal static class JsonBlank
    {
        /// <summary>Whether <paramref name="b"/> is a JSON blank.</summary>
        /// <param name="b">A byte of UTF-8 JSON.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Is(byte b) => b <= (byte)' ' && (b == (byte)' ' || b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t');

        /// <summary>The index of the first byte at or after <paramref name="i"/> that is not a JSON blank, or the length.</summary>
        /// <param name="json">The bytes.</param>
        /// <param name="i">Where to start.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Skip(ReadOnlySpan<byte> json, int i)
        {
            while ((uint)i < (uint)json.Length && Is(json[i]))
            {
                i++;
            }

            return i;
        }
    }
}
