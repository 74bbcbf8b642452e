using System.Collections.Generic;
using GovDisclosure.Standard.Calendar;

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
                yield return NotCheckable(context, pointer, new BilingualText(
                    $"{eventName.Chinese}为 {eventDate}，{period}的期限要用到工作日日历未覆盖的年份（日历覆盖 {Years(context)}），无法核验{actionName.Chinese}是否及时。",
                    $"The {eventName.English} was on {eventDate}; a deadline of {period.Count} working days needs a year the working-day calendar does not cover (it covers {Years(context)}), so whether the {actionName.English} was in time cannot be checked."),
                    actual.ToString());
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
            yield return RuleFindings.Create(rule, context, pointer, new BilingualText(
                $"{actionName.Chinese}日期 {actual} 晚于期限：{eventName.Chinese} {eventDate} 起{period}内，即最迟 {due}（逾期 {late} 个工作日）。"
                    + (provisional ? "该期限跨越日历最后一年年底，次年放假安排可能调整，暂定。" : string.Empty),
                $"The {actionName.English} on {actual} is late: within {period.Count} working days of the {eventName.English} on {eventDate} means by {due} ({late} working days late)."
                    + (provisional ? " The deadline is provisional: it runs into the end of the calendar's last year, which next year's holiday notice may change." : string.Empty)),
                actual.ToString());
        }

        public static Finding NotCheckable(RuleContext context, string pointer, BilingualText message, string? value) =>
            RuleFindings.Create(NotCheckableRule.Rule.Descriptor, context, pointer, message, value);

        private static string Years(RuleContext context)
        {
            IReadOnlyList<int> years = context.Calendar.CoveredYears;
            return years.Count == 0 ? "-" : years[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + years[years.Count - 1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
