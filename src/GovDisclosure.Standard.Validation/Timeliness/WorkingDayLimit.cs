using System.Collections.Generic;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>Checks that something happened within a period of an event, on the working-day calendar.</summary>
    internal static class WorkingDayLimit
    {
        /// <summary>A finding when <paramref name="actual"/> is after the deadline, or a not-checkable finding when the calendar cannot tell.</summary>
        public static IEnumerable<Finding> Check(
            RuleDescriptor rule,
            RuleContext context,
            string pointer,
            CalendarDate eventDate,
            TimePeriod period,
            CalendarDate actual,
            BilingualText eventName,
            BilingualText actionName)
        {
            DisclosureDeadline deadline = context.Calendar.DeadlineFor(period, eventDate);
            if (!deadline.HasDate)
            {
                yield return NotCheckable(context, pointer, "outsideCalendar", actual.ToString(),
                    new FindingArgument("event", eventName.Chinese, eventName.English),
                    new FindingArgument("eventDate", eventDate.ToString()),
                    Period(period),
                    new FindingArgument("years", Years(context)),
                    new FindingArgument("action", actionName.Chinese, actionName.English));
                yield break;
            }

            CalendarDate due = deadline.Date!.Value;
            if (actual <= due)
            {
                yield break;
            }

            string late = context.Calendar.Covers(actual.Year)
                ? context.Calendar.WorkingDaysBetween(due, actual).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "?";
            bool provisional = deadline.Status == DeadlineStatus.Provisional;
            yield return RuleFindings.Create(rule, context, pointer, provisional ? "lateProvisional" : "late", actual.ToString(), new[]
            {
                new FindingArgument("action", actionName.Chinese, actionName.English),
                new FindingArgument("actual", actual.ToString()),
                new FindingArgument("event", eventName.Chinese, eventName.English),
                new FindingArgument("eventDate", eventDate.ToString()),
                Period(period),
                new FindingArgument("due", due.ToString()),
                new FindingArgument("late", late),
            });
        }

        /// <summary>A finding of GD-TIME-004 (not checkable), its message the template <paramref name="messageId"/> of that rule.</summary>
        public static Finding NotCheckable(RuleContext context, string pointer, string messageId, string? value, params FindingArgument[] arguments) =>
            RuleFindings.Create(NotCheckableRule.Rule.Descriptor, context, pointer, messageId, value, arguments);

        private static FindingArgument Period(TimePeriod period) =>
            new FindingArgument("period", period.ToString(), period.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " working days");

        private static string Years(RuleContext context)
        {
            IReadOnlyList<int> years = context.Calendar.CoveredYears;
            return years.Count == 0 ? "-" : years[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + years[years.Count - 1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
