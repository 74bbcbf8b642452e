using System;
using System.CommandLine;
using System.Linq;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>deadline DATE COUNT</c>: working-day (or calendar-day) arithmetic with China's statutory calendar.</summary>
    internal static class DeadlineCommand
    {
        public static Command Create()
        {
            var date = new Argument<string>("DATE") { Description = ToolLanguage.Say("起算日（事件发生当日），如 2024-09-27 或 2024年9月27日。", "The start date (the day of the event), e.g. 2024-09-27 or 2024年9月27日.") };
            var count = new Argument<int>("COUNT") { Description = ToolLanguage.Say("加上的天数。", "How many days to add.") };
            var unit = new Option<string>("--unit", "-u") { Description = ToolLanguage.Say("COUNT 的单位。", "Unit of COUNT."), DefaultValueFactory = _ => "working-days" };
            unit.AcceptOnlyFromAmong("working-days", "calendar-days");
            var plain = new Option<bool>("--no-next-working-day") { Description = ToolLanguage.Say("按自然日直接计算：期限最后一日为休息日时不顺延到下一个工作日（顺延是参照民法典第二百零三条的做法，不是条例的规定）。", "Count calendar days plainly: do not move a deadline that falls on a day off to the next working day (that move is a convention by analogy with 民法典第二百零三条, not a rule of the Regulations).") };
            Option<string[]> calendarFiles = CalendarOption.Create();
            var command = Help.Command("deadline", ToolLanguage.Say("计算期限：DATE 加 COUNT 个工作日（计入法定节假日和调休上班日）或自然日。", "Compute a deadline: DATE plus COUNT working days (statutory holidays and make-up workdays included) or calendar days."),
                ToolLanguage.Say(
                    "事件发生当日不计入。以自然日计的期限最后一日为休息日的，顺延到下一个工作日（参照民法典第二百零三条的做法；--no-next-working-day 取消顺延）。算到日历最后一年 12 月 20 日及以后的期限是暂定的，直到用 --calendar FILE 加入下一年的安排。日历年份以外的日期是错误（退出码 2）。",
                    "The day of the event is not counted. A calendar-day period ending on a day off ends on the next working day (a convention by analogy with 民法典第二百零三条; --no-next-working-day turns it off). A deadline counted into 20 December of the calendar's last year or later is provisional until the next year's arrangement is loaded with --calendar FILE. A date outside the calendar's years is an error (exit code 2)."),
                "govdisclosure deadline 2024-09-27 10",
                "govdisclosure deadline 2024-09-27 20 --unit calendar-days",
                "govdisclosure deadline 2026-12-01 20 --calendar 2027.json");
            command.Arguments.Add(date);
            command.Arguments.Add(count);
            command.Options.Add(unit);
            command.Options.Add(plain);
            command.Options.Add(calendarFiles);
            command.SetAction(result => CommandRunner.Run(() => Run(
                result.GetValue(date)!,
                result.GetValue(count),
                result.GetValue(unit) == "calendar-days",
                CalendarOption.Load(result.GetValue(calendarFiles)).WithCalendarDayDeadlinesRolledForward(!result.GetValue(plain)))));
            return command;
        }

        public static int Run(string dateText, int count, bool calendarDays, WorkingDayCalendar calendar)
        {
            if (!CalendarDate.TryParse(dateText, out CalendarDate start))
            {
                throw new CommandFailure($"'{dateText}' 不是日期；请写作 2024-09-27。", $"'{dateText}' is not a date; write it as 2024-09-27.");
            }

            if (count < 0)
            {
                throw new CommandFailure("COUNT 不能为负数。", "COUNT cannot be negative.");
            }

            if ((long)start.DayNumber + count > CalendarDate.FromDayNumber(3652058).DayNumber)
            {
                throw new CommandFailure($"{start} 加 {count} 日在 9999-12-31（可表示的最后一天）之后。", $"{start} + {count} days is after 9999-12-31, the last date there is.");
            }

            string covered = calendar.CoveredYears.Count == 0 ? ToolLanguage.Say("无", "none") : calendar.CoveredYears.Min() + "–" + calendar.CoveredYears.Max();
            CalendarDate end;
            if (calendarDays)
            {
                DisclosureDeadline deadline = calendar.DeadlineFor(TimePeriod.CalendarDays(count), start);
                if (!deadline.HasDate)
                {
                    throw new CommandFailure(
                        $"{start} 加 {count} 个自然日落在工作日日历未覆盖的年份（{covered}），无法判断最后一日是否为休息日。",
                        $"{start} + {count} calendar days ends in a year the working-day calendar does not cover ({covered}); whether the last day is a day off cannot be told.");
                }

                end = deadline.Date!.Value;
                CalendarDate plain = start.AddDays(count);
                Console.WriteLine(ToolLanguage.Say($"{start} + {count} 日 = {end}（{DayName(end)}）", $"{start} + {count} calendar days = {end} ({end.DayOfWeek})"));
                if (end != plain)
                {
                    Console.WriteLine(ToolLanguage.Say(
                        $"  {plain} 是休息日：期限顺延到下一个工作日（参照民法典第二百零三条的做法；--no-next-working-day 不顺延）。",
                        $"  {plain} is a day off: the period ends on the next working day (a convention by analogy with 民法典第二百零三条; --no-next-working-day counts plainly)."));
                }

                WriteProvisional(deadline, calendar);
                Console.WriteLine(calendar.RollsCalendarDayDeadlinesForward
                    ? CalendarUsed(plain.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), covered)
                    : ToolLanguage.Say("直接计算：未使用日历。", "Counted plainly: no calendar used."));
                return ExitCodes.Clean;
            }

            if (!calendar.Covers(start))
            {
                throw new CommandFailure($"{start} 在工作日日历（覆盖 {covered}）之外，无法从该日起算工作日。", $"{start} is outside the working-day calendar, which covers {covered}; working days cannot be counted from it.");
            }

            DisclosureDeadline working = calendar.DeadlineFor(TimePeriod.WorkingDays(count), start);
            if (!working.HasDate)
            {
                throw new CommandFailure($"{start} 加 {count} 个工作日超出了工作日日历的范围（{covered}）。", $"{start} + {count} working days runs past the end of the working-day calendar ({covered}).");
            }

            end = working.Date!.Value;
            Console.WriteLine(ToolLanguage.Say($"{start} + {count} 个工作日 = {end}（{DayName(end)}）", $"{start} + {count} working days = {end} ({end.DayOfWeek})"));
            WriteProvisional(working, calendar);
            int[] used = Enumerable.Range(start.Year, end.Year - start.Year + 1).ToArray();
            Console.WriteLine(CalendarUsed(string.Join(", ", used), covered));
            foreach (CalendarYear year in calendar.Years.Where(y => used.Contains(y.Year)))
            {
                foreach (HolidayPeriod holiday in year.Holidays.Where(h => h.End >= start && h.Start <= end))
                {
                    Console.WriteLine(ToolLanguage.Say($"  跳过节假日：{holiday.Name} {holiday.Start}–{holiday.End}", $"  skipped holiday: {holiday.Name} {holiday.Start}–{holiday.End}"));
                }

                foreach (CalendarDate workday in year.MakeUpWorkdays.Where(d => d > start && d <= end))
                {
                    Console.WriteLine(ToolLanguage.Say($"  计入调休上班日：{workday}（{DayName(workday)}）", $"  counted make-up workday: {workday} ({workday.DayOfWeek})"));
                }
            }

            return ExitCodes.Clean;
        }

        private static string CalendarUsed(string years, string covered) => ToolLanguage.Say(
            $"所用日历：{years}（中国，国务院办公厅放假安排通知；覆盖 {covered} 年）。",
            $"Calendar used: {years} (China, State Council holiday notices; covered years {covered}).");

        private static string DayName(CalendarDate date) => "星期" + "日一二三四五六"[(int)date.DayOfWeek];

        private static void WriteProvisional(DisclosureDeadline deadline, WorkingDayCalendar calendar)
        {
            if (deadline.Status == DeadlineStatus.Provisional)
            {
                Console.WriteLine(ToolLanguage.Say(
                    $"  暂定：计算到了 {calendar.ProvisionalFrom} 或以后，下一年的放假通知仍可能调整 12 月下旬的日子；发布后用 --calendar FILE 加入。",
                    $"  provisional: the count reaches {calendar.ProvisionalFrom} or later, and next year's holiday notice may still move late-December days; load it with --calendar FILE."));
            }
        }
    }
}
