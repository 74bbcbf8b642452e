using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The first reader of a workbook's records takes over what opening it found (<see cref="XlsxOpenedWorkbook"/>: the
    /// shared strings, styles, merges and the sheet's ZIP entry) instead of opening the package again: its records must be
    /// those of a reader that opens the workbook itself, and it must not take them for an entry that changed.
    /// </summary>
    public class XlsxOpenedWorkbookTests
    {
        private static readonly string[] Header = { "序号", "一级事项", "二级事项", "公开时限", "公开主体" };

        [Property(MaxTest = 30)]
        public Property Records_read_with_what_opening_found_are_those_of_a_reader_opening_the_workbook_itself()
        {
            Gen<string> text = Gen.Elements(string.Empty, "综合业务", "出生登记", "及时公开", "有关部门", "20个工作日", " ");
            Gen<string[][]> rows = text.ArrayOf(Header.Length).NonEmptyListOf().Select(r => r.Take(8).ToArray());
            Gen<string[]> merges = Gen.Elements("B2:B3", "A3:C3", "D2:E4", "B5:B9").ListOf().Select(l => l.Distinct().Take(2).ToArray());
            return Prop.ForAll(rows.ToArbitrary(), merges.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (body, merged, spilled) =>
            {
                byte[] workbook = SharedStringWorkbook(new[] { Header }.Concat(body).ToArray(), spilled ? XlsxSharedStrings.SpillItems + 10 : 0, merged);
                SourceInput input = SourceInput.Open(new MemoryStream(workbook), new InputOptions { DisplayName = "s.xlsx" });
                string[] reused = XlsxMergeReuseTests.Describe(input.Records());
                string[] again = XlsxMergeReuseTests.Describe(input.Records());
                string[] own = XlsxMergeReuseTests.Describe(new XlsxRecordReader(new MemoryStream(workbook), new InputOptions { DisplayName = "s.xlsx", Kind = input.Kind, Sheet = input.Sheet }).Read());
                return reused.SequenceEqual(own) && again.SequenceEqual(own);
            });
        }

        [Fact]
        public void The_shared_strings_read_at_opening_are_used_while_the_sheets_entry_is_unchanged()
        {
            string[][] rows = { Header, new[] { "1", "综合业务", "政策", "及时公开", "县政府" } };
            var stream = new MemoryStream();
            Rewrite(stream, SharedStringWorkbook(rows, 0));
            SourceInput input = SourceInput.Open(stream, new InputOptions { DisplayName = "s.xlsx" });
            Rewrite(stream, SharedStringWorkbook(rows.Select(r => r.Select(c => c == "综合业务" ? "其他业务" : c).ToArray()).ToArray(), 0));

            Assert.Equal(new[] { "综合业务" }, input.Records().Select(XlsxMergeReuseTests.FirstLevel).ToArray());
            Assert.Equal(new[] { "其他业务" }, input.Records().Select(XlsxMergeReuseTests.FirstLevel).ToArray());
        }

        [Fact]
        public void A_sheet_whose_entry_changed_since_opening_is_read_afresh()
        {
            string[][] rows = { Header, new[] { "1", "综合业务", "政策", "及时公开", "县政府" } };
            var stream = new MemoryStream();
            Rewrite(stream, SharedStringWorkbook(rows, 0));
            SourceInput input = SourceInput.Open(stream, new InputOptions { DisplayName = "s.xlsx" });
            Rewrite(stream, SharedStringWorkbook(rows.Concat(new[] { new[] { "2", "出生登记", "证明", "及时公开", "县政府" } }).ToArray(), 0));

            Assert.Equal(new[] { "综合业务", "出生登记" }, input.Records().Select(XlsxMergeReuseTests.FirstLevel).ToArray());
        }

        [Theory]
        [InlineData("/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")]
        [InlineData("/xl/worksheets/Sheet1.xml", null)]
        [InlineData("/xl/worksheets/sheet2.xml", null)]
        public void The_entry_of_a_part_is_the_one_entry_spelling_it_exactly(string part, string? expected)
        {
            var entries = new List<(string Name, uint Crc, long Length)> { ("[Content_Types].xml", 1, 10), ("xl/worksheets/sheet1.xml", 2, 20) };

            Assert.Equal(expected, XlsxOpenedWorkbook.EntryOf(entries, part)?.Name);
        }

        [Fact]
        public void No_entry_is_taken_for_a_part_spelt_by_two_entries_in_different_letter_cases()
        {
            var entries = new List<(string Name, uint Crc, long Length)> { ("xl/worksheets/sheet1.xml", 2, 20), ("xl/worksheets/SHEET1.xml", 3, 30) };

            Assert.Null(XlsxOpenedWorkbook.EntryOf(entries, "/xl/worksheets/sheet1.xml"));
        }

        private static void Rewrite(MemoryStream stream, byte[] bytes)
        {
            stream.SetLength(0);
            stream.Write(bytes, 0, bytes.Length);
            stream.Position = 0;
        }

        /// <summary>A one-sheet workbook (sheet 目录) whose texts are in a shared-strings table after <paramref name="filler"/> items no cell uses, blank texts left out.</summary>
        private static byte[] SharedStringWorkbook(string[][] rows, int filler, params string[] merges)
        {
            var stream = new MemoryStream();
            using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            {
                WorkbookPart workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                var table = new SharedStringTable();
                for (int i = 0; i < filler; i++)
                {
                    table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text("填充" + i)));
                }

                var index = new Dictionary<string, int>();
                var data = new SheetData();
                for (int r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (int c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c].Length == 0)
                        {
                            continue;
                        }

                        if (!index.TryGetValue(rows[r][c], out int item))
                        {
                            item = filler + index.Count;
                            index[rows[r][c]] = item;
                            table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }));
                        }

                        row.Append(new Cell { CellReference = SpreadsheetColumnName.Of(c) + (r + 1), DataType = CellValues.SharedString, CellValue = new CellValue(item.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                    }

                    data.Append(row);
                }

                workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = table;
                WorksheetPart sheet = workbook.AddNewPart<WorksheetPart>();
                var worksheet = new Worksheet(data);
                if (merges.Length > 0)
                {
                    worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                }

                sheet.Worksheet = worksheet;
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "目录" }));
            }

            return stream.ToArray();
        }
    }
}
