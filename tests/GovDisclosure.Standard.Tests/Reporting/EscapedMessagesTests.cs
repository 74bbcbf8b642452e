using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The JSON and SARIF reports write a finding's message as <see cref="EscapedMessages"/> puts it together from its
    /// template (literals escaped once, arguments quoted as strings): the bytes must be those the writer writes of the
    /// message's text, in both languages, for any wording and arguments (quotes, HTML characters, controls, Chinese,
    /// literal braces, lone surrogates, surrogate pairs split between a literal and an argument), again and again with the
    /// same templates and argument objects. The writer, given the rendered text, is the oracle.
    /// </summary>
    public class EscapedMessagesTests
    {
        /// <summary>The texts <see cref="EscapedStringsTests"/> writes, and the two halves of a surrogate pair a literal and an argument may split.</summary>
        private static readonly string[] Pieces = EscapedStringsTests.Pieces.Concat(new[] { "\ud83d", "\ude00" }).ToArray();

        private static readonly string[] Names = { "field", "value", "code" };

        [Property(MaxTest = 400)]
        public Property A_message_is_written_as_the_writer_writes_its_text()
        {
            Gen<string> texts = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(6)));

            // A wording: literals (with doubled braces now and then) and placeholders of the three names.
            Gen<string> wordings = Gen.OneOf(
                    texts,
                    Gen.Elements("{{", "}}"),
                    Gen.Elements(Names).Select(n => "{" + n + "}"))
                .ArrayOf()
                .Select(p => string.Concat(p.Take(8)));
            Gen<(string Zh, string En)> templates = wordings.SelectMany(zh => wordings.Select(en => (zh, en)));
            Gen<string[][]> argumentSets = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(4))).ArrayOf().ArrayOf();
            Gen<(int[] Picks, bool Indented)> runs = Gen.Choose(0, 1000).ArrayOf().SelectMany(p => Gen.Elements(true, false).Select(i => (p, i)));
            return Prop.ForAll(templates.ArrayOf().Where(t => t.Length > 0).ToArbitrary(), argumentSets.ToArbitrary(), runs.ToArbitrary(), (wordingPairs, values, run) =>
            {
                (int[] picks, bool indented) = run;
                MessageTemplate[] pool = wordingPairs.Select((t, i) => new MessageTemplate("m" + i, t.Zh, t.En)).ToArray();
                string[] shared = values.SelectMany(v => v).DefaultIfEmpty("x").ToArray();
                Finding[] findings = picks.Select((pick, n) =>
                {
                    MessageTemplate template = pool[pick % pool.Length];
                    FindingArgument[] arguments = template.Parameters.Select((name, i) =>
                    {
                        // The same string objects again and again (as a rule's constant names are), and new ones.
                        string zh = shared[(pick + i) % shared.Length];
                        string en = (pick + n + i) % 3 == 0 ? new string(zh.AsSpan()) : shared[(pick * 7 + i) % shared.Length];
                        return new FindingArgument(name, zh, en);
                    }).ToArray();
                    return new Finding("GD-TEST-001", FindingSeverity.Warning, FindingCategory.Completeness, new SourceLocation(), template, arguments);
                }).ToArray();

                string expected = Written(indented, (writer, finding) =>
                {
                    writer.WriteString("zh", finding.Message.Chinese);
                    writer.WriteString("en", finding.Message.English);
                    writer.WriteString("zh", finding.Message.Chinese);
                }, findings);
                var messages = new EscapedMessages(new EscapedStrings(JsonFields.Encoder));
                string actual = Written(indented, (writer, finding) =>
                {
                    // As the reports do: the run's language put together once and written twice, the other language between.
                    bool zh = messages.TryQuoted(finding, true, out ReadOnlySpan<byte> chinese);
                    Write(writer, "zh", finding.Message.Chinese, zh, chinese);
                    Write(writer, "en", finding.Message.English, messages.TryQuoted(finding, false, out ReadOnlySpan<byte> english), english);
                    Write(writer, "zh", finding.Message.Chinese, zh, chinese);
                }, findings);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Fact]
        public void A_message_given_as_text_is_left_to_the_writer()
        {
            var finding = new Finding("GD-TEST-001", FindingSeverity.Warning, FindingCategory.Completeness, new SourceLocation(), new BilingualText("甲", "a"));

            Assert.False(new EscapedMessages(new EscapedStrings(JsonFields.Encoder)).TryQuoted(finding, true, out _));
        }

        [Fact]
        public void A_quoted_argument_is_escaped_between_the_literals()
        {
            var template = new MessageTemplate("default", "“{field}”为 {{空}}。", "The {field} is {{blank}}.");
            var finding = new Finding("GD-TEST-001", FindingSeverity.Warning, FindingCategory.Completeness, new SourceLocation(), template, new[] { new FindingArgument("field", "'办理时限' <b>", "'timeLimit' <b>") });
            var messages = new EscapedMessages(new EscapedStrings(JsonFields.Encoder));

            Assert.True(messages.TryQuoted(finding, true, out ReadOnlySpan<byte> zh));
            string chinese = Encoding.UTF8.GetString(zh);
            Assert.True(messages.TryQuoted(finding, false, out ReadOnlySpan<byte> en));

            Assert.Equal("\"“\\u0027办理时限\\u0027 \\u003Cb\\u003E”为 {空}。\"", chinese);
            Assert.Equal("\"The \\u0027timeLimit\\u0027 \\u003Cb\\u003E is {blank}.\"", Encoding.UTF8.GetString(en));
        }

        private static void Write(Utf8JsonWriter writer, string name, string text, bool together, ReadOnlySpan<byte> json)
        {
            if (!together)
            {
                writer.WriteString(name, text);
                return;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }

        /// <summary>Each finding's members (its messages) in an object two deep.</summary>
        private static string Written(bool indented, Action<Utf8JsonWriter, Finding> write, Finding[] findings)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(indented)))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("findings");
                foreach (Finding finding in findings)
                {
                    writer.WriteStartObject();
                    write(writer, finding);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteNumber("after", 1);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
