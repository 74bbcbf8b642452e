using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// A rule over an agency's reports of consecutive years in a stream (相邻年度): reports are paired by the agency's
    /// name (folded), and a pair whose years are consecutive is compared earlier against later, with the findings
    /// located in the report read second. What each rule remembers per agency and compares is its own.
    /// </summary>
    internal abstract class ConsecutiveYearsRule : DocumentPairRule<AnnualReport>
    {
        protected ConsecutiveYearsRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }

        public sealed override string? KeyOf(AnnualReport document) =>
            TextChecks.HasText(document.AgencyName) && document.Year != null && Compares(document) ? ChineseText.Fold(document.AgencyName) : null;

        public sealed override IEnumerable<Finding> Check(AnnualReport previous, AnnualReport current, RuleContext context)
        {
            if (previous.Year == current.Year - 1)
            {
                return Compare(previous, current, ReportSide.Later, context);
            }

            if (previous.Year == current.Year + 1)
            {
                return Compare(current, previous, ReportSide.Earlier, context);
            }

            return RuleFindings.None;
        }

        /// <summary>Whether a report with an agency name and a year has what the rule compares.</summary>
        protected virtual bool Compares(AnnualReport document) => true;

        /// <summary>Compares the reports of two consecutive years, locating the findings in the report on <paramref name="side"/>.</summary>
        protected abstract IReadOnlyList<Finding> Compare(AnnualReport earlier, AnnualReport later, ReportSide side, RuleContext context);
    }
}
