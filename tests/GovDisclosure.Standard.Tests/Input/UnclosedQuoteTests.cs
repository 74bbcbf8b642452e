using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    public class UnclosedQuoteTests
    {
        [Fact]
        public void An_unclosed_quote_stops_a_csv_input_at_its_line_without_reading_the_rest_into_one_field()
        {
            const long size = 64L * 1024 * 1024;
            string head = "一级事项,二级事项,公开时限\n综合业务,政策法规文件,及时公开\n最低生活保障,\"办事指南,制定或获取信息之日起10个工作日内\n";
            var stream = new RepeatingStream(Encoding.UTF8.GetBytes(head), Encoding.UTF8.GetBytes("临时救助,审核确认结果,制定或获取信息之日起10个工作日内\n"), size);
            var reader = new CsvRecordReader(stream, new InputOptions { DisplayName = "export.csv" });

            SourceRecord[] records = reader.Read().ToArray();

            Assert.Equal(2, records.Length);
            SourceRecord stop = records[1];
            Assert.True(stop.StopsReading);
            Assert.Equal(("export.csv", 3L, 2L), (stop.Origin.File, stop.Origin.Line ?? 0, stop.Origin.RecordNumber ?? 0));
            Assert.Contains("not closed", stop.ReadError!.English);
            long bound = TextEncodingDetector.SampleSize + (4L * InputLimits.Default.MaxStringLength) + (2 * 1024 * 1024);
            Assert.True(stream.BytesRead <= bound, $"read {stream.BytesRead} bytes of {size} before giving up (bound {bound})");
        }

        [Fact]
        public void A_quoted_cell_spanning_lines_is_still_one_field()
        {
            string csv = "一级事项,二级事项,公开时限\n综合业务,\"政策法规\n文件\",及时公开\n";
            var reader = new CsvRecordReader(new NonSeekableStream(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(csv))));

            SourceRecord record = reader.Read().Single();

            Assert.Equal("政策法规\n文件", record.Content!.Value.GetProperty("secondLevelItem").GetString());
        }
    }
}
