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
    /// <summary>The two-row headers and merged item cells of published catalogues, read from CSV and XLSX.</summary>
    public class PublishedTableHeaderTests
    {
        private const string TwoRowHeader =
            "序号,公开事项,,公开时限,公开主体,公开对象,,公开方式,,公开层级,\n" +
            ",一级事项,二级事项,,,全社会,特定群众,主动,依申请公开,县级,\"乡、村级\"\n";

        private static readonly string[] TickLeaves = { "全社会", "特定群体", "主动", "依申请", "县级", "乡级" };
        private static readonly string[] TickGroups = { "公开对象", "公开对象", "公开方式", "公开方式", "公开层级", "公开层级" };

        [Fact]
        public void Ticks_under_a_two_row_header_become_the_code_list_values_their_sub_headers_name()
        {
            string csv = TwoRowHeader + "1,综合业务,监督检查,实时公开,县民政局,√,,√,,,√\n";

            using var reader = new CsvRecordReader(Utf8(csv), new InputOptions { DisplayName = "c.csv" });
            SourceRecord record = reader.Read().Single();

            JsonElement content = record.Content!.Value;
            Assert.Equal(DocumentKind.CatalogueEntry, reader.Kind);
            Assert.Equal(new[] { "public" }, Strings(content, "audiences"));
            Assert.Equal(new[] { "proactive" }, Strings(content, "modes"));
            Assert.Equal(new[] { "township", "village" }, Strings(content, "levels"));
            Assert.Equal("综合业务", content.GetProperty("firstLevelItem").GetString());
            Assert.Equal((3, 11, "公开层级/乡、村级"), (record.Locate("/levels/1").Line, record.Locate("/levels/1").Column, record.Locate("/levels/1").Cell));
            Assert.Equal(6, record.Locate("/audiences").Column);
        }

        [Fact]
        public void A_group_with_no_tick_is_missing_and_located_at_its_first_tick_column()
        {
            string csv = TwoRowHeader + "1,综合业务,监督检查,实时公开,县民政局,√,,√,,,\n";

            SourceRecord record = new CsvRecordReader(Utf8(csv)).Read().Single();

            Assert.False(record.Content!.Value.TryGetProperty("levels", out _));
            Assert.Equal(10, record.Locate("/levels").Column);
        }

        [Fact]
        public void Text_other_than_a_tick_in_a_tick_column_is_kept_to_be_reported_and_a_cross_adds_nothing()
        {
            string csv = TwoRowHeader + "1,综合业务,监督检查,实时公开,县民政局,×,,√,,部分,√\n";

            SourceRecord record = new CsvRecordReader(Utf8(csv)).Read().Single();

            Assert.False(record.Content!.Value.TryGetProperty("audiences", out _));
            Assert.Equal(new[] { "部分", "township", "village" }, Strings(record.Content.Value, "levels"));
            Assert.Equal(10, record.Locate("/levels/0").Column);
        }

        [Fact]
        public void A_data_row_below_a_one_row_header_is_read_as_data_even_when_it_writes_a_sub_header_word()
        {
            string csv = "一级事项,二级事项,公开方式,公开层级\n综合业务,监督检查,主动,县级\n";

            SourceRecord record = new CsvRecordReader(Utf8(csv)).Read().Single();

            Assert.Equal(new[] { "proactive" }, Strings(record.Content!.Value, "modes"));
            Assert.Equal(2, record.Origin.Line);
        }

        [Property]
        public Property A_two_row_header_reads_as_the_one_row_header_naming_the_ticked_values()
        {
            Gen<bool[]> ticks = Gen.Elements(true, false).ArrayOf(TickLeaves.Length);
            return Prop.ForAll(ticks.ToArbitrary(), tick =>
            {
                string twoRow = "一级事项,二级事项," + string.Join(",", TickGroups) + "\n"
                    + ",," + string.Join(",", TickLeaves) + "\n"
                    + "综合业务,监督检查," + string.Join(",", tick.Select(t => t ? "√" : string.Empty)) + "\n";
                var groups = new[] { "公开对象", "公开方式", "公开层级" };
                string oneRow = "一级事项,二级事项," + string.Join(",", groups) + "\n"
                    + "综合业务,监督检查," + string.Join(",", groups.Select(g => "\"" + string.Join("、", TickLeaves.Where((_, i) => tick[i] && TickGroups[i] == g)) + "\"")) + "\n";
                JsonElement fromTwo = new CsvRecordReader(Utf8(twoRow)).Read().Single().Content!.Value;
                JsonElement fromOne = new CsvRecordReader(Utf8(oneRow)).Read().Single().Content!.Value;
                return JsonElement.DeepEquals(fromTwo, fromOne);
            });
        }

        [Fact]
        public void A_blank_first_level_item_below_a_filled_one_continues_its_group_in_csv()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,政策法规文件,及时公开\n,监督检查,及时公开\n,,及时公开\n,办事指南,及时公开\n";

            SourceRecord[] records = new CsvRecordReader(Utf8(csv)).Read().ToArray();

            Assert.Equal(new[] { "综合业务", "综合业务", null, null }, records.Select(r => FirstLevel(r)));
            Assert.Equal((4, 1), (records[2].Locate("/firstLevelItem").Line, records[2].Locate("/firstLevelItem").Column));
        }

        [Fact]
        public void A_blank_first_level_item_in_the_first_row_or_after_an_unreadable_row_is_not_filled_in()
        {
            string csv = "一级事项,二级事项,公开时限\n,政策法规文件,及时公开\n综合业务,监督检查,及时公开\n综合业务,多一列,及时公开,x\n,办事指南,及时公开\n";

            SourceRecord[] records = new CsvRecordReader(Utf8(csv)).Read().ToArray();

            Assert.Null(FirstLevel(records[0]));
            Assert.True(records[2].IsUnreadable);
            Assert.Null(FirstLevel(records[3]));
        }

        [Fact]
        public void A_row_that_writes_a_new_first_level_item_does_not_take_the_second_level_item_above()
        {
            string csv = "一级事项,二级事项,三级事项,公开时限\n综合业务,政策,法规,及时公开\n,,文件,及时公开\n最低生活保障,,审核信息,及时公开\n";

            SourceRecord[] records = new CsvRecordReader(Utf8(csv)).Read().ToArray();

            Assert.Equal(("综合业务", "政策"), (FirstLevel(records[1]), records[1].Content!.Value.GetProperty("secondLevelItem").GetString()));
            Assert.Equal("最低生活保障", FirstLevel(records[2]));
            Assert.False(records[2].Content!.Value.TryGetProperty("secondLevelItem", out _));
        }

        [Fact]
        public void An_xlsx_catalogue_with_merged_header_cells_and_a_merged_first_level_item_reads_as_published()
        {
            var rows = new[]
            {
                new[] { "序号", "公开事项", "", "公开时限", "公开层级", "" },
                new[] { "", "一级事项", "二级事项", "", "县级", "乡级" },
                new[] { "1", "出生", "出生登记", "及时公开", "√", "√" },
                new[] { "2", "", "死亡注销", "及时公开", "√", "" },
                new[] { "3", "", "迁移登记", "及时公开", "", "√" },
            };
            MemoryStream workbook = InlineStringWorkbook.Create(rows, "A1:A2", "B1:C1", "D1:D2", "E1:F1", "B3:B4");

            using var reader = new XlsxRecordReader(workbook, new InputOptions { DisplayName = "m.xlsx" });
            SourceRecord[] records = reader.Read().ToArray();

            Assert.Equal(new[] { "出生", "出生", null }, records.Select(r => FirstLevel(r)));
            Assert.Equal(new[] { "county" }, Strings(records[1].Content!.Value, "levels"));
            Assert.Equal(new[] { "township" }, Strings(records[2].Content!.Value, "levels"));
            Assert.Equal("B5", records[2].Locate("/firstLevelItem").Cell);
            Assert.Equal("F3", records[0].Locate("/levels/1").Cell);
            Assert.Equal(1, reader.HeaderRow);
        }

        private static string? FirstLevel(SourceRecord record) =>
            record.Content!.Value.TryGetProperty("firstLevelItem", out JsonElement value) ? value.GetString() : null;

        private static string?[] Strings(JsonElement content, string name) =>
            content.GetProperty(name).EnumerateArray().Select(e => e.GetString()).ToArray();

        private static MemoryStream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
    }
}
