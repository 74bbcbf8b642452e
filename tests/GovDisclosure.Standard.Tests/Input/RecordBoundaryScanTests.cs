extern alias io;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The record-boundary scan (<see cref="JsonValueExtent"/>) changes nothing the JSON readers yield: for generated
    /// arrays and JSON Lines, clean or damaged (cut short, a bracket or quote added or taken away, a stray comma), the
    /// readers give the same records — numbers, bytes, locations, read errors and raw text — as the reader pass alone
    /// (<c>ReaderPassOnly</c>, the test-only oracle). The seed is fixed so that a run is repeatable.
    /// </summary>
    [Properties(Replay = "(8120394857736120115,1297331152083311917)")]
    public class RecordBoundaryScanTests
    {
        private const int Cases = 400;

        private static readonly string[] Words =
        {
            "事项", "a", "", "[", "]", "{", "}", "\\\"", "\\\\", "\\n", "\\/", "\\u4e2d", "\\ud800", "\\u00", "\\x", ",", ":", "//", "/*", "é", "\t", "公开",
        };

        private static readonly string[] Damages =
        {
            "]", "[", "}", "{", "\"", ",", ",,", "\\", "\n", " ", "x", "/* c */", "// c\n", "01", "-", "1e", "tru", "\u00a0", "\ufeff",
        };

        private static Arbitrary<int> Seeds => Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary();

        [Property(MaxTest = Cases)]
        public Property A_json_array_reads_to_the_same_records_with_the_scan_as_with_the_reader_pass_alone() =>
            Prop.ForAll(Seeds, Gen.Choose(16, 300).ToArbitrary(), (seed, bufferSize) =>
            {
                byte[] file = Damaged(JsonArray(new Random(seed)), new Random(seed ^ 0x5bd1e995));
                return ReadArray(file, bufferSize, scan: true).SequenceEqual(ReadArray(file, bufferSize, scan: false));
            });

        [Property(MaxTest = Cases)]
        public Property Records_after_a_scanned_one_read_the_same_whatever_stands_between_them() =>
            Prop.ForAll(Seeds, Gen.Choose(16, 300).ToArbitrary(), (seed, bufferSize) =>
            {
                // What the reader would read from the end of one record to the next (the scan goes on by itself only
                // over blanks, one comma and blanks): each gap is one of these, so most records follow a scanned one.
                string[] gaps = { ",", ", ", " ,\r\n\t", ",\n  ", "", " ", "x", ",,", ";", ", /* c */ ", ",// c\n", "]", ", ]", "\u00a0,", ",\ufeff", ",\"a\"", ",1", ",[", ",\u3000" };
                var random = new Random(seed);
                var text = new StringBuilder(random.Next(3) == 0 ? "{\"entries\":[" : "[");
                int count = random.Next(1, 12);
                for (int i = 0; i < count; i++)
                {
                    text.Append(i == 0 ? string.Empty : gaps[random.Next(gaps.Length)]);
                    text.Append(random.Next(5) == 0 ? "[1, \"公开\"]" : Record(random));
                }

                text.Append(text[0] == '{' ? "]}" : "]");
                byte[] file = Encoding.UTF8.GetBytes(text.ToString());
                return ReadArray(file, bufferSize, scan: true).SequenceEqual(ReadArray(file, bufferSize, scan: false));
            });

        [Property(MaxTest = Cases)]
        public Property A_json_lines_file_reads_to_the_same_records_with_the_scan_as_with_the_reader_pass_alone() =>
            Prop.ForAll(Seeds, seed =>
            {
                byte[] file = Damaged(JsonLines(new Random(seed)), new Random(seed ^ 0x5bd1e995));
                return ReadLines(file, scan: true).SequenceEqual(ReadLines(file, scan: false));
            });

        [Property(MaxTest = Cases)]
        public Property A_record_marked_strict_gives_the_same_tokens_to_a_reader_that_allows_no_comment_and_no_trailing_comma() =>
            Prop.ForAll(Seeds, Gen.Choose(16, 300).ToArbitrary(), (seed, bufferSize) =>
            {
                byte[] array = Damaged(JsonArray(new Random(seed)), new Random(seed ^ 0x5bd1e995));
                byte[] lines = Damaged(JsonLines(new Random(seed)), new Random(seed ^ 0x5bd1e995));
                var arrayReader = new JsonRecordReader(new MemoryStream(array), new InputOptions { DisplayName = "f.json" }, bufferSize);
                var linesReader = new JsonLinesRecordReader(new MemoryStream(lines), new InputOptions { DisplayName = "f.jsonl" });
                return arrayReader.Read().Concat(linesReader.Read())
                    .Where(record => record.IsStrictJson)
                    .All(record => Tokens(record.Utf8.Span, Lenient).SequenceEqual(Tokens(record.Utf8.Span, new JsonReaderOptions())));
            });

        [Fact]
        public void Scanned_records_are_marked_strict_and_those_with_a_comment_or_a_trailing_comma_are_not()
        {
            byte[] file = Encoding.UTF8.GetBytes("[{\"a\":\"事项\"}, {\"b\":[1,2,]}, {\"c\":1 /* c */}, {\"d\":[3]}]");
            Assert.Equal(new[] { true, false, false, true }, new JsonRecordReader(new MemoryStream(file)).Read().Select(record => record.IsStrictJson));
            byte[] lines = Encoding.UTF8.GetBytes("{\"a\":\"事项\"}\n{\"b\":[1,2,]}\n{\"d\":[3]}\n");
            Assert.Equal(new[] { true, false, true }, new JsonLinesRecordReader(new MemoryStream(lines)).Read().Select(record => record.IsStrictJson));
        }

        [Property(MaxTest = Cases)]
        public Property A_measured_value_is_read_by_the_reader_to_the_same_end_without_error() =>
            Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                byte[] bytes = Damaged(Encoding.UTF8.GetBytes(Value(random, 0) + Blanks(random) + "]"), random);
                if (bytes.Length == 0 || (bytes[0] != (byte)'{' && bytes[0] != (byte)'['))
                {
                    return JsonValueExtent.Measure(bytes, 64) == -1;
                }

                int measured = JsonValueExtent.Measure(bytes, 64);
                if (measured < 0)
                {
                    return true;
                }

                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                try
                {
                    return reader.Read() && reader.TrySkip() && reader.BytesConsumed == measured;
                }
                catch (JsonException)
                {
                    return false;
                }
            });

        [Property(MaxTest = Cases)]
        public Property The_string_stops_are_where_a_search_for_a_quote_a_backslash_or_a_control_character_stops() =>
            Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                byte[] plain = Encoding.UTF8.GetBytes("a事é 9~\u007f");
                var bytes = new byte[random.Next(4) == 0 ? random.Next(0, 80) : random.Next(60, 400)];
                for (int i = 0; i < bytes.Length; i++)
                {
                    // Mostly plain bytes (ASCII and UTF-8 of CJK), so that a stop falls anywhere in a block, and sometimes none.
                    bytes[i] = random.Next(24) switch
                    {
                        0 => (byte)'"',
                        1 => (byte)'\\',
                        2 => (byte)random.Next(0, 32),
                        _ => random.Next(4) == 0 ? (byte)random.Next(32, 256) : plain[random.Next(plain.Length)],
                    };
                }

                if (random.Next(3) == 0)
                {
                    // A run with no stop, across one block or several.
                    int from = random.Next(bytes.Length + 1);
                    Array.Fill(bytes, (byte)'x', from, random.Next(bytes.Length - from + 1));
                }

                var search = System.Buffers.SearchValues.Create(Enumerable.Range(0, 32).Select(b => (byte)b).Concat(new[] { (byte)'"', (byte)'\\' }).ToArray());
                var stops = default(io::GovDisclosure.Standard.Input.JsonStringStops);

                // As the scan asks: mostly on from just after the stop found last, sometimes further on or back.
                int at = 0;
                for (int call = 0; call < 60 && at <= bytes.Length; call++)
                {
                    int expected = bytes.AsSpan(at).IndexOfAny(search);
                    int found = stops.Next(bytes, at);
                    if (found != (expected < 0 ? -1 : at + expected))
                    {
                        return false;
                    }

                    at = random.Next(5) switch
                    {
                        0 => random.Next(bytes.Length + 1),
                        1 => Math.Min(bytes.Length, at + random.Next(1, 100)),
                        _ => found < 0 ? bytes.Length + 1 : found + 1,
                    };
                }

                return true;
            });

        [Fact]
        public void Every_stop_of_a_long_value_is_found_in_order_whatever_block_it_falls_in()
        {
            // Stops at the first and last byte of each 64-byte block, at the overlapping last block, and none after the last.
            var bytes = Enumerable.Repeat((byte)'x', 200).ToArray();
            int[] at = { 0, 63, 64, 65, 127, 128, 150, 190, 199 };
            foreach (int i in at)
            {
                bytes[i] = (byte)'"';
            }

            var stops = default(io::GovDisclosure.Standard.Input.JsonStringStops);
            var found = new List<int>();
            for (int i = stops.Next(bytes, 0); i >= 0; i = stops.Next(bytes, i + 1))
            {
                found.Add(i);
            }

            Assert.Equal(at, found);
        }

        [Fact]
        public void A_syntax_error_after_scanned_records_is_reported_at_its_own_line_and_column()
        {
            byte[] file = Encoding.UTF8.GetBytes("[{\"a\":\"事项\"},\n  {\"b\":[1,2]} , {\"c\":1}\n, {\"d\":2} x]");
            List<string> scanned = ReadArray(file, 64 * 1024, scan: true);
            Assert.Equal(ReadArray(file, 64 * 1024, scan: false), scanned);
            Assert.Contains("f.json:3:11 JSON syntax error at line 3, column 11", scanned[^1], StringComparison.Ordinal);
        }

        [Fact]
        public void Garbage_after_a_scanned_array_is_reported_as_the_reader_pass_reports_it()
        {
            foreach (string text in new[] { "[{\"a\":1}]x", "{\"entries\":[{\"a\":1},[2]],\"more\":[{}]}", "[{\"a\":1}] ]", "\ufeff[{\"a\":1},\r\n{\"b\":\"]\"}]  {" })
            {
                byte[] file = Encoding.UTF8.GetBytes(text);
                Assert.Equal(ReadArray(file, 64 * 1024, scan: false), ReadArray(file, 64 * 1024, scan: true));
            }
        }

        private static readonly JsonReaderOptions Lenient = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        /// <summary>Every token of <paramref name="json"/> with where it is and its raw value, or what the reader threw.</summary>
        private static List<string> Tokens(ReadOnlySpan<byte> json, JsonReaderOptions options)
        {
            var tokens = new List<string>();
            var reader = new Utf8JsonReader(json, options);
            try
            {
                while (reader.Read())
                {
                    tokens.Add($"{reader.TokenType} {reader.TokenStartIndex} {reader.BytesConsumed} {reader.CurrentDepth} {reader.ValueIsEscaped} {Convert.ToBase64String(reader.ValueSpan.ToArray())}");
                }
            }
            catch (JsonException e)
            {
                tokens.Add(e.Message);
            }

            return tokens;
        }

        private static List<string> ReadArray(byte[] file, int bufferSize, bool scan)
        {
            var reader = new JsonRecordReader(new MemoryStream(file), new InputOptions { DisplayName = "f.json" }, bufferSize) { ReaderPassOnly = !scan };
            return reader.Read().Select(Describe).ToList();
        }

        private static List<string> ReadLines(byte[] file, bool scan)
        {
            var reader = new JsonLinesRecordReader(new MemoryStream(file), new InputOptions { DisplayName = "f.jsonl" }) { ReaderPassOnly = !scan };
            return reader.Read().Select(Describe).ToList();
        }

        private static string Describe(SourceRecord record) =>
            $"{record.Number} {record.StopsReading} {record.Origin} {record.ReadError?.English} {record.ReadError?.Chinese} {record.RawText} " +
            Convert.ToBase64String(record.Utf8.ToArray());

        private static byte[] JsonArray(Random random)
        {
            var text = new StringBuilder();
            bool held = random.Next(3) == 0;
            text.Append(held ? "{\"entries\":" + Blanks(random) + "[" : "[");
            int count = random.Next(0, 8);
            for (int i = 0; i < count; i++)
            {
                text.Append(i == 0 ? Blanks(random) : Blanks(random) + "," + Blanks(random));
                text.Append(random.Next(6) == 0 ? Value(random, 1) : Record(random));
            }

            text.Append(Blanks(random)).Append(']');
            if (held)
            {
                text.Append(random.Next(3) == 0 ? ",\"more\":[{}]" : string.Empty).Append('}');
            }

            return Encoding.UTF8.GetBytes(text.Append(Blanks(random)).ToString());
        }

        private static byte[] JsonLines(Random random)
        {
            var text = new StringBuilder();
            int count = random.Next(0, 8);
            for (int i = 0; i < count; i++)
            {
                text.Append(random.Next(5) == 0 ? " " : string.Empty).Append(random.Next(6) == 0 ? Value(random, 1) : Record(random)).Append(random.Next(4) == 0 ? " \r\n" : "\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        private static string Record(Random random)
        {
            var text = new StringBuilder("{");
            int members = random.Next(0, 5);
            for (int i = 0; i < members; i++)
            {
                text.Append(i == 0 ? Blanks(random) : Blanks(random) + "," + Blanks(random));
                text.Append(Text(random)).Append(Blanks(random)).Append(':').Append(Blanks(random)).Append(Value(random, 1));
            }

            return text.Append(Blanks(random)).Append('}').ToString();
        }

        private static string Value(Random random, int depth)
        {
            switch (random.Next(depth > 3 ? 4 : 6))
            {
                case 0:
                    return Text(random);
                case 1:
                    return new[] { "0", "-1", "12.5", "1e3", "-0.25E-2", "123456789012345678901234567890" }[random.Next(6)];
                case 2:
                    return new[] { "true", "false", "null" }[random.Next(3)];
                case 3:
                    return Text(random);
                case 4:
                    return "[" + string.Join(Blanks(random) + "," + Blanks(random), Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(random, depth + 1))) + "]";
                default:
                    return Record(random);
            }
        }

        private static string Text(Random random) =>
            "\"" + string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Words[random.Next(Words.Length)]).Where(w => w != "\t" || random.Next(4) == 0)) + "\"";

        private static string Blanks(Random random) => random.Next(4) switch
        {
            0 => " ",
            1 => "\n  ",
            _ => string.Empty,
        };

        /// <summary>The file with up to two damages, or none (a third of the time): cut short, or a fragment put in at a random place.</summary>
        private static byte[] Damaged(byte[] file, Random random)
        {
            int damages = random.Next(3);
            for (int i = 0; i < damages && file.Length > 0; i++)
            {
                int at = random.Next(file.Length + 1);
                byte[] before = file[..at];
                file = random.Next(4) switch
                {
                    0 => before,
                    1 => [.. before, .. file[Math.Min(at + 1, file.Length)..]],
                    _ => [.. before, .. Encoding.UTF8.GetBytes(Damages[random.Next(Damages.Length)]), .. file[at..]],
                };
            }

            return file;
        }
    }
}
