using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    public class JsonLinesRecordReaderTests
    {
        [Fact]
        public void A_broken_line_is_unreadable_with_its_column_and_reading_goes_on()
        {
            string text = "{\"party\": \"某某食品店\"}\n\n{\"party\": \"某某药店\", \"category\" 1}\n{\"party\": \"王某某\"}\n";

            SourceRecord[] records = new JsonLinesRecordReader(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), 4), new InputOptions { DisplayName = "e.jsonl" }).Read().ToArray();

            Assert.Equal(3, records.Length);
            Assert.True(records[1].IsUnreadable);
            Assert.False(records[1].StopsReading);
            Assert.Equal(3, records[1].Origin.Line);
            Assert.Equal(30, records[1].Origin.Column);
            Assert.Equal(2, records[1].Number);
            Assert.Equal("王某某", records[2].Content!.Value.GetProperty("party").GetString());
            Assert.Equal(4, records[2].Origin.Line);
            Assert.Contains("Line 3, column 30", records[1].ReadError!.English);
            Assert.DoesNotContain("LineNumber", records[1].ReadError!.English);
            Assert.DoesNotContain("LineNumber", records[1].ReadError!.Chinese);
        }

        [Fact]
        public void Fields_are_located_by_character_column()
        {
            SourceRecord record = new JsonLinesRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"party\": \"某某\", \"category\": \"penalty\"}"))).Read().Single();

            Assert.Equal(2, record.Locate("/party").Column);
            Assert.Equal(17, record.Locate("/category").Column);
        }

        [Fact]
        public void Nested_members_and_list_items_are_located_by_character_column()
        {
            SourceRecord record = new JsonLinesRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("{\"party\": \"某某\", \"basis\": [\"甲\", \"乙\"], \"office\": {\"phone\": \"1\"}}\n"))).Read().Single();

            Assert.Equal(32, record.Locate("/basis/1").Column);
            Assert.Equal(49, record.Locate("/office/phone").Column);
            Assert.Equal(1, record.Locate("/office/phone").Line);
        }
    }
}
