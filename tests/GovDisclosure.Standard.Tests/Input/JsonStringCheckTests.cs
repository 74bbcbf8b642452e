using System.Collections.Generic;
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
    /// The one-pass check of a record's strings over its bytes (<see cref="JsonStringCheck.AllReadable"/>) never
    /// passes a record that the full check (<see cref="JsonStringCheck.FirstUnreadable"/>,
    /// <see cref="JsonStringCheck.FirstTooLong"/>) would find a problem in, so the readers report the same records.
    /// </summary>
    public class JsonStringCheckTests
    {
        private static readonly JsonReaderOptions Options = new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

        /// <summary>Pieces of JSON string content: plain and escaped text, valid and lone surrogates, raw bytes that are not UTF-8.</summary>
        private static readonly byte[][] Pieces =
        {
            Encoding.UTF8.GetBytes("a"),
            Encoding.UTF8.GetBytes("字"),
            Encoding.UTF8.GetBytes("😀"),
            Encoding.UTF8.GetBytes("\\u5b57"),
            Encoding.UTF8.GetBytes("\\n"),
            Encoding.UTF8.GetBytes("\\ud83d\\ude00"),
            Encoding.UTF8.GetBytes("\\ud800"),
            Encoding.UTF8.GetBytes("\\udc00x"),
            new byte[] { 0xFF },
            new byte[] { 0xE5, 0xAD },
            new byte[] { 0xED, 0xA0, 0x80 },
        };

        [Property]
        public Property A_record_passed_by_the_one_pass_check_has_no_unreadable_or_too_long_string()
        {
            Gen<byte[]> text = Gen.Elements(Pieces).ArrayOf().Select(parts => parts.SelectMany(p => p).ToArray());
            Gen<(byte[] Name, byte[] Value)> pairs = Gen.Zip<byte[], byte[], (byte[] Name, byte[] Value)>(text, text, (name, value) => (name, value));
            Gen<(byte[] Name, byte[] Value, bool Listed)[]> members = Gen.Zip<(byte[] Name, byte[] Value), bool, (byte[] Name, byte[] Value, bool Listed)>(
                pairs, Gen.Elements(true, false), (pair, listed) => (pair.Name, pair.Value, listed)).ArrayOf();
            // Short limits take the reader pass; the default limit lets the vectorized search over the bytes settle the record.
            Gen<int> limits = Gen.OneOf(Gen.Choose(0, 6), Gen.Constant(InputLimits.Default.MaxStringLength));
            return Prop.ForAll(members.ToArbitrary(), limits.ToArbitrary(), (fields, maxLength) =>
            {
                byte[] json = Record(fields);
                JsonElement content;
                try
                {
                    using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    content = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    return true;
                }

                bool passed = JsonStringCheck.AllReadable(json, Options, maxLength);
                bool problem = JsonStringCheck.FirstUnreadable(content) != null || JsonStringCheck.FirstTooLong(content, maxLength) != null;
                return !passed || !problem;
            });
        }

        [Fact]
        public void A_record_with_raw_bytes_that_are_not_utf8_in_a_string_does_not_pass_at_the_default_limit()
        {
            byte[] json = Encoding.UTF8.GetBytes("{\"name\": \"ab\"}");
            json[11] = 0xFF;
            Assert.False(JsonStringCheck.AllReadable(json, Options, InputLimits.Default.MaxStringLength));
            Assert.False(JsonStringCheck.AllReadable(Encoding.UTF8.GetBytes("{\"name\": \"\\udc00\"}"), Options, InputLimits.Default.MaxStringLength));
            Assert.True(JsonStringCheck.AllReadable(Encoding.UTF8.GetBytes("{\"name\": \"\\ud83d\\ude00\"}"), Options, InputLimits.Default.MaxStringLength));
        }

        [Fact]
        public void A_clean_record_passes_and_a_lone_surrogate_or_a_long_string_does_not()
        {
            Assert.True(JsonStringCheck.AllReadable(Encoding.UTF8.GetBytes("{\"name\": \"政策文件\", \"list\": [\"\\u5b57\"]}"), Options, 10));
            Assert.False(JsonStringCheck.AllReadable(Encoding.UTF8.GetBytes("{\"name\": \"\\ud800\"}"), Options, 10));
            Assert.False(JsonStringCheck.AllReadable(Encoding.UTF8.GetBytes("{\"name\": \"政策法规文件汇编\"}"), Options, 3));
        }

        private static byte[] Record(IEnumerable<(byte[] Name, byte[] Value, bool Listed)> fields)
        {
            var json = new List<byte>();
            json.Add((byte)'{');
            bool first = true;
            foreach ((byte[] name, byte[] value, bool listed) in fields)
            {
                if (!first)
                {
                    json.Add((byte)',');
                }

                first = false;
                json.Add((byte)'"');
                json.AddRange(name);
                json.AddRange(Encoding.UTF8.GetBytes("\":"));
                json.AddRange(Encoding.UTF8.GetBytes(listed ? "[\"" : "\""));
                json.AddRange(value);
                json.AddRange(Encoding.UTF8.GetBytes(listed ? "\"]" : "\""));
            }

            json.Add((byte)'}');
            return json.ToArray();
        }
    }
}
