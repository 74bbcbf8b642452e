using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    public class BoundedLineReaderTests
    {
        [Property]
        public Property Lines_within_the_bound_are_the_lines_read_line_finds()
        {
            Gen<string> texts = Gen.Elements("a", "字", "\n", "\r", "\r\n", " ", "{}", "\n\n").ArrayOf().Select(parts => string.Concat(parts));
            return Prop.ForAll(texts.ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (text, bufferSplit) =>
                {
                    var expected = new List<string>();
                    using (var reader = new StringReader(text))
                    {
                        string? l;
                        while ((l = reader.ReadLine()) != null)
                        {
                            expected.Add(l);
                        }
                    }

                    var actual = new List<string>();
                    using var bounded = new BoundedLineReader(new ChunkedReader(text, bufferSplit), 1000);
                    string? line;
                    while ((line = bounded.ReadLine(out bool cut)) != null)
                    {
                        actual.Add(line);
                        if (cut)
                        {
                            return false;
                        }
                    }

                    return expected.SequenceEqual(actual);
                });
        }

        [Fact]
        public void A_line_longer_than_the_bound_is_cut_and_the_next_line_is_read_whole()
        {
            string text = new string('字', 50_000) + "\r\nnext\n";
            using var bounded = new BoundedLineReader(new StringReader(text), 100);

            string first = bounded.ReadLine(out bool firstCut)!;
            string second = bounded.ReadLine(out bool secondCut)!;

            Assert.Equal((100, true), (first.Length, firstCut));
            Assert.Equal(("next", false), (second, secondCut));
            Assert.Null(bounded.ReadLine(out _));
        }

        [Fact]
        public void A_json_array_saved_on_one_json_lines_line_is_one_unreadable_record_and_reading_goes_on()
        {
            string entry = "{\"firstLevelItem\":\"综合业务\",\"timeLimit\":\"制定或获取信息之日起10个工作日内\"}";
            var text = new StringBuilder("[");
            while (text.Length <= JsonLinesRecordReader.MaxLineLength)
            {
                text.Append(entry).Append(',');
            }

            text.Append(entry).Append("]\n").Append(entry).Append('\n');
            var reader = new JsonLinesRecordReader(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), 64 * 1024), new InputOptions { DisplayName = "one-line.jsonl" });

            SourceRecord[] records = reader.Read().ToArray();

            Assert.Equal(2, records.Length);
            Assert.True(records[0].IsUnreadable);
            Assert.Equal((1L, 1L), (records[0].Origin.Line ?? 0, records[0].Number));
            Assert.Contains("longer than", records[0].ReadError!.English);
            Assert.True(records[0].RawText!.Length <= 201);
            Assert.False(records[1].IsUnreadable);
            Assert.Equal((2L, 2L), (records[1].Origin.Line ?? 0, records[1].Number));
        }

        /// <summary>A reader that hands out at most <c>chunk</c> characters per read, so line endings fall across reads.</summary>
        private sealed class ChunkedReader : TextReader
        {
            private readonly string text;
            private readonly int chunk;
            private int position;

            public ChunkedReader(string text, int chunk)
            {
                this.text = text;
                this.chunk = chunk;
            }

            public override int Read(char[] buffer, int index, int count)
            {
                int n = System.Math.Min(System.Math.Min(count, chunk), text.Length - position);
                text.CopyTo(position, buffer, index, n);
                position += n;
                return n;
            }
        }
    }
}
