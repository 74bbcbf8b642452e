using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>Each common wrong input gets its own explanation, never "no header row".</summary>
    public class RightExplanationTests
    {
        private const string Csv = "一级事项,二级事项,公开时限\n综合业务,政策法规文件,及时公开\n最低生活保障,办事指南,实时公开\n";

        [Theory]
        [InlineData("empty.csv", "", "empty")]
        [InlineData("bom.csv", "EFBBBF", "byte-order mark")]
        [InlineData("picture.csv", "89504E470D0A1A0A0000000D49484452", "PNG image")]
        [InlineData("photo.json", "FFD8FFE000104A464946", "JPEG image")]
        [InlineData("scan.csv", "255044462D312E370A", "PDF document")]
        [InlineData("export.csv.gz", "1F8B0800000000000003", "gzip archive")]
        [InlineData("export.7z", "377ABCAF271C0004", "7z archive")]
        [InlineData("catalogue.xls", "D0CF11E0A1B11AE10000000000000000", "Excel 97-2003 workbook (.xls)")]
        [InlineData("catalogue.xlsx", "D0CF11E0A1B11AE10000000000000000", "encrypted (password-protected) workbook")]
        public void A_file_that_is_no_data_is_named_for_what_it_is(string name, string hex, string expected)
        {
            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(new MemoryStream(Convert.FromHexString(hex)), new InputOptions { DisplayName = name }));

            Assert.Contains(expected, e.Text.English, StringComparison.Ordinal);
            Assert.Equal(name, e.Location.File);
            Assert.DoesNotContain("header row", e.Text.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_zip_archive_without_a_workbook_is_an_archive_not_a_broken_workbook()
        {
            var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var writer = new StreamWriter(archive.CreateEntry("catalogue.csv").Open());
                writer.Write(Csv);
            }

            zip.Position = 0;
            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(zip, new InputOptions { DisplayName = "export.xlsx" }));

            Assert.Contains("ZIP archive", e.Text.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_on_disk_that_is_empty_says_so()
        {
            string path = Path.Combine(Path.GetTempPath(), "gd-empty-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllBytes(path, Array.Empty<byte>());
            try
            {
                InputException e = Assert.Throws<InputException>(() => SourceInput.Open(path));

                Assert.Contains("empty", e.Text.English, StringComparison.Ordinal);
                Assert.Contains("空", e.Text.Chinese, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_gb18030_table_read_with_a_forced_utf8_encoding_gets_a_hint_about_the_encoding()
        {
            byte[] gb = TextEncodingDetector.Gb18030.GetBytes(Csv);

            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(new MemoryStream(gb), new InputOptions { DisplayName = "gb.csv", Encoding = new UTF8Encoding(false) }));

            Assert.Contains("read it as GB18030", e.Text.English, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("改用 GB18030", e.Text.Chinese, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void A_table_that_has_no_header_without_a_forced_encoding_gets_no_encoding_hint()
        {
            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(new MemoryStream(Encoding.UTF8.GetBytes("a,b\n1,2\n")), new InputOptions { DisplayName = "x.csv" }));

            Assert.Contains("No header row", e.Text.English, StringComparison.Ordinal);
            Assert.DoesNotContain("read it as", e.Text.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_bad_byte_in_a_utf8_table_is_an_unreadable_row_at_its_cell_and_the_file_stays_utf8()
        {
            byte[] bytes = Encoding.UTF8.GetBytes(Csv.Replace("办事指南", "办事@南", StringComparison.Ordinal));
            bytes[Array.IndexOf(bytes, (byte)'@')] = 0xFF;

            SourceInput input = SourceInput.Open(new MemoryStream(bytes), new InputOptions { DisplayName = "bad.csv" });
            SourceRecord[] records = input.Records().ToArray();

            Assert.Equal(Encoding.UTF8.CodePage, input.Encoding!.CodePage);
            Assert.Equal("政策法规文件", records[0].Content!.Value.GetProperty("secondLevelItem").GetString());
            Assert.True(records[1].IsUnreadable);
            Assert.Equal((3L, 2L), (records[1].Origin.Line ?? 0, records[1].Origin.Column ?? 0));
            Assert.Contains("not valid UTF-8", records[1].ReadError!.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_workbook_that_opens_with_an_instructions_sheet_is_read_from_the_sheet_with_the_header()
        {
            MemoryStream workbook = Workbook(
                ("填报说明", new[] { new[] { "本表由各部门填报，一级事项按标准目录填写。" }, new[] { "联系电话：0000-0000000" } }),
                ("目录", new[] { new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", "政策法规文件", "及时公开" } }));

            SourceInput input = SourceInput.Open(workbook, new InputOptions { DisplayName = "book.xlsx" });

            Assert.Equal("目录", input.Sheet);
            Assert.Equal("政策法规文件", input.Records().Single().Content!.Value.GetProperty("secondLevelItem").GetString());
        }

        [Fact]
        public void A_workbook_without_a_header_on_any_sheet_names_its_sheets_and_suggests_the_sheet_option()
        {
            MemoryStream workbook = Workbook(
                ("填报说明", new[] { new[] { "本表由各部门填报。" } }),
                ("汇总", new[] { new[] { "合计", "12" } }));

            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(workbook, new InputOptions { DisplayName = "book.xlsx" }));

            Assert.Contains("'填报说明', '汇总'", e.Text.English, StringComparison.Ordinal);
            Assert.Contains("name the sheet that holds the data", e.Text.English, StringComparison.Ordinal);
            Assert.Contains("请指定数据所在的工作表", e.Text.Chinese, StringComparison.Ordinal);
        }

        [Fact]
        public void A_sheet_chosen_with_the_option_is_not_searched_past()
        {
            MemoryStream workbook = Workbook(
                ("填报说明", new[] { new[] { "本表由各部门填报。" } }),
                ("目录", new[] { new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", "政策法规文件", "及时公开" } }));

            InputException e = Assert.Throws<InputException>(() => SourceInput.Open(workbook, new InputOptions { DisplayName = "book.xlsx", Sheet = "填报说明" }));

            Assert.Equal("填报说明", e.Location.Sheet);
            Assert.Contains("'目录'", e.Text.English, StringComparison.Ordinal);
        }

        private static MemoryStream Workbook(params (string Name, string[][] Rows)[] sheets)
        {
            var stream = new MemoryStream();
            using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            {
                WorkbookPart workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                var list = new Sheets();
                uint id = 1;
                foreach ((string name, string[][] rows) in sheets)
                {
                    WorksheetPart part = workbook.AddNewPart<WorksheetPart>();
                    var data = new SheetData();
                    for (int r = 0; r < rows.Length; r++)
                    {
                        var row = new Row { RowIndex = (uint)(r + 1) };
                        for (int c = 0; c < rows[r].Length; c++)
                        {
                            row.Append(new Cell { CellReference = SpreadsheetColumnName.Of(c) + (r + 1), DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c])) });
                        }

                        data.Append(row);
                    }

                    part.Worksheet = new Worksheet(data);
                    list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
                }

                workbook.Workbook.AppendChild(list);
            }

            stream.Position = 0;
            return stream;
        }
    }
}
