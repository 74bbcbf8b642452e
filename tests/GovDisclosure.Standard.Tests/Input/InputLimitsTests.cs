using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>The input guard: each limit, when hit, is a located unreadable record or a located refusal, and reading goes on where it can.</summary>
    public class InputLimitsTests
    {
        private const string Entry = "{\"firstLevelItem\": \"综合\", \"secondLevelItem\": \"机构职能\"}";

        [Fact]
        public void The_defaults_are_at_least_ten_times_the_largest_in_the_real_documents()
        {
            int longestString = 0;
            int longestLine = 0;
            int deepest = 0;
            int largestRecord = 0;
            foreach (string path in Directory.EnumerateFiles(RepositoryFiles.PathOf("tests", "RealDocuments"), "*.json", SearchOption.AllDirectories))
            {
                string text = File.ReadAllText(path);
                longestLine = Math.Max(longestLine, text.Split('\n').Max(l => l.Length));
                using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                Walk(document.RootElement, 1, ref longestString, ref deepest);
                JsonElement root = document.RootElement;
                JsonElement records = root.ValueKind == JsonValueKind.Array ? root
                    : root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array);
                foreach (JsonElement record in records.ValueKind == JsonValueKind.Array ? records.EnumerateArray() : new[] { root }.AsEnumerable())
                {
                    largestRecord = Math.Max(largestRecord, Encoding.UTF8.GetByteCount(record.GetRawText()));
                }
            }

            InputLimits limits = InputLimits.Default;
            Assert.True(longestString > 0 && limits.MaxStringLength >= 10 * longestString, $"longest string {longestString}");
            Assert.True(limits.MaxLineLength >= 10 * longestLine, $"longest line {longestLine}");
            Assert.True(limits.MaxDepth >= 10 * deepest, $"deepest {deepest}");
            Assert.True(limits.MaxRecordSize >= 10 * largestRecord, $"largest record {largestRecord}");
        }

        [Fact]
        public void A_json_string_over_the_limit_makes_its_record_unreadable_at_its_pointer_and_the_next_record_is_read()
        {
            string json = "[{\"firstLevelItem\": \"" + new string('长', 500) + "\"}, " + Entry + "]";

            SourceRecord[] records = Read(json, "a.json", new InputLimits { MaxStringLength = 100 });

            Assert.Equal(2, records.Length);
            Assert.True(records[0].IsUnreadable);
            Assert.Equal("/firstLevelItem", records[0].Origin.JsonPointer);
            Assert.Contains("reading limit 'string'", records[0].ReadError!.English, StringComparison.Ordinal);
            Assert.False(records[1].IsUnreadable);
        }

        [Fact]
        public void A_json_lines_line_over_the_limit_is_unreadable_and_the_next_line_is_read()
        {
            string text = "{\"firstLevelItem\": \"" + new string('x', 300) + "\"}\n" + Entry + "\n";

            SourceRecord[] records = Read(text, "a.jsonl", new InputLimits { MaxLineLength = 100 });

            Assert.Equal(2, records.Length);
            Assert.Contains("reading limit 'line'", records[0].ReadError!.English, StringComparison.Ordinal);
            Assert.False(records[1].IsUnreadable);
        }

        [Fact]
        public void Nesting_deeper_than_the_limit_stops_reading_with_a_located_record()
        {
            string json = "[" + Entry + ", {\"x\": " + new string('[', 20) + new string(']', 20) + "}]";

            SourceRecord[] records = Read(json, "deep.json", new InputLimits { MaxDepth = 8 });

            Assert.False(records[0].IsUnreadable);
            Assert.True(records.Last().StopsReading);
            Assert.Equal(1, records.Last().Origin.Line);
        }

        [Fact]
        public void A_json_record_larger_than_the_limit_stops_reading_there_without_holding_it()
        {
            string json = "[\n" + Entry + ",\n{\"firstLevelItem\": \"" + new string('x', 200_000) + "\"},\n" + Entry + "\n]";
            var reader = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), new InputOptions { DisplayName = "big.json", Limits = new InputLimits { MaxRecordSize = 4096 } }, initialBufferSize: 1024);

            SourceRecord[] records = reader.Read().ToArray();

            Assert.False(records[0].IsUnreadable);
            Assert.True(records[1].StopsReading);
            Assert.Contains("reading limit 'record'", records[1].ReadError!.English, StringComparison.Ordinal);
            Assert.True(reader.BufferSize <= 4096, $"the buffer grew to {reader.BufferSize}");
        }

        [Fact]
        public void A_csv_header_wider_than_the_limit_is_refused_at_its_line()
        {
            string csv = "一级事项,二级事项,公开时限," + string.Join(",", Enumerable.Range(1, 50).Select(i => "c" + i)) + "\n";

            InputException e = Assert.Throws<InputException>(() => new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InputOptions { Limits = new InputLimits { MaxColumns = 20 } }));

            Assert.Equal(1, e.Location.Line);
            Assert.Contains("reading limit 'columns'", e.Text.English, StringComparison.Ordinal);
        }

        [Fact]
        public void An_xlsx_cell_over_the_string_limit_makes_its_row_unreadable_at_the_cell_and_the_next_row_is_read()
        {
            MemoryStream workbook = Workbook(new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", new string('长', 300), "及时公开" }, new[] { "综合业务", "机构职能", "及时公开" });

            SourceRecord[] records = new XlsxRecordReader(workbook, new InputOptions { Limits = new InputLimits { MaxStringLength = 100 } }).Read().ToArray();

            Assert.Equal(2, records.Length);
            Assert.True(records[0].IsUnreadable);
            Assert.Equal("B2", records[0].Origin.Cell);
            Assert.Equal("机构职能", records[1].Content!.Value.GetProperty("secondLevelItem").GetString());
        }

        [Fact]
        public void An_xlsx_shared_strings_part_over_the_limit_is_refused_before_it_is_held()
        {
            MemoryStream workbook = Workbook(new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", new string('长', 5000), "及时公开" });

            InputException e = Assert.Throws<InputException>(() => new XlsxRecordReader(workbook, new InputOptions { Limits = new InputLimits { MaxPartSize = 4096 } }));

            Assert.Contains("reading limit 'part'", e.Text.English, StringComparison.Ordinal);
            Assert.Contains("shared-strings", e.Text.English, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("string", 0)]
        [InlineData("width", 10)]
        public void A_limit_with_an_unknown_name_or_no_positive_value_is_refused(string name, long value)
        {
            Assert.Throws<ArgumentException>(() => InputLimits.Default.With(name, value));
        }

        private static SourceRecord[] Read(string text, string name, InputLimits limits) =>
            SourceInput.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), new InputOptions { DisplayName = name, Kind = DocumentKind.CatalogueEntry, Limits = limits }).Records().ToArray();

        private static void Walk(JsonElement element, int depth, ref int longestString, ref int deepest)
        {
            deepest = Math.Max(deepest, depth);
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        longestString = Math.Max(longestString, property.Name.Length);
                        Walk(property.Value, depth + 1, ref longestString, ref deepest);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Walk(item, depth + 1, ref longestString, ref deepest);
                    }

                    break;
                case JsonValueKind.String:
                    longestString = Math.Max(longestString, element.GetString()!.Length);
                    break;
            }
        }

        /// <summary>A one-sheet workbook with its text in the shared-strings table.</summary>
        private static MemoryStream Workbook(params string[][] rows)
        {
            var stream = new MemoryStream();
            using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            {
                WorkbookPart workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                var strings = new SharedStringTable();
                WorksheetPart part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                int next = 0;
                for (int r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (int c = 0; c < rows[r].Length; c++)
                    {
                        strings.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c])));
                        row.Append(new Cell { CellReference = ((char)('A' + c)).ToString() + (r + 1), DataType = CellValues.SharedString, CellValue = new CellValue(next++) });
                    }

                    data.Append(row);
                }

                workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings;
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "目录" }));
            }

            stream.Position = 0;
            return stream;
        }
    }
}
