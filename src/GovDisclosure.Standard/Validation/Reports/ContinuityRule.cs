using System.Collections.Generic;
using GovDisclosure.Standard.Reports;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-009 in a stream: compares each report with the last one of the same agency when their years are consecutive.</summary>
    internal sealed class ContinuityRule : DocumentPairRule<AnnualReport>
    {
        public static readonly ContinuityRule Instance = new ContinuityRule();

        private ContinuityRule()
            : base(AnnualReportContinuity.Descriptor)
        {
        }

        public override string? KeyOf(AnnualReport document) =>
            TextChecks.HasText(document.AgencyName) && document.Year != null ? ChineseText.Fold(document.AgencyName) : null;

        public override IEnumerable<Finding> Check(AnnualReport previous, AnnualReport current, RuleContext context)
        {
            if (previous.Year == current.Year - 1)
            {
                return AnnualReportContinuity.Check(previous, current, ReportSide.Later, context);
            }

            if (previous.Year == current.Year + 1)
            {
                return AnnualReportContinuity.Check(current, previous, ReportSide.Earlier, context);
            }

            return RuleFindings.None;
        }
    }
}
