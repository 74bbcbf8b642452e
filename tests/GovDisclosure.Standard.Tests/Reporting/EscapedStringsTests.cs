using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The reports write findings' texts through <see cref="EscapedStrings"/> instead of the writer's own escaping: the
    /// bytes must be the writer's, for every text (quotes, HTML characters, controls, Chinese, lone surrogates,
    /// characters outside the basic plane), indented or not. The writer is the oracle.
    /// </summary>
    public class EscapedStringsTests
    {
        /// <summary>Texts a report may escape: quotes, HTML characters, controls, Chinese, surrogates, line separators.</summary>
        internal static readonly string[] Pieces =
        {
            "'", "\"", "<", ">", "&", "+", "`", "\\", "/", "\n", "\t", "\u0001", "\u007f", "\u0085", "\u00a0", "\u00e9",
            "有关部门", "公开主体", "（", "）", "\u2028", "\u200b", "\ufeff", "\ud83d\ude00", "\ud800", "\udc00", "\uffff",
            "a", "Z", "0", " ", "/responsibleBody", "~1", string.Empty,
        };

        [Property(MaxTest = 500)]
        public Property A_text_is_written_as_the_writer_writes_it()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(12)));
            return Prop.ForAll(texts.ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (values, indented) =>
            {
                string expected = Written(indented, (writer, name, value) => writer.WriteString(name, value), values);
                var strings = new EscapedStrings(JsonFields.Encoder);
                string actual = Written(indented, (writer, name, value) => strings.Write(writer, name, value), values);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Property(MaxTest = 300)]
        public Property The_same_texts_written_again_and_again_are_written_as_the_writer_writes_them()
        {
            // A report writes the same string objects again and again (a file's path, a message, an argument's names),
            // and equal texts as other objects: each is written as the writer writes it, whatever was remembered before.
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(12)));
            Gen<string> longTexts = texts.Select(t => new string('x', 250) + t);
            // Texts about the longest remembered (2,048 characters), on either side of it.
            Gen<string> longerTexts = texts.Select(t => new string('y', 2040) + t);
            Gen<string[]> pools = Gen.OneOf(texts, longTexts, longerTexts).ArrayOf().Where(p => p.Length > 0);
            return Prop.ForAll(pools.ToArbitrary(), Gen.Choose(0, 1000).ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (pool, picks, indented) =>
            {
                string[] values = picks.Select(i => i % 7 == 0 ? new string(pool[i % pool.Length].AsSpan()) : pool[i % pool.Length]).ToArray();
                string expected = Written(indented, (writer, name, value) => writer.WriteString(name, value), values);
                var strings = new EscapedStrings(JsonFields.Encoder);
                string actual = Written(indented, (writer, name, value) => strings.Write(writer, name, value), values);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Property(MaxTest = 300)]
        public Property A_text_put_together_in_a_buffer_is_written_as_the_writer_writes_it()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(12)));
            return Prop.ForAll(texts.ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (values, indented) =>
            {
                string expected = Written(indented, (writer, name, value) => writer.WriteString(name, value.AsSpan()), values);
                var strings = new EscapedStrings(JsonFields.Encoder);
                string actual = Written(indented, (writer, name, value) => strings.Write(writer, name, value.ToCharArray().AsSpan()), values);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Property(MaxTest = 300)]
        public Property An_array_of_texts_escaped_once_is_written_as_the_writer_writes_each_item()
        {
            // SARIF's message arguments: the whole array as one raw value, at any depth, indented or not, empty or not,
            // the same texts again and again, one that only the writer can escape making the writer write them all.
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(12)));
            Gen<string[][]> arrays = texts.ArrayOf().ArrayOf();
            return Prop.ForAll(arrays.ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (values, depth, indented) =>
            {
                string expected = WrittenArrays(indented, depth, (writer, name, items) =>
                {
                    writer.WriteStartArray(name);
                    foreach (string item in items)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                }, values);
                var strings = new EscapedStrings(JsonFields.Encoder);
                string actual = WrittenArrays(indented, depth, (writer, name, items) => strings.WriteArray(writer, name, items.Length, items, static (a, i) => a[i]), values);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Fact]
        public void A_quoted_value_is_escaped_as_the_writer_escapes_it()
        {
            var strings = new EscapedStrings(JsonFields.Encoder);

            string written = Written(false, (writer, name, value) => strings.Write(writer, name, value), new[] { "'有关部门' & <b>" });

            Assert.Equal("{\"v0\":\"\\u0027有关部门\\u0027 \\u0026 \\u003Cb\\u003E\",\"after\":1}", written);
        }

        /// <summary>Each array as a member of an object <paramref name="depth"/> objects deep, then a member after it.</summary>
        private static string WrittenArrays(bool indented, int depth, Action<Utf8JsonWriter, JsonEncodedText, string[]> write, string[][] values)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(indented)))
            {
                writer.WriteStartObject();
                for (int d = 0; d < depth; d++)
                {
                    writer.WriteStartObject("o" + d);
                }

                for (int i = 0; i < values.Length; i++)
                {
                    write(writer, JsonEncodedText.Encode("a" + i), values[i]);
                }

                writer.WriteNumber("after", 1);
                for (int d = 0; d <= depth; d++)
                {
                    writer.WriteEndObject();
                }
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static string Written(bool indented, Action<Utf8JsonWriter, JsonEncodedText, string> write, string[] values)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(indented)))
            {
                writer.WriteStartObject();
                for (int i = 0; i < values.Length; i++)
                {
                    write(writer, JsonEncodedText.Encode("v" + i), values[i]);
                }

                writer.WriteNumber("after", 1);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
