using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
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
            Assert.Contains("reading limit 'depth'", records.Last().ReadError!.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_json_record_larger_than_the_limit_stops_reading_there_without_holding_it()
        {
            string json = "[\n" + Entry + ",\n{\"firstLevelItem\": \"" + new string('x', 200_000) + "\"},\n" + Entry + "\n]";
            var reader = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), new InputOptions { DisplayName = "big.json", Limits = new InputLimits { MaxRecordSize = 4096 } }, initialBufferSize: 1024);

            SourceRecord[] records = reader.Read().ToArray();

            Assert.False(records[0].IsUnreadable);
            Assert.True(records[1].StopsReading);
            Assert.Equal((3L, 1L), (records[1].Origin.Line ?? 0, records[1].Origin.Column ?? 0));
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

        [Fact]
        public void A_csv_row_with_more_fields_than_the_limit_stops_reading_at_its_line_and_is_counted()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,机构职能,及时公开\n" + string.Join(",", Enumerable.Repeat("x", 40)) + "\n综合业务,领导信息,及时公开\n";

            SourceRecord[] records = Read(csv, "wide.csv", new InputLimits { MaxFieldsPerRow = 10 });

            Assert.Equal(2, records.Length);
            Assert.False(records[0].IsUnreadable);
            Assert.True(records[1].StopsReading);
            Assert.Equal((3L, 2L), (records[1].Origin.Line ?? 0, records[1].Origin.RecordNumber ?? 0));
            Assert.Contains("reading limit 'fields'", records[1].ReadError!.English, StringComparison.Ordinal);
        }

        [Fact]
        public void Delimiters_inside_quotes_are_not_counted_as_fields()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,\"" + string.Join(",", Enumerable.Repeat("x", 40)) + "\",及时公开\n";

            SourceRecord record = Read(csv, "quoted.csv", new InputLimits { MaxFieldsPerRow = 10 }).Single();

            Assert.False(record.IsUnreadable);
        }

        [Fact]
        public void A_csv_header_wider_than_the_fields_limit_is_refused_before_it_is_held()
        {
            string csv = string.Join(",", Enumerable.Range(1, 100).Select(i => "c" + i)) + "\n";

            InputException e = Assert.Throws<InputException>(() => new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InputOptions { Limits = new InputLimits { MaxFieldsPerRow = 50 } }));

            Assert.Equal(1, e.Location.Line);
            Assert.Contains("reading limit 'fields'", e.Text.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_csv_row_longer_than_the_line_limit_stops_reading_at_the_line_it_starts_on()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,机构职能,及时公开\n综合业务,\"" + new string('长', 300) + "\n" + new string('长', 300) + "\",及时公开\n";

            SourceRecord[] records = Read(csv, "long.csv", new InputLimits { MaxLineLength = 500 });

            Assert.True(records.Last().StopsReading);
            Assert.Equal(3, records.Last().Origin.Line);
            Assert.Contains("reading limit 'line'", records.Last().ReadError!.English, StringComparison.Ordinal);
        }

        [Fact]
        public void An_xlsx_row_with_more_cells_than_the_limit_is_counted_while_streaming_unreadable_and_the_next_row_is_read()
        {
            MemoryStream workbook = WithSheet(Workbook(new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", "政策法规文件", "及时公开" }, new[] { "综合业务", "机构职能", "及时公开" }),
                xml => Regex.Replace(xml, "(<(\\w+:)?row r=\"2\"[^>]*>)", m => m.Value + string.Concat(Enumerable.Range(0, 100).Select(i => "<x:c/>".Replace("x:", m.Groups[2].Value)))));

            SourceRecord[] records = new XlsxRecordReader(workbook, new InputOptions { Limits = new InputLimits { MaxCellsPerRow = 50 } }).Read().ToArray();

            Assert.Equal(2, records.Length);
            Assert.True(records[0].IsUnreadable);
            Assert.Equal(2, records[0].Origin.Row);
            Assert.Contains("reading limit 'cells'", records[0].ReadError!.English, StringComparison.Ordinal);
            Assert.Equal("机构职能", records[1].Content!.Value.GetProperty("secondLevelItem").GetString());
        }

        [Theory]
        [InlineData("<mergeCells count=\"1\"><mergeCell ref=\"A2:FXSHRXX2\"/></mergeCells>", "merges the range A2:FXSHRXX2")]
        [InlineData("<mergeCells count=\"1\"><mergeCell ref=\"A2:XFE9\"/></mergeCells>", "merges the range A2:XFE9")]
        public void A_merge_beyond_the_last_column_is_refused_with_its_range(string merge, string said)
        {
            MemoryStream workbook = WithSheet(Workbook(new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", "政策法规文件", "及时公开" }),
                xml => Regex.Replace(xml, "</(\\w+:)?sheetData>", m => m.Value + merge.Replace("<", "<" + m.Groups[1].Value).Replace("<" + m.Groups[1].Value + "/", "</" + m.Groups[1].Value)));

            InputException e = Assert.Throws<InputException>(() => new XlsxRecordReader(workbook));

            Assert.Contains(said, e.Text.English, StringComparison.Ordinal);
            Assert.Equal("目录", e.Location.Sheet);
        }

        [Fact]
        public void A_cell_reference_beyond_the_last_column_is_refused_at_its_row()
        {
            MemoryStream workbook = WithSheet(Workbook(new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", "政策法规文件", "及时公开" }),
                xml => xml.Replace("r=\"C2\"", "r=\"" + new string('Z', 5000) + "2\""));

            InputException e = Assert.Throws<InputException>(() => new XlsxRecordReader(workbook).Read().ToArray());

            Assert.Equal(2, e.Location.Row);
            Assert.Contains("beyond Excel's last column XFD", e.Text.English, StringComparison.Ordinal);
        }

        [Fact]
        public void A_shared_string_over_the_string_limit_makes_its_row_unreadable_without_holding_it_whole()
        {
            MemoryStream workbook = Workbook(new[] { "一级事项", "二级事项", "公开时限" }, new[] { "综合业务", new string('长', 300) + "尾", "及时公开" }, new[] { "综合业务", "机构职能", "及时公开" });

            SourceRecord[] records = new XlsxRecordReader(workbook, new InputOptions { Limits = new InputLimits { MaxStringLength = 100 } }).Read().ToArray();

            Assert.True(records[0].IsUnreadable);
            Assert.Equal("B2", records[0].Origin.Cell);
            Assert.False(records[1].IsUnreadable);
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

        /// <summary>The workbook with its sheet's XML changed.</summary>
        private static MemoryStream WithSheet(MemoryStream workbook, Func<string, string> change)
        {
            var copy = new MemoryStream();
            workbook.CopyTo(copy);
            using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
            {
                ZipArchiveEntry entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
                string name = entry.FullName;
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(change(xml));
            }

            copy.Position = 0;
            return copy;
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
