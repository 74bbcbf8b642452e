using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>The shared-strings table gives back every item as added, held in memory or moved to files.</summary>
    public class XlsxSharedStringsTests
    {
        private static readonly Gen<string> Item = Gen.Elements(string.Empty, "综合业务", "a", "𠀋字", " 空格 ", "县民政局社会救助股", new string('长', 300), "\t\n");

        [Property]
        public Property Every_item_reads_back_as_added_in_any_order_whether_in_memory_or_in_files(bool small)
        {
            return Prop.ForAll(Item.NonEmptyListOf().ToArbitrary(), Gen.Choose(0, 1000).ListOf().ToArbitrary(), (items, order) =>
            {
                using var table = small ? new XlsxSharedStrings(64, 5) : new XlsxSharedStrings();
                foreach (string item in items)
                {
                    table.Add(new StringBuilder(item));
                }

                bool spilledAsExpected = table.IsSpilled == (small && (items.Count > 5 || Encoding.UTF8.GetByteCount(string.Concat(items)) > 64));
                return spilledAsExpected
                    && table.Count == items.Count
                    && order.Select(i => i % items.Count).All(i => table[i] == items[i])
                    && Enumerable.Range(0, items.Count).All(i => table[i] == items[i]);
            });
        }

        [Fact]
        public void A_table_in_files_leaves_no_file_in_the_temp_folder_even_before_it_is_disposed()
        {
            if (System.OperatingSystem.IsWindows())
            {
                return; // Windows deletes a delete-on-close file with its last handle, even when the process ends.
            }

            string[] before = System.IO.Directory.GetFiles(System.IO.Path.GetTempPath(), "govdisclosure-sst-*");
            using var table = new XlsxSharedStrings(8, 2);
            foreach (string item in new[] { "综合业务", "县民政局社会救助股", "𠀋字" })
            {
                table.Add(new StringBuilder(item));
            }

            string[] during = System.IO.Directory.GetFiles(System.IO.Path.GetTempPath(), "govdisclosure-sst-*");
            Assert.True(table.IsSpilled);
            Assert.Equal("县民政局社会救助股", table[1]);
            Assert.Empty(during.Except(before));
        }
    }
}
