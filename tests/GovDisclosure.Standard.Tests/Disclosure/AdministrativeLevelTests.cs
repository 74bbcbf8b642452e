using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Disclosure
{
    /// <summary>The level headers real county and township catalogues write (公开层级).</summary>
    public sealed class AdministrativeLevelTests
    {
        [Theory]
        [InlineData("镇(街)级", "township")]
        [InlineData("镇（街）级", "township")]
        [InlineData("镇街级", "township")]
        [InlineData("街道级", "township")]
        [InlineData("区级", "county")]
        [InlineData("县(市、区)级", "county")]
        [InlineData("县（市、区）级", "county")]
        [InlineData("州级", "city")]
        [InlineData("盟级", "city")]
        [InlineData("地区级", "city")]
        [InlineData("区县级", "county")]
        public void A_real_catalogue_level_wording_reads_as_its_level(string wording, string code)
        {
            Assert.Equal(code, AdministrativeLevel.Parse(wording).Code);
        }

        [Theory]
        [InlineData("镇(街道)级")]
        [InlineData("乡镇街道级")]
        [InlineData("镇街道")]
        [InlineData("街道办")]
        [InlineData("乡镇(街)级")]
        public void A_closest_value_suggestion_never_maps_a_township_wording_to_the_county(string wording)
        {
            Assert.Equal(AdministrativeLevel.Township, AdministrativeLevel.Closest(wording));
        }

        [Fact]
        public void A_csv_level_cell_written_township_and_village_reads_as_two_levels()
        {
            string csv = "一级事项,二级事项,公开层级\n综合业务,政策文件,\"乡、村级\"\n";

            SourceRecord record = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Read().Single();

            Assert.Equal(new[] { "township", "village" }, record.Content!.Value.GetProperty("levels").EnumerateArray().Select(e => e.GetString()));
        }

        [Fact]
        public void A_csv_level_cell_with_a_bracketed_list_reads_as_one_level()
        {
            string csv = "一级事项,二级事项,公开层级\n综合业务,政策文件,县(市、区)级\n";

            SourceRecord record = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Read().Single();

            Assert.Equal(new[] { "county" }, record.Content!.Value.GetProperty("levels").EnumerateArray().Select(e => e.GetString()));
        }
    }
}
