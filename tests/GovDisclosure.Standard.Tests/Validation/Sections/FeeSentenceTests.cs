using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;

namespace GovDisclosure.Standard.Tests.Validation.Sections
{
    /// <summary>
    /// GD-AR-014 passes over a section without cutting it into sentences when it cannot hold the sentence looked for:
    /// no sentence without 费 says that no fee was charged, and no sentence without 信息处理费 states a fee charged.
    /// </summary>
    public class FeeSentenceTests
    {
        private static readonly string[] Pieces =
        {
            "未", "没有", "无", "不", "收取", "收", "产生", "征收", "费", "收费", "信息处理费", "处理", "信息", "复印费", "工本费",
            "0", "０", "零", "1", "２", "十", "万", "元", ".0", ".5", "，", ",", "。", "；", "本年度", "共", "件", " ",
        };

        private static readonly Gen<string> Sentences = Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(14)));

        [Property(MaxTest = 1000)]
        public Property A_sentence_that_says_no_fee_was_charged_names_a_fee()
        {
            return Prop.ForAll(Sentences.ToArbitrary(), sentence =>
                !FeeStatementRule.IsNoFee(sentence) || sentence.IndexOf('费') >= 0);
        }

        [Property(MaxTest = 1000)]
        public Property A_sentence_that_states_a_fee_charged_names_the_processing_fee()
        {
            return Prop.ForAll(Sentences.ToArbitrary(), sentence =>
                !FeeStatementRule.IsFeeCharged(sentence) || sentence.Contains("信息处理费"));
        }

        [Property(MaxTest = 300)]
        public Property A_text_without_the_character_for_fee_says_nothing_of_fees()
        {
            Gen<string> texts = Gen.Elements(Pieces.Where(p => p.IndexOf('费') < 0).ToArray()).ArrayOf().Select(p => string.Concat(p.Take(20)));
            return Prop.ForAll(texts.ToArbitrary(), text => !FeeStatementRule.IsNoFee(text) && !FeeStatementRule.IsFeeCharged(text));
        }
    }
}
