using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>A table never loses a value or a row without saying so: a field given by two columns, a quote that swallows rows.</summary>
    public class NothingLostTests
    {
        [Theory]
        [InlineData("机关名称,工作机构名称,office\n某某县人民政府,县政府办公室,信息公开科\n")]
        [InlineData("机关名称,office,工作机构名称\n某某县人民政府,信息公开科,县政府办公室\n")]
        public void A_whole_field_column_beside_its_part_columns_keeps_both_values_and_is_reported_at_the_field(string csv)
        {
            SourceRecord record = new CsvRecordReader(Utf8(csv), new InputOptions { Kind = DocumentKind.DisclosureGuide }).Read().Single();

            JsonProperty[] office = record.Content!.Value.EnumerateObject().Where(p => p.Name == "office").ToArray();
            Assert.Equal(2, office.Length);
            Assert.Contains(office, p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "信息公开科");
            Assert.Contains(office, p => p.Value.ValueKind == JsonValueKind.Object && p.Value.GetProperty("name").GetString() == "县政府办公室");
            Finding twice = Assert.Single(new DisclosureValidator().ValidateRecord(DocumentKind.DisclosureGuide, record).Findings, f => f.RuleId == "GD-STR-007");
            Assert.Equal("/office", twice.Location.JsonPointer);
            Assert.Equal(2, twice.Location.Line);
        }

        [Fact]
        public void A_repeated_column_with_the_same_value_is_no_conflict()
        {
            string csv = "一级事项,二级事项,公开时限,公开时限\n综合业务,政策法规文件,及时公开,及时公开\n";

            SourceRecord record = new CsvRecordReader(Utf8(csv)).Read().Single();

            Assert.Single(record.Content!.Value.EnumerateObject(), p => p.Name == "timeLimit");
        }

        [Fact]
        public void A_stray_quote_that_closes_lines_later_makes_every_row_it_swallowed_an_unreadable_record_at_its_line()
        {
            string csv = "一级事项,二级事项,公开时限\n"
                + "综合业务,\"政策法规文件,及时公开\n"
                + "综合业务,机构职能,及时公开\n"
                + "综合业务,领导信息,及时公开\n"
                + "综合业务,规划计划\",及时公开\n"
                + "最低生活保障,办事指南,实时公开\n";

            SourceRecord[] records = new CsvRecordReader(Utf8(csv), new InputOptions { DisplayName = "q.csv" }).Read().ToArray();

            Assert.Equal(5, records.Length);
            Assert.All(records.Take(4), r => Assert.True(r.IsUnreadable));
            Assert.Equal(new long?[] { 2, 3, 4, 5 }, records.Take(4).Select(r => r.Origin.Line));
            Assert.Contains("closes only on line 5", records[0].ReadError!.English);
            Assert.Contains("二级事项", records[0].ReadError!.Chinese);
            Assert.Equal("办事指南", records[4].Content!.Value.GetProperty("secondLevelItem").GetString());
        }

        [Fact]
        public void A_cell_written_on_several_lines_by_hand_is_still_one_field()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,\"政策法规文件\n（含规范性文件、解读）\",及时公开\n";

            SourceRecord record = new CsvRecordReader(Utf8(csv)).Read().Single();

            Assert.False(record.IsUnreadable);
        }

        private static MemoryStream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
    }
}
