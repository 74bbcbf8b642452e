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
    /// The JSON report writes a finding's rule id, category, severity, record status, message id and argument names through
    /// <see cref="EncodedCodes"/>, each encoded once: the bytes (or the refusal of a text that is not well-formed UTF-16)
    /// must be the writer's own, for any texts, written again and again as the same objects or as equal copies, more of them
    /// than are kept. The writer is the oracle.
    /// </summary>
    public class EncodedCodesTests
    {
        private static readonly string[] Pieces =
        {
            "GD-AR-00", "GD-AR-01", "1", "2", "5", "error", "warning", "withFindings", "consistency", "'", "\"", "<", "&", "+",
            "\\", "\n", "\u0001", "\u007f", "\u00e9", "有关部门", "（", "\u2028", "\ud83d\ude00", "\ud800", "a", " ", string.Empty,
        };

        [Property(MaxTest = 400)]
        public Property Codes_are_written_as_the_writer_writes_them()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(6)));
            Gen<string> longTexts = texts.Select(t => new string('x', 70) + t);
            Gen<string[]> pools = Gen.Frequency((6, texts), (1, longTexts), (1, Gen.Constant<string>(null!))).ArrayOf().Where(p => p.Length > 0);
            return Prop.ForAll(pools.ToArbitrary(), Gen.Choose(0, 5000).ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (pool, picks, indented) =>
            {
                // Every seventh an equal copy, not the same object; picks past the pool's size make distinct texts (more than are kept).
                string?[] values = picks.Select(i => Pick(pool, i)).ToArray();
                string expected = Outcome(indented, (writer, value) => writer.WriteString(Name, value), values);
                var codes = new EncodedCodes(JsonFields.Encoder);
                string actual = Outcome(indented, (writer, value) => codes.Write(writer, Name, value!), values);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Property(MaxTest = 300)]
        public Property Object_names_are_written_as_the_writer_writes_them()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(6)));
            return Prop.ForAll(texts.ArrayOf().Where(p => p.Length > 0).ToArbitrary(), Gen.Choose(0, 3000).ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (pool, picks, indented) =>
            {
                string?[] values = picks.Select(i => Pick(pool, i)).ToArray();
                string expected = Outcome(indented, (writer, value) => { writer.WriteStartObject(value!); writer.WriteEndObject(); }, values);
                var codes = new EncodedCodes(JsonFields.Encoder);
                string actual = Outcome(indented, (writer, value) => { codes.WriteStartObject(writer, value!); writer.WriteEndObject(); }, values);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Fact]
        public void A_code_with_characters_to_escape_is_escaped_as_the_writer_escapes_it()
        {
            var codes = new EncodedCodes(JsonFields.Encoder);

            string written = Outcome(false, (writer, value) => codes.Write(writer, Name, value!), new[] { "GD-<AR>-'1'", "GD-<AR>-'1'" });

            Assert.Equal("{\"v\":\"GD-\\u003CAR\\u003E-\\u00271\\u0027\",\"v\":\"GD-\\u003CAR\\u003E-\\u00271\\u0027\",\"after\":1}", written);
        }

        private static readonly JsonEncodedText Name = JsonEncodedText.Encode("v");

        private static string? Pick(string[] pool, int i)
        {
            string? text = pool[i % pool.Length];
            if (text is null)
            {
                return null;
            }

            return i >= 2000 ? text + "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : i % 7 == 0 ? new string(text.AsSpan())
                : text;
        }

        /// <summary>What the writer puts out for the values, or the exception it stops with.</summary>
        private static string Outcome(bool indented, Action<Utf8JsonWriter, string?> write, string?[] values)
        {
            using var stream = new MemoryStream();
            try
            {
                using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(indented)))
                {
                    writer.WriteStartObject();
                    foreach (string? value in values)
                    {
                        write(writer, value);
                    }

                    writer.WriteNumber("after", 1);
                    writer.WriteEndObject();
                }
            }
            catch (Exception e)
            {
                return "threw " + e.GetType().Name + " after " + stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
