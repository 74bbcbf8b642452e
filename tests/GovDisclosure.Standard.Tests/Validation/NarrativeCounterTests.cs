using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.AnnualReports.Narrative;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// GD-AR-012 passes over a text without a counter (件, 宗, 起, 个) without running its patterns: that is only right if
    /// no pattern of <see cref="NarrativeQuantity.All"/> matches such a text, whatever its wording and numbers (and, for
    /// its check that all were upheld, no text without 维持 says so).
    /// </summary>
    public class NarrativeCounterTests
    {
        /// <summary>Pieces of the sentences section 一 writes: the quantities' words, numbers, counters, joiners and stops.</summary>
        private static readonly Gen<string> Piece = Gen.Elements(
            "予以公开", "部分公开", "及", "和", "、", "不予公开", "无法提供", "不予处理", "其他处理", "新收", "受理", "收到", "政府信息公开",
            "信息公开", "申请", "上年", "上一年度", "结转", "下年度", "继续办理", "办结", "答复", "行政复议", "复议", "行政诉讼", "诉讼",
            "案件", "共计", "合计", "共", "为", "达", "的", "数量", "总数", "主动", "均", "维持", "1", "0", "25", "１２", "3,456", "2.5万",
            "一百七十", "十", "两", "万", "件", "宗", "起", "个", " ", "，", "。", "；", "\n", "其中", "约", "余", "2023年");

        private static readonly Gen<string> Text = Piece.ArrayOf().Select(pieces => string.Concat(pieces));

        [Property(MaxTest = 500)]
        public Property A_text_without_a_counter_matches_no_quantity_and_states_no_count()
        {
            return Prop.ForAll(Text.ToArbitrary(), text =>
            {
                string withoutCounters = new string(text.Where(c => !NarrativeQuantity.Counters.Contains(c)).ToArray());
                bool noMatch = NarrativeQuantity.All.All(q => !q.Pattern.IsMatch(withoutCounters));
                bool everyMatchCounts = NarrativeQuantity.All.All(q =>
                    q.Pattern.Matches(text).Cast<Match>().All(m => m.Value.IndexOfAny(NarrativeQuantity.Counters) >= 0));
                return noMatch && everyMatchCounts && !NarrativeClaim.In(withoutCounters, 2023).Any();
            });
        }

        [Property(MaxTest = 300)]
        public Property A_text_without_the_word_upheld_claims_nothing_upheld()
        {
            // GD-AR-012 also passes over a text with neither a counter nor 维持 (AllUpheldClaim.Upheld).
            return Prop.ForAll(Text.ToArbitrary(), text =>
                AllUpheldClaim.In(text).All(c => c.Text.Contains(AllUpheldClaim.Upheld))
                && !AllUpheldClaim.In(text.Replace(AllUpheldClaim.Upheld, "维")).Any());
        }

        [Fact]
        public void A_count_with_each_counter_is_still_found()
        {
            foreach (char counter in NarrativeQuantity.Counters)
            {
                Assert.Single(NarrativeClaim.In("全年新收政府信息公开申请12" + counter + "。", 2023));
            }
        }
    }
}
