using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// GD-AR-013 folds a section's text once for both of its tests (a placeholder such as 无, and 无其他需要报告的事项):
    /// these check the one fold against the two it replaced (the letters and digits of <see cref="ChineseText.Fold"/>).
    /// </summary>
    public class SectionFoldTests
    {
        /// <summary>What sections are written with: ideographs, digits, ASCII, full-width forms, spaces, a combining mark.</summary>
        private static readonly char[] Alphabet =
            "无暂没有其他它需要报告的事项本年度机关单位今略见附件详表测试均向社会2024年 ，。：（）、；\u3000\u00A0\u200B\t\nAaNnＮＡａ０１２①\u0301…/"
                .ToCharArray();

        private static readonly Regex NothingToReport = new Regex("^(本(年度?|机关|单位)|今年|[0-9]{4}年度?)?(暂|均)?(无|没有)(其他|其它)?需要?(向社会)?报告的?(其他|其它)?事项$", RegexOptions.CultureInvariant);

        private static Gen<string> Texts() =>
            Gen.OneOf(
                Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars)),
                Gen.Elements("无", "暂无。", "（无）", "本年度无其他需要报告的事项。", "2024年度暂无需要向社会报告的其他事项", "Ｎ／Ａ", " ", "", "详见附件", "本机关无需要报告的事项；另"));

        private static string OldLettersAndDigits(string text) => new string(ChineseText.Fold(text).Where(char.IsLetterOrDigit).ToArray());

        [Property(MaxTest = 500)]
        public Property The_letters_and_digits_are_those_of_the_fold()
        {
            return Prop.ForAll(Texts().ToArbitrary(), text => TextChecks.LettersAndDigits(text) == OldLettersAndDigits(text));
        }

        [Property(MaxTest = 500)]
        public Property A_section_says_nothing_as_the_two_folds_said()
        {
            return Prop.ForAll(
                Texts().ToArbitrary(),
                text =>
                {
                    string old = OldLettersAndDigits(text);
                    bool placeholder = !TextChecks.IsBlank(text) && (old.Length == 0 || TextChecks.IsPlaceholder(text));
                    return SectionSaysNothingRule.SaysNothing(text) == (placeholder || NothingToReport.IsMatch(old));
                });
        }

        [Theory]
        [InlineData("无", true)]
        [InlineData("本年度无其他需要报告的事项。", true)]
        [InlineData("（暂无）", true)]
        [InlineData("本机关严格按照规定，未收取任何费用。", false)]
        public void A_section_of_nothing_to_report_is_recognised(string text, bool nothing)
        {
            Assert.Equal(nothing, SectionSaysNothingRule.SaysNothing(text));
        }
    }
}
