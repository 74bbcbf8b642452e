using System;
using System.Linq;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public sealed class MessageTemplateTests
    {
        [Fact]
        public void A_template_renders_each_placeholder_with_its_argument_in_each_language()
        {
            var template = new MessageTemplate("default", "“{field}”为 {value}。", "The {field} ({fieldZh}) is {value}.");

            BilingualText text = template.Render(new[] { new FindingArgument("value", "7"), new FindingArgument("field", "办理地点", "place"), new FindingArgument("fieldZh", "办理地点") });

            Assert.Equal("“办理地点”为 7。", text.Chinese);
            Assert.Equal("The place (办理地点) is 7.", text.English);
            Assert.Equal(new[] { "field", "fieldZh", "value" }, template.Parameters);
        }

        [Fact]
        public void Doubled_braces_are_literal_and_stay_doubled_in_the_numbered_form()
        {
            var template = new MessageTemplate("default", "{{字段}} {name}", "{{field}} {name}");

            Assert.Equal("{字段} 甲", template.Render(new[] { new FindingArgument("name", "甲") }).Chinese);
            Assert.Equal("{{field}} {0}", template.Numbered("en"));
        }

        [Fact]
        public void A_huge_value_is_echoed_cut_with_its_length_in_each_language()
        {
            var template = new MessageTemplate("default", "值为 {value}。", "The value is {value}.");

            BilingualText text = template.Render(new[] { new FindingArgument("value", new string('长', 5_000_000)) });

            Assert.True(text.Chinese.Length < FindingArgument.MaxLength + 40, $"{text.Chinese.Length} characters");
            Assert.EndsWith("…（共 5,000,000 字）。", text.Chinese, StringComparison.Ordinal);
            Assert.EndsWith("… (5,000,000 characters).", text.English, StringComparison.Ordinal);
        }

        [FsCheck.Xunit.Property]
        public bool A_findings_value_is_kept_whole_up_to_the_echo_limit_and_cut_there_with_its_length_beyond(FsCheck.PositiveInt extra, bool longer)
        {
            int length = longer ? FindingArgument.MaxLength + extra.Get : Math.Max(0, FindingArgument.MaxLength - extra.Get + 1);
            string written = new string('长', length);

            string? kept = new Finding("GD-TEST-001", FindingSeverity.Warning, FindingCategory.Completeness, new SourceLocation(), new BilingualText("甲", "a")) { Value = written }.Value;

            return length <= FindingArgument.MaxLength
                ? kept == written
                : kept == new string('长', FindingArgument.MaxLength) + string.Format(System.Globalization.CultureInfo.InvariantCulture, "…（共 {0:N0} 字 / {0:N0} characters）", length);
        }

        [FsCheck.Xunit.Property]
        public bool A_message_reads_its_own_arguments_whatever_was_rendered_before_it(FsCheck.NonEmptyArray<(FsCheck.NonNull<string> Literal, byte Name)> pieces, FsCheck.NonNull<string>[] first, FsCheck.NonNull<string>[] second)
        {
            string[] names = { "a", "b", "c" };
            string Literal(string text) => text.Replace("{", "{{").Replace("}", "}}");
            string template = string.Concat(pieces.Get.Select(p => Literal(p.Literal.Get) + "{" + names[p.Name % 3] + "}"));
            var message = new MessageTemplate("default", "中" + template, template);
            string Value(FsCheck.NonNull<string>[] values, int i) => values.Length == 0 ? string.Empty : values[i % values.Length].Get;
            FindingArgument[] Arguments(FsCheck.NonNull<string>[] values) =>
                message.Parameters.Select(name => new FindingArgument(name, Value(values, Array.IndexOf(names, name)), "en" + Value(values, Array.IndexOf(names, name)))).Reverse().ToArray();
            string Expected(FsCheck.NonNull<string>[] values, bool chinese) =>
                (chinese ? "中" : string.Empty) + string.Concat(pieces.Get.Select(p => p.Literal.Get + (chinese ? string.Empty : "en") + Value(values, p.Name % 3)));

            return new[] { first, second, first, first }.All(values =>
            {
                BilingualText text = message.Render(Arguments(values));
                return text.Chinese == Expected(values, chinese: true) && text.English == Expected(values, chinese: false);
            });
        }

        [FsCheck.Xunit.Property]
        public bool A_findings_message_written_from_its_template_is_the_message_it_renders(FsCheck.NonEmptyArray<(FsCheck.NonNull<string> Literal, byte Name)> pieces, FsCheck.NonNull<string>[] values, bool copyFirst)
        {
            string[] names = { "a", "b", "c" };
            string Literal(string text) => text.Replace("{", "{{").Replace("}", "}}");
            string template = string.Concat(pieces.Get.Select(p => Literal(p.Literal.Get) + "{" + names[p.Name % 3] + "}"));
            var message = new MessageTemplate("default", "中" + template, template);
            string Value(int i) => values.Length == 0 ? string.Empty : values[i % values.Length].Get;
            FindingArgument[] arguments = message.Parameters.Select(name => new FindingArgument(name, Value(Array.IndexOf(names, name)), "en" + Value(Array.IndexOf(names, name)))).ToArray();
            BilingualText expected = message.Render(arguments);

            // Written from the template before anything made the message a string: the same characters, in a buffer that may be too small.
            var finding = new Finding("GD-TEST-001", FindingSeverity.Warning, FindingCategory.Completeness, new SourceLocation(), message, arguments);
            Finding copy = finding with { Value = "v" };
            char[]? buffer = new char[1];
            bool written = finding.TryRenderInto(true, ref buffer, out int zhLength) && new string(buffer!, 0, zhLength) == expected.Chinese
                && finding.TryRenderInto(false, ref buffer, out int enLength) && new string(buffer!, 0, enLength) == expected.English;

            // Rendered (in either order of the original and its copy), equal as before, and then written from the string.
            BilingualText rendered = copyFirst ? copy.Message : finding.Message;
            bool equal = finding.Equals(copy with { Value = null }) && finding.GetHashCode() == (copy with { Value = null }).GetHashCode();
            return written && rendered == expected && finding.Message == expected && copy.Message == expected && equal
                && !(copyFirst ? copy : finding).TryRenderInto(true, ref buffer, out _);
        }

        [Fact]
        public void A_missing_or_unknown_argument_is_an_error_not_a_blank()
        {
            var template = new MessageTemplate("default", "{a}", "{a}");

            Assert.Throws<ArgumentException>(() => template.Render(Array.Empty<FindingArgument>()));
            Assert.Throws<ArgumentException>(() => template.Render(new[] { new FindingArgument("a", "1"), new FindingArgument("b", "2") }));
            Assert.Throws<ArgumentException>(() => new MessageTemplate("default", "{a", "a"));
        }

        [Fact]
        public void Every_message_id_of_a_rule_is_unique_and_every_template_reads()
        {
            foreach (RuleDescriptor rule in RuleRegistry.All)
            {
                Assert.Equal(rule.Messages.Count, rule.Messages.Select(m => m.Id).Distinct().Count());
                Assert.All(rule.Messages, m => Assert.NotEqual(m.Text.English, m.Text.Chinese));
            }
        }

        [Fact]
        public void A_finding_keeps_its_template_id_and_its_arguments_in_parameter_order()
        {
            RuleDescriptor rule = RuleRegistry.Find("GD-SG-005")!;
            var finding = new Finding(rule.Id, rule.Severity, rule.Category, new SourceLocation { JsonPointer = "/contactPhone" }, rule.Message("default"), new[] { new FindingArgument("phone", "12345") });

            Assert.Equal("default", finding.MessageId);
            Assert.Equal("phone", Assert.Single(finding.Arguments).Name);
            Assert.Contains("12345", finding.Message.Chinese);
        }
    }
}
