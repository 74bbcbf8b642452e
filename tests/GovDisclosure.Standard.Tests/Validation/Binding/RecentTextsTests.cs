using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>The binder's recent texts read every string token as the reader's own <see cref="Utf8JsonReader.GetString"/> reads it.</summary>
    public sealed class RecentTextsTests
    {
        /// <summary>Texts that repeat and collide (a small alphabet), need escaping, or are longer than a slot keeps.</summary>
        private static readonly Gen<string> Texts = Gen.OneOf(
            Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(Gen.Elements('a', 'b', '1', '公', '开', '日', ' '), length)).Select(chars => new string(chars)),
            Gen.Choose(0, 6).SelectMany(length => Gen.ArrayOf(Gen.Elements('a', '"', '\\', '\n', '\u00e9', '\u2028'), length)).Select(chars => new string(chars)),
            Gen.Choose(RecentTexts.LongestKept / 3 - 2, RecentTexts.LongestKept + 4).Select(length => new string('长', length / 3) + new string('x', length % 3)));

        [Property(MaxTest = 300)]
        public Property Reads_each_string_as_the_reader_reads_it()
        {
            Gen<string[]> lists = Gen.ArrayOf(Texts);
            return Prop.ForAll(lists.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (texts, escapeAll) =>
            {
                var encoder = escapeAll ? System.Text.Encodings.Web.JavaScriptEncoder.Default : System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                byte[] json = JsonSerializer.SerializeToUtf8Bytes(texts, new JsonSerializerOptions { Encoder = encoder });
                var recent = new RecentTexts();

                // Twice over, so that every text is also read again from the table.
                for (int pass = 0; pass < 2; pass++)
                {
                    var reader = new RecordTokens(json, default);
                    var expected = new Utf8JsonReader(json);
                    reader.Read();
                    expected.Read();
                    while (reader.Read() && expected.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        if (!string.Equals(recent.Read(ref reader), expected.GetString(), StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        }

        [Fact]
        public void A_text_read_again_is_the_string_made_for_it_before()
        {
            byte[] json = Encoding.UTF8.GetBytes("[\"青山县民政局\",\"青山县民政局\"]");
            var recent = new RecentTexts();
            var reader = new RecordTokens(json, default);
            reader.Read();
            reader.Read();
            string first = recent.Read(ref reader);
            reader.Read();
            Assert.Same(first, recent.Read(ref reader));
        }

        [Fact]
        public void A_text_that_is_not_valid_utf8_throws_as_the_reader_does_and_is_not_kept()
        {
            byte[] json = { (byte)'[', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)',', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)']' };
            var recent = new RecentTexts();
            var reader = new RecordTokens(json, default);
            reader.Read();
            reader.Read();
            Assert.True(ReadThrows(recent, ref reader));
            reader.Read();
            Assert.True(ReadThrows(recent, ref reader));
        }

        private static bool ReadThrows(RecentTexts recent, ref RecordTokens reader)
        {
            try
            {
                recent.Read(ref reader);
                return false;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }
}
