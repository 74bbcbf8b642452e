using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    public class JsonRecordReaderTests
    {
        private static readonly string Entry = "{\"firstLevelItem\": \"综合业务\", \"secondLevelItem\": \"政策法规文件\", \"timeLimit\": \"制定或获取信息之日起10个工作日内\"}";

        [Fact]
        public void Records_of_a_large_array_are_streamed_with_a_buffer_the_size_of_one_record()
        {
            const int count = 5000;
            var text = new StringBuilder("[\n");
            for (int i = 0; i < count; i++)
            {
                text.Append("  ").Append(Entry.Replace("综合业务", "事项" + i)).Append(i + 1 < count ? ",\n" : "\n");
            }

            text.Append("]\n");
            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            var source = new NonSeekableStream(new MemoryStream(bytes), 4096);
            var reader = new JsonRecordReader(source, new InputOptions { DisplayName = "big.json" }, initialBufferSize: 1024);

            long seen = 0;
            foreach (SourceRecord record in reader.Read())
            {
                seen++;
                Assert.False(record.StopsReading);
                Assert.Equal("事项" + (seen - 1), record.Content!.Value.GetProperty("firstLevelItem").GetString());
                Assert.Equal(seen + 1, record.Origin.Line);
                Assert.Equal(3, record.Origin.Column);
                Assert.True(source.BytesRead < (seen * 150) + TextEncodingDetector.SampleSize + 8192, "the reader reads ahead no further than its buffer");
            }

            Assert.Equal(count, seen);
            Assert.True(reader.BufferSize <= 1024, $"buffer grew to {reader.BufferSize} bytes for a {bytes.Length}-byte file");
        }

        [Fact]
        public void The_buffer_grows_only_for_a_record_larger_than_itself()
        {
            string big = "{\"note\": \"" + new string('字', 3000) + "\"}";
            byte[] bytes = Encoding.UTF8.GetBytes("[" + Entry + "," + big + "," + Entry + "]");

            var reader = new JsonRecordReader(new NonSeekableStream(new MemoryStream(bytes)), null, initialBufferSize: 256);
            SourceRecord[] records = reader.Read().ToArray();

            Assert.Equal(3, records.Length);
            Assert.Equal(3000, records[1].Content!.Value.GetProperty("note").GetString()!.Length);
            Assert.InRange(reader.BufferSize, 9000, 4 * 9100);
        }

        [Fact]
        public void Each_top_level_field_knows_its_line_and_column()
        {
            string json = "[\n  {\n    \"firstLevelItem\": \"综合业务\",\n    \"timeLimit\": \"及时公开\"\n  }\n]";

            SourceRecord record = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), new InputOptions { DisplayName = "a.json" }).Read().Single();

            Assert.Equal(2, record.Origin.Line);
            Assert.Equal(3, record.Origin.Column);
            Assert.Equal(4, record.Locate("/timeLimit").Line);
            Assert.Equal(5, record.Locate("/timeLimit").Column);
            Assert.Equal(3, record.Locate("/firstLevelItem/0").Line);
            Assert.Equal("a.json", record.Locate("/timeLimit").File);
        }

        [Fact]
        public void An_object_holding_one_array_of_records_yields_the_array_elements()
        {
            string json = "{\"publisher\": \"青山县\", \"provenance\": {\"items\": [1, 2]}, \"entries\": [" + Entry + "," + Entry + "], \"version\": \"1\"}";

            SourceRecord[] records = new JsonRecordReader(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(json)), 5), null, 16).Read().ToArray();

            Assert.Equal(2, records.Length);
            Assert.All(records, r => Assert.Equal("政策法规文件", r.Content!.Value.GetProperty("secondLevelItem").GetString()));
        }

        [Fact]
        public void A_single_record_object_is_one_record_even_when_it_holds_arrays()
        {
            string json = "{\"itemName\": \"临时救助\", \"materials\": [{\"name\": \"申请书\"}], \"legalBasis\": [\"《社会救助暂行办法》\"]}";

            SourceRecord record = new JsonRecordReader(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(json)), 3), null, 16).Read().Single();

            Assert.Equal("临时救助", record.Content!.Value.GetProperty("itemName").GetString());
            Assert.Equal(JsonValueKind.Array, record.Content!.Value.GetProperty("materials").ValueKind);
        }

        [Fact]
        public void A_syntax_error_ends_the_input_with_its_line_and_column()
        {
            string json = "[\n" + Entry + ",\n  {\"firstLevelItem\": \"综合\" \"x\": 1},\n" + Entry + "\n]";
            var reader = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), new InputOptions { DisplayName = "b.json" });

            SourceRecord[] records = reader.Read().ToArray();

            Assert.Equal(2, records.Length);
            Assert.True(records[1].IsUnreadable);
            Assert.Equal(3, records[1].Origin.Line);
            Assert.Equal(27, records[1].Origin.Column);
            Assert.True(records[1].StopsReading);
            Assert.False(records[0].StopsReading);
        }

        [Fact]
        public void A_file_cut_short_is_reported_as_incomplete()
        {
            var reader = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("[" + Entry + ", {\"firstLevelItem\": \"综")));

            SourceRecord[] records = reader.Read().ToArray();

            Assert.False(records[0].IsUnreadable);
            Assert.True(records.Last().IsUnreadable);
            Assert.True(records.Last().StopsReading);
        }

        [Fact]
        public void Utf16_input_is_transcoded_and_located_like_utf8()
        {
            string json = "[\n  " + Entry + "\n]";
            byte[] bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(json)).ToArray();

            var reader = new JsonRecordReader(new NonSeekableStream(new MemoryStream(bytes), 11));
            SourceRecord record = reader.Read().Single();

            Assert.Equal(Encoding.Unicode.CodePage, reader.Encoding.CodePage);
            Assert.Equal("综合业务", record.Content!.Value.GetProperty("firstLevelItem").GetString());
            Assert.Equal(2, record.Origin.Line);
        }

        [Fact]
        public void Nested_members_and_list_items_are_located_where_they_are_written()
        {
            string json = "[\n  {\n    \"applications\": {\n      \"newlyReceived\": {\"naturalPerson\": 40,\n        \"total\": 52}\n    },\n    \"channels\": [\"governmentWebsite\",\n      \"乡镇广播站\"]\n  }\n]\n";

            SourceRecord record = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), new InputOptions { DisplayName = "r.json" }).Read().Single();

            Assert.Equal((5L, 9L), (record.Locate("/applications/newlyReceived/total").Line!.Value, record.Locate("/applications/newlyReceived/total").Column!.Value));
            Assert.Equal((4L, 25L), (record.Locate("/applications/newlyReceived/naturalPerson").Line!.Value, record.Locate("/applications/newlyReceived/naturalPerson").Column!.Value));
            Assert.Equal((8L, 7L), (record.Locate("/channels/1").Line!.Value, record.Locate("/channels/1").Column!.Value));
            Assert.Equal((7L, 5L), (record.Locate("/channels").Line!.Value, record.Locate("/channels").Column!.Value));
            Assert.Equal(7L, record.Locate("/channels/0").Line);
            Assert.Equal("/channels/1", record.Locate("/channels/1").JsonPointer);
        }
    }
}
