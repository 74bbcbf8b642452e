using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>GD-AR-013: section 五 reads 无 or the like or is shorter than <see cref="MinimumHanCharacters"/>; from the 2021 report on, section 六 reads 无 or the like or says nothing of fees.</summary>
    internal sealed partial class SectionSaysNothingRule : DocumentRule<AnnualReport>
    {
        private static readonly string ProblemsAndImprovementsPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProblemsAndImprovements)).Pointer;

        private static readonly string OtherMattersPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OtherMatters)).Pointer;

        public static readonly SectionSaysNothingRule Instance = new SectionSaysNothingRule();

        /// <summary>The fewest Chinese characters a section 五 that says something specific has (one problem and one improvement, one sentence each).</summary>
        public const int MinimumHanCharacters = 30;

        /// <summary>The first report year whose section 六 is checked: the first whole year under 国办函〔2020〕109号.</summary>
        public const int FirstYearOfFeeStatement = 2021;

        /// <summary>How <see cref="Patterns.NothingToReport"/> ends.</summary>
        private const string Matters = "事项";

        /// <summary>The argument naming section 五 (one for every finding: an argument is immutable).</summary>
        private static readonly FindingArgument Problems = new FindingArgument("section", "五、存在的主要问题及改进情况", "V (problems and improvements)");

        private SectionSaysNothingRule()
            : base(RuleDescriptors.SectionSaysNothing)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            string? five = document.ProblemsAndImprovements?.Trim();
            if (!TextChecks.IsBlank(five))
            {
                int count = HanCount(five!);
                if (SaysNothing(five!))
                {
                    yield return Report(context, ProblemsAndImprovementsPointer, "placeholder", five, Problems, new FindingArgument("text", five!));
                }
                else if (count < MinimumHanCharacters)
                {
                    yield return Report(
                        context,
                        ProblemsAndImprovementsPointer,
                        "short",
                        five,
                        Problems,
                        new FindingArgument("count", count.ToString(CultureInfo.InvariantCulture)),
                        new FindingArgument("minimum", MinimumHanCharacters.ToString(CultureInfo.InvariantCulture)),
                        new FindingArgument("text", five!));
                }
            }

            string? six = document.OtherMatters?.Trim();
            bool feeYears = document.Year is int year ? year >= FirstYearOfFeeStatement : document.Format == AnnualReportFormat.Format2021;
            if (!feeYears || TextChecks.IsBlank(six))
            {
                yield break;
            }

            if (SaysNothing(six!))
            {
                yield return Report(context, OtherMattersPointer, "placeholder", six, new FindingArgument("section", "六、其他需要报告的事项", "VI (other matters)"), new FindingArgument("text", six!));
            }
            else if (six!.IndexOf('费') < 0)
            {
                yield return Report(context, OtherMattersPointer, "noFeeStatement", six, new FindingArgument("text", TextChecks.Shorten(six!, 80)));
            }
        }

        /// <summary>Whether a section's text says only that there is nothing to report (无, 暂无, 无其他需要报告的事项…).</summary>
        public static bool SaysNothing(string text)
        {
            // The text is folded once for both tests (TextChecks.IsPlaceholder folds the same way).
            string folded = TextChecks.LettersAndDigits(text);
            if (!TextChecks.IsBlank(text) && TextChecks.IsPlaceholderFold(folded))
            {
                return true;
            }

            // The pattern ends with 事项 at the end of the letters (which hold no line break): a text that does not end so is not
            // handed to the regular expression.
            return folded.EndsWith(Matters, System.StringComparison.Ordinal) && Patterns.NothingToReport().IsMatch(folded);
        }

        /// <summary>The Chinese characters (CJK unified ideographs) of a text.</summary>
        public static int HanCount(string text)
        {
            // A loop, not a query: it runs on section V of every report.
            int count = 0;
            foreach (char c in text)
            {
                count += c >= '\u4e00' && c <= '\u9fff' ? 1 : 0;
            }

            return count;
        }

        /// <summary>
        /// The rule's patterns. Where the target has the regex source generator (.NET 7 on) each is code made at build time
        /// from its text (<c>…Pattern</c>), compiled ahead of time with the tool, so a run neither parses it nor interprets
        /// it; elsewhere it is parsed the first time a report is checked, and a run of other records never parses it.
        /// </summary>
        internal static partial class Patterns
        {
            /// <summary>The text of <see cref="NothingToReport"/>.</summary>
            internal const string NothingToReportPattern = "^(本(年度?|机关|单位)|今年|[0-9]{4}年度?)?(暂|均)?(无|没有)(其他|其它)?需要?(向社会)?报告的?(其他|其它)?事项$";

#if NET7_0_OR_GREATER
            /// <summary>A section that says only that there is nothing (else) to report, once folded.</summary>
            [GeneratedRegex(NothingToReportPattern, RegexOptions.CultureInvariant)]
            internal static partial Regex NothingToReport();
#else
            private static readonly Regex nothingToReport = new Regex(NothingToReportPattern, RegexOptions.CultureInvariant);

            /// <summary>A section that says only that there is nothing (else) to report, once folded.</summary>
            internal static Regex NothingToReport() => nothingToReport;
#endif
        }
    }
}
