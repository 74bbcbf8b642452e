using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The packed cell values a batch keeps of every annual report for the region summaries (GD-AR-018/019): unpacking
    /// gives back every value and every blank, and a small count takes one byte. Structural, never timings.
    /// </summary>
    public class CellValuesTests
    {
        private static readonly Gen<int?[]> Cells = Gen.Frequency(
                (3, Gen.Choose(0, 200).Select(v => (int?)v)),
                (1, Gen.Constant((int?)null)),
                (1, ArbMap.Default.GeneratorFor<int>().Select(v => (int?)v)),
                (1, Gen.Elements<int?>(int.MinValue, int.MaxValue, -1)))
            .ArrayOf();

        [Property]
        public Property Unpacking_gives_back_every_value_and_every_blank()
        {
            return Prop.ForAll(Cells.ToArbitrary(), cells =>
            {
                int?[] unpacked = CellValues.Unpack(CellValues.Pack(cells.Select((v, slot) => (slot, v)).Where(c => c.v != null).Select(c => (c.slot, c.v!.Value)).ToArray()));

                // Blanks after the last value are not kept: a slot past the end is blank too.
                int length = System.Array.FindLastIndex(cells, v => v != null) + 1;
                return unpacked.SequenceEqual(cells.Take(length));
            });
        }

        [Property]
        public Property Packing_gives_the_bytes_the_list_of_bytes_gave()
        {
            return Prop.ForAll(Cells.ToArbitrary(), cells =>
            {
                var values = cells.Select((v, slot) => (slot, v)).Where(c => c.v != null).Select(c => (c.slot, c.v!.Value)).Reverse().ToList();
                return CellValues.Pack(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)).SequenceEqual(PackedAsAList(values));
            });
        }

        [Fact]
        public void A_count_under_63_or_a_blank_takes_one_byte()
        {
            byte[] packed = CellValues.Pack(new[] { (0, 0), (1, 62), (3, -5) });

            Assert.Equal(4, packed.Length);
            Assert.Equal(new int?[] { 0, 62, null, -5 }, CellValues.Unpack(packed));
        }

        /// <summary>The former packing, a byte at a time into a list (the oracle).</summary>
        private static byte[] PackedAsAList(System.Collections.Generic.IReadOnlyList<(int Slot, int Value)> values)
        {
            int length = 0;
            foreach ((int slot, _) in values)
            {
                length = System.Math.Max(length, slot + 1);
            }

            var dense = new int?[length];
            foreach ((int slot, int value) in values)
            {
                dense[slot] = value;
            }

            var packed = new System.Collections.Generic.List<byte>(length + 8);
            foreach (int? value in dense)
            {
                ulong code = value is int v ? (((ulong)(long)v << 1) ^ (ulong)((long)v >> 63)) + 1 : 0;
                while (code >= 0x80)
                {
                    packed.Add((byte)(code | 0x80));
                    code >>= 7;
                }

                packed.Add((byte)code);
            }

            return packed.ToArray();
        }
    }
}
