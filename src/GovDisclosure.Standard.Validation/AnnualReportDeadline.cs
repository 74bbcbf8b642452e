using System;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.Timeliness;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// An annual report's due date and whether it was met (年度报告公布期限), told as GD-TIME-003 and GD-TIME-004 tell it:
    /// Art. 49 of the Regulations gives 31 January of the following year to 县级以上人民政府部门 and 31 March to
    /// 县级以上地方人民政府; a rule set may configure a date for a kind the Regulations give none
    /// (<see cref="RuleSet.WithAnnualReportDue"/>). A report of unknown agency kind published by 31 January is in time
    /// whatever its kind.
    /// </summary>
    public sealed record AnnualReportDeadline
    {
        private AnnualReportDeadline(AnnualReportTimeliness result, CalendarDate? due, bool configured)
        {
            Result = result;
            Due = due;
            Configured = configured;
        }

        /// <summary>Met, missed, or cannot be said.</summary>
        public AnnualReportTimeliness Result { get; }

        /// <summary>The due date, or <c>null</c> where the report's year or agency kind gives none.</summary>
        public CalendarDate? Due { get; }

        /// <summary><c>true</c> when <see cref="Due"/> is the rule set's configured date, not Art. 49's.</summary>
        public bool Configured { get; }

        /// <summary>The deadline of <paramref name="report"/> under <paramref name="rules"/> (the due dates its GD-TIME-003 carries).</summary>
        /// <param name="report">The report: its year, agency kind and publication date are read.</param>
        /// <param name="rules">The rule set; <see cref="RuleSet.Standard"/> (Art. 49 only) when <c>null</c>.</param>
        /// <returns>The deadline.</returns>
        public static AnnualReportDeadline Of(AnnualReport report, RuleSet? rules = null)
        {
            if (report is null)
            {
                throw new ArgumentNullException(nameof(report));
            }

            AnnualReportPublishedInTimeRule rule = (rules ?? RuleSet.Standard).Find(AnnualReportPublishedInTimeRule.RuleId) as AnnualReportPublishedInTimeRule
                ?? AnnualReportPublishedInTimeRule.Instance;
            if (report.Year is null || report.Year < 1 || report.Year > 9998)
            {
                return new AnnualReportDeadline(AnnualReportTimeliness.NotCheckable, null, false);
            }

            int year = report.Year.Value;
            bool configured = false;
            CalendarDate? due = report.AgencyKind is AgencyKind kind ? rule.DueOf(year, kind, out configured) : null;
            if (report.PublishedOn is not CalendarDate published)
            {
                return new AnnualReportDeadline(AnnualReportTimeliness.NotCheckable, due, configured);
            }

            if (report.AgencyKind is null)
            {
                // The earliest due date of any kind is 31 January: a report published by then is in time whatever its kind.
                return new AnnualReportDeadline(published <= new CalendarDate(year + 1, 1, 31) ? AnnualReportTimeliness.InTime : AnnualReportTimeliness.NotCheckable, null, false);
            }

            return due is CalendarDate date
                ? new AnnualReportDeadline(published > date ? AnnualReportTimeliness.Late : AnnualReportTimeliness.InTime, date, configured)
                : new AnnualReportDeadline(AnnualReportTimeliness.NotCheckable, null, false);
        }
    }
}
