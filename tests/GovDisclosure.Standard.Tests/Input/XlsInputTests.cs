using System.IO;
using System.Linq;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>Excel 97-2003 workbooks (.xls) are read through the same tabular layout as XLSX, with sheet, row and cell locations.</summary>
    public class XlsInputTests
    {
        private static string Workbook => RepositoryFiles.PathOf("tests", "GovDisclosure.Standard.Tests", "Input", "Workbooks", "catalogue-97-2003.xls");

        [Fact]
        public void An_xls_workbook_is_read_from_the_sheet_with_the_header_row_after_an_instructions_sheet()
        {
            SourceInput input = SourceInput.Open(Workbook);

            Assert.Equal(InputFormat.Xls, input.Format);
            Assert.Equal(DocumentKind.CatalogueEntry, input.Kind);
            SourceRecord[] records = input.Records().ToArray();
            Assert.Equal(3, records.Length);
            Assert.All(records, r => Assert.False(r.IsUnreadable));
            Assert.Equal("政策法规文件", records[0].Content!.Value.GetProperty("secondLevelItem").GetString());
        }

        [Fact]
        public void A_merged_cell_gives_its_value_to_every_row_it_covers_and_each_field_keeps_sheet_row_and_cell()
        {
            SourceRecord second = SourceInput.Open(Workbook).Records().ElementAt(1);

            Assert.Equal("综合业务", second.Content!.Value.GetProperty("firstLevelItem").GetString());
            SourceLocation at = second.Locate("/secondLevelItem");
            Assert.Equal(("目录", 4L, "C4"), (at.Sheet, at.Row ?? 0, at.Cell));
        }

        [Theory]
        [InlineData("xls-dimension-rows-1.xls", "目录")]
        [InlineData("xls-dimension-rows-3.xls", "填报说明")]
        [InlineData("xls-dimension-rows-4.xls", "填报说明")]
        [InlineData("xls-dimension-rows-6.xls", "填报说明")]
        public void A_sheet_claiming_more_rows_than_the_format_allows_is_refused_at_the_sheet_before_any_row_is_read(string name, string sheet)
        {
            // Fuzzed copies of the workbook above where one sheet's DIMENSION record claims hundreds of millions of
            // rows; ExcelDataReader would walk every claimed row before it returned the next one that exists.
            string path = RepositoryFiles.PathOf("tests", "GovDisclosure.Standard.Tests", "Input", "Crashers", name);

            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(path).Records().ToArray());

            Assert.Equal((sheet, path), (e.Location.Sheet, e.Location.File));
            Assert.Contains("more than the 65,536 the format allows", e.Text.English, System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_office_97_2003_file_that_is_no_workbook_is_refused_with_a_located_message()
        {
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-not-a-workbook-" + System.Guid.NewGuid().ToString("N") + ".xls");
            byte[] ole2 = new byte[4096];
            new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole2, 0);
            File.WriteAllBytes(path, ole2);
            try
            {
                InputException e = Assert.Throws<InputException>(() => SourceInput.Open(path).Records().ToArray());

                Assert.Contains("Excel 97-2003 workbook (.xls)", e.Text.English, System.StringComparison.Ordinal);
                Assert.Equal(path, e.Location.File);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
