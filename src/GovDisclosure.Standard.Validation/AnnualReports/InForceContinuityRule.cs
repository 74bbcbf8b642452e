using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// GD-AR-015 in a stream: compares each 2021-format report with the last one of the same agency when their years are
    /// consecutive (<see cref="AnnualReportInForceContinuity"/>). Per agency it remembers the year and the two rows of
    /// 第二十条第（一）项, not the whole report.
    /// </summary>
    internal sealed class InForceContinuityRule : ConsecutiveYearsRule
    {
        public static readonly InForceContinuityRule Instance = new InForceContinuityRule();

        private InForceContinuityRule()
            : base(AnnualReportInForceContinuity.Descriptor)
        {
        }

        internal override AnnualReport Remembered(AnnualReport document) => new AnnualReport
        {
            Year = document.Year,
            AgencyName = document.AgencyName,
            ProactiveDisclosure2021 = AnnualReportInForceContinuity.Remembered(document),
        };

        protected override bool Compares(AnnualReport document) => document.ProactiveDisclosure2021 != null;

        protected override IReadOnlyList<Finding> Compare(AnnualReport earlier, AnnualReport later, ReportSide side, RuleContext context) =>
            AnnualReportInForceContinuity.Check(earlier, later, side, context);
    }
}
