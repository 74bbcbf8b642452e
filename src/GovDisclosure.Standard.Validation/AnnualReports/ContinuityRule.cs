using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// GD-AR-009 in a stream: compares each report with the last one of the same agency when their
    /// years are consecutive. Per agency it remembers the year and the two carried rows (二、上年结转
    /// and 四、结转下年度继续办理), not the whole report: a few hundred bytes per agency instead of a
    /// few kilobytes, for a file of every agency of a province.
    /// </summary>
    internal sealed class ContinuityRule : ConsecutiveYearsRule
    {
        public static readonly ContinuityRule Instance = new ContinuityRule();

        private ContinuityRule()
            : base(AnnualReportContinuity.Descriptor)
        {
        }

        internal override AnnualReport Remembered(AnnualReport document) => new AnnualReport
        {
            Year = document.Year,
            AgencyName = document.AgencyName,
            Applications = document.Applications is null
                ? null
                : new ApplicationTable { CarriedOver = document.Applications.CarriedOver, CarriedForward = document.Applications.CarriedForward },
        };

        protected override IReadOnlyList<Finding> Compare(AnnualReport earlier, AnnualReport later, ReportSide side, RuleContext context) =>
            AnnualReportContinuity.Check(earlier, later, side, context);
    }
}
