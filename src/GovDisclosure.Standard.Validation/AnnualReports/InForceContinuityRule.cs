using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// GD-AR-015 in a stream: compares each 2021-format report with the last one of the same agency when their years are
    /// consecutive (<see cref="AnnualReportInForceContinuity"/>). Per agency it remembers the year and the two rows of
    /// 第二十条第（一）项, not the whole report.
    /// </summary>
    internal sealed class InForceContinuityRule : DocumentPairRule<AnnualReport>
    {
        public static readonly InForceContinuityRule Instance = new InForceContinuityRule();

        private InForceContinuityRule()
            : base(AnnualReportInForceContinuity.Descriptor)
        {
        }

        public override string? KeyOf(AnnualReport document) =>
            TextChecks.HasText(document.AgencyName) && document.Year != null && document.ProactiveDisclosure2021 != null ? ChineseText.Fold(document.AgencyName) : null;

        internal override AnnualReport Remembered(AnnualReport document) => new AnnualReport
        {
            Year = document.Year,
            AgencyName = document.AgencyName,
            ProactiveDisclosure2021 = AnnualReportInForceContinuity.Remembered(document),
        };

        public override IEnumerable<Finding> Check(AnnualReport previous, AnnualReport current, RuleContext context)
        {
            if (previous.Year == current.Year - 1)
            {
                return AnnualReportInForceContinuity.Check(previous, current, ReportSide.Later, context);
            }

            if (previous.Year == current.Year + 1)
            {
                return AnnualReportInForceContinuity.Check(current, previous, ReportSide.Earlier, context);
            }

            return RuleFindings.None;
        }
    }
}
