using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// JSON Lines in UTF-8 is read as bytes (<see cref="Utf8LineReader"/>); any other encoding, and a UTF-8 encoding
    /// with a byte-order mark given as <see cref="InputOptions.Encoding"/>, is read as text (<see cref="BoundedLineReader"/>).
    /// The two must give the same records: the text path is the oracle.
    /// </summary>
    public class Utf8LineReaderTests
    {
        private static readonly byte[][] Parts =
        {
            Bytes("{\"a\":1}"), Bytes("{\"名\":\"字\"}"), Bytes("\n"), Bytes("\r"), Bytes("\r\n"), Bytes(" "), Bytes("\u3000"),
            Bytes("字"), Bytes("x"), Bytes("{"), Bytes("\"\\u0041\""), new byte[] { 0xFF }, new byte[] { 0xE4, 0xB8 }, Bytes("\U0001F600"),
        };

        [Property(MaxTest = 300)]
        public Property Records_read_as_bytes_are_the_records_read_as_text()
        {
            Gen<byte[]> inputs = Gen.Elements(Parts).ArrayOf().Select(parts => parts.SelectMany(p => p).ToArray());
            return Prop.ForAll(inputs.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (input, maxLine, chunk) =>
            {
                var limits = new InputLimits { MaxLineLength = maxLine };
                string[] asBytes = Describe(Read(input, new UTF8Encoding(false, false), limits, chunk));
                string[] asText = Describe(Read(input, new UTF8Encoding(true, false), limits, chunk));
                return asBytes.SequenceEqual(asText).Label(string.Join("\n", asBytes) + "\n---\n" + string.Join("\n", asText));
            });
        }

        [Fact]
        public void A_line_longer_than_the_limit_in_bytes_but_not_in_characters_is_read_whole()
        {
            // Ten Chinese characters are 30 bytes: over a 20-byte limit, within a 20-character one.
            byte[] input = Bytes("{\"名\":\"一二三四五六七\"}\n{\"a\":1}\n");
            var limits = new InputLimits { MaxLineLength = 20 };

            SourceRecord[] records = Read(input, new UTF8Encoding(false, false), limits, 3);

            Assert.Equal(new[] { false, false }, records.Select(r => r.IsUnreadable));
            Assert.Equal(new long[] { 1, 2 }, records.Select(r => r.Origin.Line ?? 0));
        }

        [Fact]
        public void Lines_are_split_at_every_kind_of_line_end()
        {
            byte[] input = Bytes("{\"a\":1}\r\n{\"a\":2}\r{\"a\":3}\n\n{\"a\":4}");

            SourceRecord[] records = Read(input, new UTF8Encoding(false, false), InputLimits.Default, 2);

            Assert.Equal(new long[] { 1, 2, 3, 5 }, records.Select(r => r.Origin.Line ?? 0));
            Assert.Equal(new[] { "{\"a\":1}", "{\"a\":2}", "{\"a\":3}", "{\"a\":4}" }, records.Select(r => Encoding.UTF8.GetString(r.Utf8.Span)));
        }

        private static SourceRecord[] Read(byte[] input, Encoding encoding, InputLimits limits, int chunk) =>
            new JsonLinesRecordReader(new NonSeekableStream(new MemoryStream(input), chunk), new InputOptions { DisplayName = "x.jsonl", Encoding = encoding, Limits = limits })
                .Read().ToArray();

        private static string[] Describe(IEnumerable<SourceRecord> records) =>
            records.Select(r => string.Join(
                " | ",
                r.Number,
                r.Origin.Line,
                r.Origin.Column,
                r.Origin.JsonPointer,
                r.ReadError?.English,
                r.RawText,
                r.IsUnreadable ? string.Empty : Encoding.UTF8.GetString(r.Utf8.Span),
                r.IsUnreadable ? string.Empty : string.Join(",", r.Locate("/a").Column, r.Locate("/名").Column)))
            .ToArray();

        private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
    }
}
