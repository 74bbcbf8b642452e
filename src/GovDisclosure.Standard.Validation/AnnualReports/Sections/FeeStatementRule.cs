using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>GD-AR-014: section 六 says no fee was charged while the report's text states an information-processing fee above 0.</summary>
    internal sealed partial class FeeStatementRule : DocumentRule<AnnualReport>
    {
        private static readonly string OverallSituationPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OverallSituation)).Pointer;

        private static readonly string ProblemsAndImprovementsPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProblemsAndImprovements)).Pointer;

        private static readonly string OtherMattersPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OtherMatters)).Pointer;

        public static readonly FeeStatementRule Instance = new FeeStatementRule();

        /// <summary>The fee a report states (信息处理费): a sentence without it states no fee charged.</summary>
        private const string ProcessingFee = "信息处理费";

        private FeeStatementRule()
            : base(RuleDescriptors.FeeStatementConflict)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            // Every way of saying no fee names 费 (NoFee), and a fee charged is named 信息处理费, which no sentence break
            // splits: a text without them has no such sentence, is not cut into sentences at all, and makes no enumerator.
            string? other = document.OtherMatters;
            return string.IsNullOrWhiteSpace(other) || other!.IndexOf('费') < 0 ? System.Array.Empty<Finding>() : Found(document, other, context);
        }

        private IEnumerable<Finding> Found(AnnualReport document, string other, RuleContext context)
        {

            string? none = Sentences(other).FirstOrDefault(IsNoFee);
            if (none is null)
            {
                yield break;
            }

            for (int i = 0; i < 3; i++)
            {
                string? text = i == 0 ? document.OverallSituation : i == 1 ? document.ProblemsAndImprovements : other;
                string? charged = text is null || text.IndexOf(ProcessingFee, System.StringComparison.Ordinal) < 0 ? null : Sentences(text).FirstOrDefault(IsFeeCharged);
                if (charged != null)
                {
                    FindingArgument where = i == 0 ? new FindingArgument("where", "第一部分", "section I")
                        : i == 1 ? new FindingArgument("where", "第五部分", "section V")
                        : new FindingArgument("where", "第六部分另一句", "another sentence of section VI");
                    string pointer = i == 0 ? OverallSituationPointer : i == 1 ? ProblemsAndImprovementsPointer : OtherMattersPointer;
                    yield return Report(context, OtherMattersPointer, "default", none, new FindingArgument("none", none), where, new FindingArgument("charged", charged))
                        with { RelatedLocations = new[] { context.Locate(pointer) } };
                    yield break;
                }
            }
        }

        /// <summary>Whether a sentence says that no fee (or no information-processing fee) was charged.</summary>
        public static bool IsNoFee(string sentence) =>
            Patterns.NoFee().IsMatch(sentence) && (sentence.Contains(ProcessingFee) || !Patterns.OtherFee().IsMatch(sentence));

        /// <summary>Whether a sentence states an information-processing fee above 0 that was charged.</summary>
        public static bool IsFeeCharged(string sentence) =>
            sentence.Contains(ProcessingFee) && !Patterns.NoFee().IsMatch(sentence)
            && StatesAmount(sentence);

        /// <summary>Whether a sentence states an amount above 0 yuan.</summary>
        private static bool StatesAmount(string sentence)
        {
            for (Match m = Patterns.Amount().Match(sentence); m.Success; m = m.NextMatch())
            {
                if (ChineseNumerals.TryParse(m.Groups["number"].Value.Replace("，", ",") + m.Groups["wan"].Value, out long yuan) && yuan > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The sentences of a text, trimmed, without empty ones; match by match (no collection of matches is made).</summary>
        private static IEnumerable<string> Sentences(string text)
        {
            for (Match m = Patterns.Sentence().Match(text); m.Success; m = m.NextMatch())
            {
                string sentence = m.Value.Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }
            }
        }

        /// <summary>
        /// The rule's patterns. Where the target has the regex source generator (.NET 7 on) each is code made at build time
        /// from its text (<c>…Pattern</c>), compiled ahead of time with the tool, so a run neither parses it nor interprets
        /// it; elsewhere it is parsed the first time a report is checked, and a run of other records never parses it.
        /// </summary>
        internal static partial class Patterns
        {
            /// <summary>A sentence: a run of characters up to a full stop, semicolon, exclamation or question mark or line break.</summary>
            internal const string SentencePattern = "[^。；;！!？?\\n]+";

            /// <summary>A sentence that says no fee was charged, or a fee of 0 yuan.</summary>
            internal const string NoFeePattern = "(未|没有|无|不|并未|均未|从未)(收取|收|产生|发生|征收)[^。；;，,]{0,20}?费|收取[^。；;]{0,20}?费[^。；;]{0,8}?(?<![0-9０-９.,，])(0|０|零)(\\.0+)?元|(无|没有|不存在)[^。；;，,]{0,6}?收费";

            /// <summary>An amount in yuan, in figures or Chinese numerals, perhaps in 万.</summary>
            internal const string AmountPattern = "(?<number>[0-9０-９][0-9０-９,，]*(\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)\\s*(?<wan>万)?元";

            /// <summary>A fee other than the information-processing fee (copying, postage and the like).</summary>
            internal const string OtherFeePattern = "复印费|复制费|邮寄费|检索费|工本费|递送费";

            private const RegexOptions Options = RegexOptions.CultureInvariant;

#if NET7_0_OR_GREATER
            /// <inheritdoc cref="SentencePattern"/>
            [GeneratedRegex(SentencePattern, Options)]
            internal static partial Regex Sentence();

            /// <inheritdoc cref="NoFeePattern"/>
            [GeneratedRegex(NoFeePattern, Options)]
            internal static partial Regex NoFee();

            /// <inheritdoc cref="AmountPattern"/>
            [GeneratedRegex(AmountPattern, Options)]
            internal static partial Regex Amount();

            /// <inheritdoc cref="OtherFeePattern"/>
            [GeneratedRegex(OtherFeePattern, Options)]
            internal static partial Regex OtherFee();
#else
            private static readonly Regex sentence = new Regex(SentencePattern, Options);
            private static readonly Regex noFee = new Regex(NoFeePattern, Options);
            private static readonly Regex amount = new Regex(AmountPattern, Options);
            private static readonly Regex otherFee = new Regex(OtherFeePattern, Options);

            /// <inheritdoc cref="SentencePattern"/>
            internal static Regex Sentence() => sentence;

            /// <inheritdoc cref="NoFeePattern"/>
            internal static Regex NoFee() => noFee;

            /// <inheritdoc cref="AmountPattern"/>
            internal static Regex Amount() => amount;

            /// <inheritdoc cref="OtherFeePattern"/>
            internal static Regex OtherFee() => otherFee;
#endif
        }
    }
}
