using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// A report's cell values by slot, packed for a batch that keeps thousands of reports until its end (数值紧凑保存, GD-AR-018/019):
    /// each slot in order as one variable-length number — 0 for a blank cell, otherwise the value zigzagged (so a small negative
    /// stays small) plus one — seven bits a byte. A count under 63 takes one byte, where an <c>int?</c> takes eight.
    /// </summary>
    internal static class CellValues
    {
        /// <summary>The values packed: slot 0 to the highest slot given; a slot not given is blank.</summary>
        /// <param name="values">The cells that have a value, by slot, in any order, each slot once.</param>
        /// <remarks>
        /// Every report of a batch is packed (some 200 cells): the codes are worked out in a buffer on the stack (or one array
        /// for a rare longer row of slots), measured, and written into the one array returned. The values come as a span
        /// (a list's, <c>CollectionsMarshal.AsSpan</c>): read twice a cell, through a list's interface each read was a call.
        /// </remarks>
        public static byte[] Pack(ReadOnlySpan<(int Slot, int Value)> values)
        {
            int length = 0;
            for (int i = 0; i < values.Length; i++)
            {
                length = Math.Max(length, values[i].Slot + 1);
            }

            Span<ulong> codes = length <= OnStack ? stackalloc ulong[length] : new ulong[length];
            for (int i = 0; i < values.Length; i++)
            {
                // Zigzag in 64 bits, so int.MinValue and int.MaxValue fit too; 0 is a blank.
                long v = values[i].Value;
                codes[values[i].Slot] = (((ulong)v << 1) ^ (ulong)(v >> 63)) + 1;
            }

            int size = 0;
            for (int i = 0; i < codes.Length; i++)
            {
                ulong code = codes[i];
                do
                {
                    size++;
                    code >>= 7;
                }
                while (code != 0);
            }

            var packed = new byte[size];
            int at = 0;
            for (int i = 0; i < codes.Length; i++)
            {
                ulong code = codes[i];
                while (code >= 0x80)
                {
                    packed[at++] = (byte)(code | 0x80);
                    code >>= 7;
                }

                packed[at++] = (byte)code;
            }

            return packed;
        }

        /// <summary>How many slots <see cref="Pack"/> codes on the stack.</summary>
        private const int OnStack = 512;

        /// <summary>The values by slot, a blank cell <c>null</c>, as <see cref="Pack"/> was given them.</summary>
        /// <param name="packed">What <see cref="Pack"/> returned.</param>
        public static int?[] Unpack(byte[] packed)
        {
            var values = new List<int?>(packed.Length);
            int i = 0;
            while (i < packed.Length)
            {
                ulong code = 0;
                int shift = 0;
                byte b;
                do
                {
                    b = packed[i++];
                    code |= (ulong)(b & 0x7F) << shift;
                    shift += 7;
                }
                while ((b & 0x80) != 0);

                if (code == 0)
                {
                    values.Add(null);
                    continue;
                }

                ulong zigzag = code - 1;
                values.Add((int)(long)((zigzag >> 1) ^ (0UL - (zigzag & 1))));
            }

            return values.ToArray();
        }
    }
}
