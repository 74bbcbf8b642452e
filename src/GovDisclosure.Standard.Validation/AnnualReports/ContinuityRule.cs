using System;
using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

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
            : base(RuleDescriptors.ReportContinuity)
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
            Check(earlier, later, side, context);

        /// <summary>Compares two reports of consecutive years, locating the findings in the report on <paramref name="side"/> (<see cref="AnnualReportContinuity"/>).</summary>
        internal static IReadOnlyList<Finding> Check(AnnualReport earlier, AnnualReport later, ReportSide side, RuleContext context)
        {
            if (earlier is null)
            {
                throw new ArgumentNullException(nameof(earlier));
            }

            if (later is null)
            {
                throw new ArgumentNullException(nameof(later));
            }

            if (earlier.Year is null || later.Year != earlier.Year + 1)
            {
                throw new ArgumentException($"The reports are not for consecutive years ({earlier.Year?.ToString() ?? "?"} and {later.Year?.ToString() ?? "?"}).", nameof(later));
            }

            var findings = new List<Finding>();
            ApplicantCounts? forward = earlier.Applications?.CarriedForward;
            ApplicantCounts? over = later.Applications?.CarriedOver;
            if (forward is null || over is null)
            {
                return findings;
            }

            int yearN = earlier.Year.Value;
            foreach (ReportTable.Column column in ReportTable.Columns)
            {
                int? a = column.Get(forward);
                int? b = column.Get(over);
                if (a is null || b is null || a == b)
                {
                    continue;
                }

                string pointer = JsonPointer.Append(side == ReportSide.Later ? ReportTable.CarriedOverPointer : ReportTable.CarriedForwardPointer, column.Key);
                int shown = side == ReportSide.Later ? b.Value : a.Value;
                findings.Add(RuleFindings.Create(RuleDescriptors.ReportContinuity, context, pointer, "default", shown.ToString(System.Globalization.CultureInfo.InvariantCulture), new[]
                {
                    new FindingArgument("column", column.Chinese, column.English),
                    new FindingArgument("columnKey", column.Key),
                    new FindingArgument("year", yearN.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("nextYear", (yearN + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("carriedForward", a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FindingArgument("carriedOver", b.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                }));
            }

            return findings;
        }
    }
}
