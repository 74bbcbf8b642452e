using System.IO;
using System.Text;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    public class FormatDetectionTests
    {
        private const string Entry = "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\",\"timeLimit\":\"制定或获取信息之日起10个工作日内\"}";

        private static InputFormat Detect(string text) =>
            SourceInput.DetectTextFormat(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(text))), null);

        [Fact]
        public void A_minified_json_file_on_one_line_is_told_without_reading_the_line_to_its_end()
        {
            const long size = 64L * 1024 * 1024;
            var stream = new RepeatingStream(Encoding.UTF8.GetBytes("["), Encoding.UTF8.GetBytes(Entry + ","), size);

            InputFormat format = SourceInput.DetectTextFormat(stream, null);

            Assert.Equal(InputFormat.Json, format);
            long bound = TextEncodingDetector.SampleSize + (4L * SourceInput.SniffLineLimit) + (64 * 1024);
            Assert.True(stream.BytesRead <= bound, $"read {stream.BytesRead} bytes of a {size}-byte line to tell its format (bound {bound})");
        }

        [Fact]
        public void A_record_object_longer_than_the_sniffing_limit_is_json()
        {
            var stream = new RepeatingStream(Encoding.UTF8.GetBytes("{\"note\":\""), Encoding.UTF8.GetBytes("字"), 16L * 1024 * 1024);

            Assert.Equal(InputFormat.Json, SourceInput.DetectTextFormat(stream, null));
            Assert.True(stream.BytesRead < 8L * 1024 * 1024, $"read {stream.BytesRead} bytes");
        }

        [Fact]
        public void Object_lines_are_json_lines_and_an_indented_object_or_array_is_json()
        {
            Assert.Equal(InputFormat.JsonLines, Detect("\n" + Entry + "\r\n" + Entry + "\r\n"));
            Assert.Equal(InputFormat.Json, Detect("{\n  \"firstLevelItem\": \"综合业务\"\n}\n"));
            Assert.Equal(InputFormat.Json, Detect(Entry + "\n"));
            Assert.Equal(InputFormat.Json, Detect("  [" + Entry + "]"));
            Assert.Equal(InputFormat.Csv, Detect("一级事项,二级事项,公开时限\n综合业务,政策法规文件,及时公开\n"));
        }
    }
}
