using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    public class TabularInputTests
    {
        [Fact]
        public void A_csv_header_below_a_title_row_is_found_and_cells_keep_line_column_and_header()
        {
            string csv = "青山县社会救助领域标准目录,,,\n一级事项,二级事项,公开内容,公开渠道\n综合业务,监督检查,\"●信访地址\n●投诉电话\",政府网站、发布会/听证会、其他：公共资源交易平台\n";

            var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InputOptions { DisplayName = "c.csv" });
            SourceRecord record = reader.Read().Single();

            Assert.Equal(DocumentKind.CatalogueEntry, reader.Kind);
            Assert.Equal(3, record.Origin.Line);
            JsonElement content = record.Content!.Value;
            Assert.Equal(new[] { "governmentWebsite", "pressConferenceOrHearing", "other:公共资源交易平台" }, content.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(new[] { "信访地址", "投诉电话" }, content.GetProperty("contentElements").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
            Assert.Equal("required", content.GetProperty("contentElements")[1].GetProperty("requirement").GetString());
            Assert.Equal(4, record.Locate("/channels/2").Column);
            Assert.Equal("公开渠道", record.Locate("/channels/2").Cell);
        }

        [Fact]
        public void A_row_with_the_wrong_number_of_fields_is_unreadable_and_the_next_row_is_read()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,监督检查,及时公开\n综合业务,多出,一列,来了\n最低生活保障,办事指南,实时公开\n";

            SourceRecord[] records = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Read().ToArray();

            Assert.Equal(3, records.Length);
            Assert.True(records[1].IsUnreadable);
            Assert.Equal(3, records[1].Origin.Line);
            Assert.Equal("实时公开", records[2].Content!.Value.GetProperty("timeLimit").GetString());
        }

        [Fact]
        public void A_table_without_a_recognisable_header_is_an_input_error_with_its_place()
        {
            string csv = "a,b,c\n1,2,3\n";

            InputException error = Assert.Throws<InputException>(() => new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InputOptions { DisplayName = "x.csv" }));

            Assert.Equal("x.csv", error.Location.File);
        }

        [Property]
        public Property Any_list_of_texts_written_to_a_cell_reads_back_unchanged()
        {
            TabularColumn column = TabularLayout.For(DocumentKind.CatalogueEntry)!.Match("公开依据")!;
            Gen<string> item = Gen.Elements("《条例》", "通知", "A、B", "甲/乙", "（一）", "●重点", "x,y", "；", "json:1", " 空格 ", "“引”")
                .NonEmptyListOf().Select(parts => string.Concat(parts));
            return Prop.ForAll(item.ListOf().Select(l => l.ToArray()).ToArbitrary(), items =>
            {
                using JsonDocument value = JsonDocument.Parse(JsonSerializer.Serialize(items));
                string cell = CellSyntax.Write(column, value.RootElement);
                System.Text.Json.Nodes.JsonNode? back = CellSyntax.Read(column, cell);
                return items.Length == 0 ? cell.Length == 0 : JsonSerializer.Serialize(items) == back!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
            });
        }

        [Theory]
        [InlineData("是", true)]
        [InlineData(" Yes ", true)]
        [InlineData("TRUE", true)]
        [InlineData("√", true)]
        [InlineData("1", true)]
        [InlineData("否", false)]
        [InlineData("no", false)]
        [InlineData("×", false)]
        [InlineData("0", false)]
        public void A_yes_no_cell_reads_as_its_answer_words_and_ticks_alike(string cell, bool answer)
        {
            TabularColumn column = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.First(c => c.CellType == GovDisclosure.Standard.Shapes.CellType.Boolean);

            Assert.Equal(answer, CellSyntax.Read(column, cell)!.GetValue<bool>());
        }

        [Theory]
        [InlineData(true, "是")]
        [InlineData(false, "否")]
        public void A_yes_no_answer_is_written_as_the_form_prints_it_and_reads_back(bool answer, string printed)
        {
            TabularColumn column = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.First(c => c.CellType == GovDisclosure.Standard.Shapes.CellType.Boolean);
            using JsonDocument value = JsonDocument.Parse(answer ? "true" : "false");

            string cell = CellSyntax.Write(column, value.RootElement);

            Assert.Equal(printed, cell);
            Assert.Equal(answer, CellSyntax.Read(column, cell)!.GetValue<bool>());
        }

        [Fact]
        public void A_word_that_is_no_yes_no_answer_stays_text_for_the_rules_to_report()
        {
            TabularColumn column = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.First(c => c.CellType == GovDisclosure.Standard.Shapes.CellType.Boolean);

            Assert.Equal("待定", CellSyntax.Read(column, "待定")!.GetValue<string>());
        }

        [Fact]
        public void A_catalogue_written_as_xlsx_reads_back_with_cell_references()
        {
            string json = "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"监督检查\",\"channels\":[\"governmentWebsite\",\"乡镇广播站\"],\"联系人\":\"张三\"}";
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement[] records = { document.RootElement };
            IReadOnlyList<string> extra = TabularWriter.AdditionalColumns(DocumentKind.CatalogueEntry, records);
            var workbook = new MemoryStream();
            TabularWriter.WriteXlsx(workbook, DocumentKind.CatalogueEntry, records, extra);
            workbook.Position = 0;

            using var reader = new XlsxRecordReader(new NonSeekableStream(workbook), new InputOptions { DisplayName = "w.xlsx" });
            SourceRecord record = reader.Read().Single();

            Assert.True(JsonElement.DeepEquals(document.RootElement, record.Content!.Value));
            Assert.Equal("标准目录条目", record.Locate("/channels/1").Sheet);
            Assert.Equal("K2", record.Locate("/channels/1").Cell);
            Assert.Equal("联系人", extra.Single());
        }

        [Fact]
        public void A_blank_csv_cell_of_a_known_column_is_located_at_its_own_line_and_column_but_is_not_content()
        {
            string csv = "一级事项,二级事项,公开时限,公开主体,联系人\n综合业务,监督检查,,  ,\n";

            SourceRecord record = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InputOptions { DisplayName = "c.csv" }).Read().Single();

            Assert.False(record.Content!.Value.TryGetProperty("timeLimit", out _));
            Assert.False(record.Content.Value.TryGetProperty("responsibleBody", out _));
            Assert.False(record.Content.Value.TryGetProperty("联系人", out _));
            Assert.Equal((2, 3, "公开时限"), (record.Locate("/timeLimit").Line, record.Locate("/timeLimit").Column, record.Locate("/timeLimit").Cell));
            Assert.Equal(4, record.Locate("/responsibleBody").Column);
            Assert.Equal(5, record.Locate("/联系人").Column);
            Assert.Equal("/timeLimit", record.Locate("/timeLimit").JsonPointer);
        }

        [Property]
        public Property Every_column_of_the_header_locates_to_its_own_cell_whether_blank_or_filled()
        {
            TabularLayout layout = TabularLayout.For(DocumentKind.CatalogueEntry)!;
            TabularColumn[] columns = layout.Columns.ToArray();
            Gen<string> cell = Gen.Elements(string.Empty, " ", "\u3000", "综合", "1");
            return Prop.ForAll(cell.ArrayOf(columns.Length).ToArbitrary(), cells =>
            {
                string[] row = cells.ToArray();
                row[0] = "1";
                string csv = string.Join(",", columns.Select(c => c.Header)) + "\n" + string.Join(",", row) + "\n";
                SourceRecord record = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Read().Single();
                return columns.Select((c, i) => (c, i)).All(x =>
                    record.Locate(x.c.JsonPointer).Column == x.i + 1
                    && record.Locate(x.c.JsonPointer).Line == 2
                    && (!string.IsNullOrWhiteSpace(row[x.i]) || !record.Content!.Value.TryGetProperty(x.c.Path, out _)));
            });
        }

        [Fact]
        public void A_blank_xlsx_cell_of_a_known_column_is_located_at_its_cell()
        {
            string json = "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"监督检查\",\"responsibleBody\":\"县民政局\"}";
            using JsonDocument document = JsonDocument.Parse(json);
            var workbook = new MemoryStream();
            TabularWriter.WriteXlsx(workbook, DocumentKind.CatalogueEntry, new[] { document.RootElement }, null);
            workbook.Position = 0;
            int timeLimitColumn = TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Select(c => c.Path).ToList().IndexOf("timeLimit");

            using var reader = new XlsxRecordReader(workbook, new InputOptions { DisplayName = "w.xlsx" });
            SourceRecord record = reader.Read().Single();

            Assert.True(JsonElement.DeepEquals(document.RootElement, record.Content!.Value));
            Assert.Equal((char)('A' + timeLimitColumn) + "2", record.Locate("/timeLimit").Cell);
            Assert.Equal(2, record.Locate("/timeLimit").Row);
            Assert.Equal("标准目录条目", record.Locate("/timeLimit").Sheet);
        }
    

        [Fact]
        public void A_workbook_is_written_while_its_rows_come_into_a_stream_that_cannot_seek()
        {
            var output = new ForwardOnlyOutputStream();
            long writtenBeforeTheLastTenThousandRows = -1;
            IEnumerable<IReadOnlyList<string>> Rows()
            {
                for (int i = 1; i <= 40_000; i++)
                {
                    if (i == 30_000)
                    {
                        writtenBeforeTheLastTenThousandRows = output.BytesWritten;
                    }

                    yield return new[] { "县民政局", "最低生活保障对象认定第" + i + "项", i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }

            TabularWriter.WriteXlsx(output, new[] { "实施主体", "事项", "序号" }, Rows(), "事项表");

            // A package that holds its parts until it closes would have written nothing by then.
            Assert.True(writtenBeforeTheLastTenThousandRows > 64 * 1024, $"only {writtenBeforeTheLastTenThousandRows} bytes were written before row 30,000");
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output.Contents(), false);
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single();
            Assert.Equal("事项表", sheet.Name!.Value);
            var rows = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            Assert.Equal(40_001, rows.Count);
            Assert.Equal("最低生活保障对象认定第40000项", rows[^1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).InnerText);
        }
    }
}
