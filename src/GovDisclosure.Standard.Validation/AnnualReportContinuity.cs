using System;
using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The check across an agency's reports for two consecutive years (年度衔接): per column of
    /// table 三, 四、结转下年度继续办理 of year N equals 二、上年结转 of year N+1. Blank cells are not
    /// compared. <see cref="DisclosureValidator"/> runs it over a stream whenever two reports of the
    /// same agency for consecutive years meet.
    /// </summary>
    public static class AnnualReportContinuity
    {
        /// <summary>GD-AR-009: the rule this check reports under.</summary>
        public static RuleDescriptor Descriptor => ContinuityRule.Instance.Descriptor;

        /// <summary>Compares two reports of consecutive years; the findings are located in <paramref name="later"/> (its row 二).</summary>
        /// <param name="earlier">The report for year N.</param>
        /// <param name="later">The report for year N+1.</param>
        /// <exception cref="ArgumentException">The reports are not for consecutive years.</exception>
        public static IReadOnlyList<Finding> Check(AnnualReport earlier, AnnualReport later) =>
            Check(earlier, later, ReportSide.Later, new RuleContext(Calendar.WorkingDayCalendar.Empty));

        /// <summary>Compares two reports of consecutive years, locating the findings in the report on <paramref name="side"/>.</summary>
        /// <param name="earlier">The report for year N.</param>
        /// <param name="later">The report for year N+1.</param>
        /// <param name="side">The report the findings point into: the later one's row 二, or the earlier one's row 四.</param>
        /// <param name="context">The context of that report's record.</param>
        /// <exception cref="ArgumentException">The reports are not for consecutive years.</exception>
        public static IReadOnlyList<Finding> Check(AnnualReport earlier, AnnualReport later, ReportSide side, RuleContext context) =>
            ContinuityRule.Check(earlier, later, side, context);
    }
}
