using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The binder's own token reader (<see cref="MeasuredJsonReader"/>, through <see cref="RecordTokens"/>) gives, on every
    /// value the boundary scan measures, what a <see cref="Utf8JsonReader"/> gives: token by token the type, start, bytes
    /// consumed, raw value, escaping, text, name comparison and numbers, with skips and parsed values taken at random
    /// points. Values are generated with escapes, numbers in every form, literals, CJK and four-byte characters, blanks,
    /// and nesting up to and past the scan's limit; a value the scan does not measure is never read so and is left out.
    /// The seed is fixed so that a run is repeatable.
    /// </summary>
    [Properties(Replay = "(5120394857736120117,1297331152083311919)")]
    public class MeasuredJsonReaderTests
    {
        private const int Cases = 600;

        private static readonly string[] Words =
        {
            "事项", "a", "", " ", "\\\"", "\\\\", "\\n", "\\/", "\\b", "\\f", "\\r", "\\t", "\\u4e2d", "é", "𠀀", "😀", "公开", "x\\\"y", ":", ",", "{", "]", "0123456789abcdef",
        };

        private static readonly string[] Numbers =
        {
            "0", "-0", "7", "-7", "12.5", "1e3", "1E+2", "-0.25E-2", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "123456789012345678901234567890", "1.0", "0.000001", "79228162514264337593543950336", "1e400",
        };

        private static readonly JsonReaderOptions Lenient = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 100_000 };

        private static Arbitrary<int> Seeds => Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary();

        [Property(MaxTest = Cases)]
        public Property Every_measured_value_gives_the_tokens_a_Utf8JsonReader_gives() =>
            Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                string text = random.Next(8) == 0 ? Deep(random) : random.Next(2) == 0 ? Object(random, 0) : Array(random, 0);
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                int length = JsonValueExtent.Measure(bytes, JsonValueExtent.DeepestNesting);
                if (length < 0 || !JsonStringCheck.IsPlainlyReadableUnescaped(bytes.AsSpan(0, length), int.MaxValue))
                {
                    return true.Classify(true, "not measured");
                }

                ReadOnlySpan<byte> value = bytes.AsSpan(0, length);
                int choices = random.Next();
                List<string> expected = Tokens(new RecordTokens(value, Lenient), value, new Random(choices));
                List<string> actual = Tokens(RecordTokens.Measured(value), value, new Random(choices));
                return expected.SequenceEqual(actual).Label(string.Join("\n", expected.Zip(actual).Where(p => p.First != p.Second).Take(1).Select(p => p.First + "\n" + p.Second)));
            });

        [Fact]
        public void Most_generated_values_are_measured()
        {
            int measured = 0;
            for (int seed = 0; seed < 200; seed++)
            {
                var random = new Random(seed);
                byte[] bytes = Encoding.UTF8.GetBytes(random.Next(2) == 0 ? Object(random, 0) : Array(random, 0));
                measured += JsonValueExtent.Measure(bytes, JsonValueExtent.DeepestNesting) >= 0 ? 1 : 0;
            }

            Assert.InRange(measured, 60, 200);
        }

        [Fact]
        public void A_name_and_a_string_with_escapes_read_as_the_reader_reads_them()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("{ \"a\\\"b\" : \"c\\\\d\\/e\\n\\t\" , \"公开\":[1.5e3,-0,true,false,null,{}],\"x\":\"\"}");
            Assert.True(JsonValueExtent.Measure(bytes, 64) == bytes.Length);
            Assert.Equal(Tokens(new RecordTokens(bytes, Lenient), bytes, new Random(1)), Tokens(RecordTokens.Measured(bytes), bytes, new Random(1)));
            var tokens = RecordTokens.Measured(bytes);
            tokens.Read();
            tokens.Read();
            Assert.Equal("a\"b", tokens.GetString());
            Assert.True(tokens.ValueTextEquals("a\"b"u8));
            tokens.Read();
            Assert.Equal("c\\d/e\n\t", tokens.GetString());
        }

        /// <summary>Every token as the reader gives it, with a skip or a parsed value where <paramref name="random"/> says.</summary>
        private static List<string> Tokens(RecordTokens reader, ReadOnlySpan<byte> source, Random random)
        {
            var tokens = new List<string>();
            while (reader.Read())
            {
                JsonTokenType type = reader.TokenType;
                var token = new StringBuilder($"{type} {reader.TokenStartIndex} {reader.BytesConsumed} {reader.ValueIsEscaped} {reader.HasValueSequence} {Convert.ToBase64String(reader.ValueSpan.ToArray())}");
                if (type == JsonTokenType.String || type == JsonTokenType.PropertyName || type == JsonTokenType.Null)
                {
                    string? text = reader.GetString();
                    token.Append(' ').Append(text ?? "(null)");
                    if (text != null)
                    {
                        token.Append(' ').Append(reader.ValueTextEquals(Encoding.UTF8.GetBytes(text))).Append(reader.ValueTextEquals("事项"u8));
                    }
                }

                if (type == JsonTokenType.Number)
                {
                    token.Append(' ').Append(reader.TryGetInt32(out int whole)).Append(whole)
                        .Append(' ').Append(reader.TryGetInt64(out long longWhole)).Append(longWhole)
                        .Append(' ').Append(reader.TryGetDecimal(out decimal number)).Append(number);
                }

                int what = random.Next(6);
                if (what == 0 && type != JsonTokenType.EndObject && type != JsonTokenType.EndArray)
                {
                    reader.Skip();
                    token.Append($" skipped to {reader.TokenType} {reader.TokenStartIndex} {reader.BytesConsumed}");
                }
                else if (what == 1 && type != JsonTokenType.PropertyName && type != JsonTokenType.EndObject && type != JsonTokenType.EndArray)
                {
                    token.Append(" parsed ").Append(reader.ParseValue().GetRawText()).Append($" to {reader.TokenType} {reader.TokenStartIndex} {reader.BytesConsumed}");
                }
                else if (what == 2 && type == JsonTokenType.StartObject)
                {
                    // Read again from its own bytes, as the binder reads an object that repeats a name.
                    RecordTokens ahead = reader;
                    ahead.Skip();
                    int start = (int)reader.TokenStartIndex;
                    ReadOnlySpan<byte> bytes = source.Slice(start, (int)ahead.BytesConsumed - start);
                    token.Append(" again ").Append(string.Join("|", Tokens(reader.Over(bytes), bytes, new Random(what))));
                }
                else if (what == 3 && (type == JsonTokenType.StartObject || type == JsonTokenType.StartArray))
                {
                    // Skipped to where it is known to end, as the binder skips a list written as one bound before.
                    RecordTokens ahead = reader;
                    ahead.Skip();
                    reader.SkipTo((int)ahead.BytesConsumed);
                    token.Append($" skipped to its known end {reader.TokenType} {reader.TokenStartIndex} {reader.BytesConsumed}");
                }

                tokens.Add(token.ToString());
            }

            return tokens;
        }

        private static string Deep(Random random)
        {
            int depth = random.Next(55, 70);
            var text = new StringBuilder();
            for (int i = 0; i < depth; i++)
            {
                text.Append(random.Next(2) == 0 ? "[" : "{\"" + Text(random).Trim('"') + "\":");
            }

            text.Append(Scalar(random));
            string opened = text.ToString();
            var closing = new StringBuilder();
            for (int i = opened.Length - 1; i >= 0; i--)
            {
                if (opened[i] == '[' && (i == 0 || opened[i - 1] != '\\'))
                {
                    closing.Append(']');
                }
                else if (opened[i] == '{' && (i == 0 || opened[i - 1] != '\\'))
                {
                    closing.Append('}');
                }
            }

            // Brackets inside names would be counted too: such a value is not well formed and is left out by the scan.
            return opened + closing;
        }

        private static string Value(Random random, int depth) => random.Next(depth > 4 ? 3 : 5) switch
        {
            0 => Text(random),
            1 => Scalar(random),
            2 => Text(random),
            3 => Array(random, depth + 1),
            _ => Object(random, depth + 1),
        };

        private static string Scalar(Random random) => random.Next(3) switch
        {
            0 => Numbers[random.Next(Numbers.Length)],
            1 => new[] { "true", "false", "null" }[random.Next(3)],
            _ => Text(random),
        };

        private static string Object(Random random, int depth) =>
            "{" + Blanks(random) + string.Join(Blanks(random) + "," + Blanks(random), Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => Text(random) + Blanks(random) + ":" + Blanks(random) + Value(random, depth))) + Blanks(random) + "}";

        private static string Array(Random random, int depth) =>
            "[" + Blanks(random) + string.Join(Blanks(random) + "," + Blanks(random), Enumerable.Range(0, random.Next(0, 5)).Select(_ => Value(random, depth))) + Blanks(random) + "]";

        private static string Text(Random random) =>
            "\"" + string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Words[random.Next(Words.Length)]).Where(w => w != "\\u4e2d" || random.Next(8) == 0)) + "\"";

        private static string Blanks(Random random) => random.Next(6) switch
        {
            0 => " ",
            1 => "\n  ",
            2 => "\r\n\t",
            _ => string.Empty,
        };
    }
}
