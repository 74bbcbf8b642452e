using System;
using System.Collections.Generic;
using System.Globalization;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>
    /// GD-TIME-003: an annual report is published by its due date of the following year. Art. 49 sets
    /// 31 January for 县级以上人民政府部门 and 31 March for 县级以上地方人民政府 (published by its 信息公开工作主管部门);
    /// it sets none for 乡（镇）人民政府, 街道办事处 or other agencies, whose reports get GD-TIME-004 (information)
    /// unless a date is configured with <see cref="RuleSet.WithAnnualReportDue"/>.
    /// </summary>
    internal sealed class AnnualReportPublishedInTimeRule : DocumentRule<AnnualReport>
    {
        private static readonly string PublishedOnPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.PublishedOn)).Pointer;

        public static string RuleId => RuleDescriptors.AnnualReportPublishedInTime.Id;

        public static readonly AnnualReportPublishedInTimeRule Instance = new AnnualReportPublishedInTimeRule(new Dictionary<AgencyKind, Due>());

        private readonly IReadOnlyDictionary<AgencyKind, Due> configured;

        private AnnualReportPublishedInTimeRule(IReadOnlyDictionary<AgencyKind, Due> configured)
            : base(RuleDescriptors.AnnualReportPublishedInTime)
        {
            this.configured = configured;
        }

        /// <summary>A copy that holds reports of <paramref name="agencyKind"/> to <paramref name="month"/>-<paramref name="day"/> of the following year.</summary>
        public AnnualReportPublishedInTimeRule WithDue(AgencyKind agencyKind, int month, int day)
        {
            if (agencyKind is null)
            {
                throw new ArgumentNullException(nameof(agencyKind));
            }

            if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month))
            {
                throw new ArgumentException($"{month:00}-{day:00} is not a day of every year; give a month 1 to 12 and a day of that month (not 02-29).", nameof(day));
            }

            var copy = new Dictionary<AgencyKind, Due>();
            foreach (KeyValuePair<AgencyKind, Due> pair in configured)
            {
                copy[pair.Key] = pair.Value;
            }

            copy[agencyKind] = new Due(month, day);
            return new AnnualReportPublishedInTimeRule(copy);
        }

        /// <summary>The month and day of the following year Art. 49 sets for the kind, or <c>null</c> when it sets none.</summary>
        public static (int Month, int Day)? StatutoryDue(AgencyKind agencyKind) =>
            agencyKind == AgencyKind.GovernmentDepartment ? (1, 31)
            : agencyKind == AgencyKind.CityGovernment || agencyKind == AgencyKind.CountyGovernment || agencyKind == AgencyKind.ProvincialGovernment ? (3, 31)
            : ((int Month, int Day)?)null;

        /// <summary>The due date of a report of <paramref name="year"/> by an agency of <paramref name="kind"/>: the configured one, else Art. 49's, else <c>null</c>.</summary>
        internal CalendarDate? DueOf(int year, AgencyKind kind, out bool isConfigured)
        {
            isConfigured = configured.TryGetValue(kind, out Due? set);
            (int Month, int Day)? statutory = StatutoryDue(kind);
            return isConfigured ? new CalendarDate(year + 1, set!.Month, set.Day)
                : statutory is (int Month, int Day) date ? new CalendarDate(year + 1, date.Month, date.Day)
                : (CalendarDate?)null;
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            if (document.Year is null || document.PublishedOn is null || document.Year < 1 || document.Year > 9998)
            {
                yield break;
            }

            int year = document.Year.Value;
            CalendarDate published = document.PublishedOn.Value;
            if (document.AgencyKind is null)
            {
                if (published > new CalendarDate(year + 1, 1, 31))
                {
                    yield return WorkingDayLimit.NotCheckable(context, PublishedOnPointer, "agencyKindUnknown", published.ToString(), new FindingArgument("published", published.ToString()));
                }

                yield break;
            }

            AgencyKind kind = document.AgencyKind;
            FindingArgument agencyKind = KindArgument(kind, context);
            if (!(DueOf(year, kind, out bool isConfigured) is CalendarDate due))
            {
                yield return WorkingDayLimit.NotCheckable(context, PublishedOnPointer, "noStatutoryDate", published.ToString(),
                    new FindingArgument("published", published.ToString()),
                    agencyKind);
                yield break;
            }

            if (published > due)
            {
                yield return Report(context, PublishedOnPointer, "late", published.ToString(),
                    new FindingArgument("year", year.ToString(CultureInfo.InvariantCulture)),
                    new FindingArgument("published", published.ToString()),
                    agencyKind,
                    new FindingArgument("due", due.ToString()),
                    isConfigured
                        ? new FindingArgument("ground", "规则集配置的期限", "the due date configured in the rule set")
                        : new FindingArgument("ground", "条例第四十九条", "Article 49"));
            }
        }

        /// <summary>The agency kind as the finding names it, saying so where a reader inferred it from the agency's name.</summary>
        private static FindingArgument KindArgument(AgencyKind kind, RuleContext context)
        {
            string english = kind.EnglishName.ToLowerInvariant();
            foreach (ReadingNote note in context.Record?.ReadingNotes ?? Array.Empty<ReadingNote>())
            {
                if (note.Kind == ReadingNoteKind.AgencyKindInferred)
                {
                    return new FindingArgument("agencyKind", $"{kind.ChineseName}（由机关名称“{note.Value}”推断）", $"{english} (inferred from the agency's name {note.Value})");
                }
            }

            return new FindingArgument("agencyKind", kind.ChineseName, english);
        }

        private sealed record Due(int Month, int Day)
        {
            public override string ToString() => Month.ToString("00", CultureInfo.InvariantCulture) + "-" + Day.ToString("00", CultureInfo.InvariantCulture);
        }
    }
}
