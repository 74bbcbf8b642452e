using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The patterns of GD-AR-014 (fees), GD-AR-016 (an earlier year in section 一) and GD-AR-013 (a section that says
    /// nothing) are made by the regex source generator where the target has it: each must find, in any text, exactly the
    /// matches and groups the same text parsed at run time (as the rules did before) finds.
    /// </summary>
    public class GeneratedSectionPatternsTests
    {
        /// <summary>Each generated pattern with its text.</summary>
        private static readonly (Regex Generated, string Text)[] Patterns =
        {
            (FeeStatementRule.Patterns.Sentence(), FeeStatementRule.Patterns.SentencePattern),
            (FeeStatementRule.Patterns.NoFee(), FeeStatementRule.Patterns.NoFeePattern),
            (FeeStatementRule.Patterns.Amount(), FeeStatementRule.Patterns.AmountPattern),
            (FeeStatementRule.Patterns.OtherFee(), FeeStatementRule.Patterns.OtherFeePattern),
            (EarlierYearInTextRule.Patterns.OpeningYear(), EarlierYearInTextRule.Patterns.OpeningYearPattern),
            (SectionSaysNothingRule.Patterns.NothingToReport(), SectionSaysNothingRule.Patterns.NothingToReportPattern),
        };

        /// <summary>The same patterns parsed at run time, as the rules made them before.</summary>
        private static readonly Regex[] Parsed = Patterns.Select(p => new Regex(p.Text, RegexOptions.CultureInvariant)).ToArray();

        /// <summary>Pieces of the texts the patterns read: their words, numbers, years, item numbers, stops and spaces.</summary>
        private static readonly Gen<string> Piece = Gen.Elements(
            "未", "没有", "无", "不", "并未", "均未", "从未", "收取", "收", "产生", "发生", "征收", "费", "信息处理费", "收费", "不存在",
            "复印费", "复制费", "邮寄费", "检索费", "工本费", "递送费", "元", "万", "0", "０", "零", ".0", ".00", "0.5", "12", "１２",
            "1,200", "3，456", "一百", "两千", "十", "本年度", "本年", "本机关", "本单位", "今年", "2023年度", "2022", "2019", "年", "度",
            "全年", "暂", "均", "需要", "需", "向社会", "报告", "的", "其他", "其它", "事项", "（一）", "(二)", "（十）", "，", ",", "。",
            "；", ";", "！", "!", "？", "?", "\n", " ", "　", "\t", "a", "B");

        private static readonly Gen<string> Text = Piece.ArrayOf().Select(pieces => string.Concat(pieces));

        [Fact]
        public void Each_generated_pattern_is_its_text_with_the_options_the_rules_parsed_it_with()
        {
            for (int i = 0; i < Patterns.Length; i++)
            {
                (Regex generated, string text) = Patterns[i];
                Assert.Equal(text, generated.ToString());
                Assert.Equal(RegexOptions.CultureInvariant, generated.Options);
                Assert.Equal(Parsed[i].GetGroupNames(), generated.GetGroupNames());
            }
        }

        [Property(MaxTest = 1000)]
        public Property Each_generated_pattern_finds_the_matches_and_groups_the_parsed_one_finds()
        {
            return Prop.ForAll(Text.ToArbitrary(), text =>
                Enumerable.Range(0, Patterns.Length).All(i =>
                    Patterns[i].Generated.IsMatch(text) == Parsed[i].IsMatch(text)
                    && Matches(Patterns[i].Generated, text).SequenceEqual(Matches(Parsed[i], text))));
        }

        [Fact]
        public void The_rules_sentences_find_the_same_as_before()
        {
            // Sentences the rules' own tests use, through the rules' public checks.
            Assert.True(FeeStatementRule.IsNoFee("本机关未收取信息处理费"));
            Assert.True(FeeStatementRule.IsFeeCharged("收取信息处理费1200元"));
            Assert.False(FeeStatementRule.IsFeeCharged("收取信息处理费0元"));
        }

        /// <summary>Every match of a text, match by match as the rules walk them: where, how long, and each group's place.</summary>
        private static IEnumerable<string> Matches(Regex regex, string text)
        {
            for (Match m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                yield return m.Index + ":" + m.Length + "|" + string.Join(
                    "|",
                    regex.GetGroupNames().Select(name => m.Groups[name]).Select(g => g.Success ? g.Index + ":" + g.Length : "-"));
            }
        }
    }
}
