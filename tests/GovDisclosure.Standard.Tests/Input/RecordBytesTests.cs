using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The JSON readers keep each record as its own UTF-8 bytes and parse its content only when asked: the
    /// bytes are the record as written, and the content parsed from them is the value a parse of the file gives.
    /// </summary>
    public class RecordBytesTests
    {
        private const string ArrayText = "[\n  {\"code\": \"a\", /* 注释 */ \"items\": [1, 2,],},\n  \"not an object\",\n  {\"code\": \"\\u4e2d\"}\n]";

        private const string LinesText = "{\"code\": \"a\", \"items\": [1, 2]}\n  \"not an object\"\n{\"code\": \"\\u4e2d\"}  \n";

        [Fact]
        public void A_json_array_record_keeps_its_bytes_and_its_content_is_what_a_parse_of_the_file_gives()
        {
            SourceRecord[] records = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(ArrayText))).Read().ToArray();
            using JsonDocument whole = JsonDocument.Parse(ArrayText, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement[] expected = whole.RootElement.EnumerateArray().ToArray();

            Assert.Equal(3, records.Length);
            for (int i = 0; i < records.Length; i++)
            {
                Assert.Equal(expected[i].GetRawText(), Encoding.UTF8.GetString(records[i].Utf8.Span));
                Assert.Equal(expected[i].GetRawText(), records[i].Content!.Value.GetRawText());
                Assert.Equal(expected[i].ValueKind, records[i].Content!.Value.ValueKind);
            }

            Assert.Equal("中", records[2].Content!.Value.GetProperty("code").GetString());
        }

        [Fact]
        public void A_json_lines_record_keeps_its_line_and_its_content_is_what_a_parse_of_the_line_gives()
        {
            SourceRecord[] records = new JsonLinesRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(LinesText))).Read().ToArray();
            string[] lines = LinesText.Split('\n').Where(l => l.Trim().Length > 0).ToArray();

            Assert.Equal(3, records.Length);
            for (int i = 0; i < records.Length; i++)
            {
                using JsonDocument line = JsonDocument.Parse(lines[i]);
                Assert.Equal(lines[i], Encoding.UTF8.GetString(records[i].Utf8.Span));
                Assert.Equal(line.RootElement.GetRawText(), records[i].Content!.Value.GetRawText());
            }

            Assert.Equal(JsonValueKind.String, records[1].Content!.Value.ValueKind);
            Assert.Equal("中", records[2].Content!.Value.GetProperty("code").GetString());
        }

        [Fact]
        public void A_record_made_from_an_element_has_no_bytes_and_keeps_its_content()
        {
            using JsonDocument document = JsonDocument.Parse("{\"code\": \"a\"}");
            var record = new SourceRecord(1, document.RootElement.Clone(), new SourceLocation());

            Assert.True(record.Utf8.IsEmpty);
            Assert.Equal("{\"code\": \"a\"}", record.Content!.Value.GetRawText());
        }
    }
}
