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
            var date = new Argument<string>("DATE") { Description = "The start date (the day of the event), e.g. 2024-09-27 or 2024年9月27日." };
            var count = new Argument<int>("COUNT") { Description = "How many days to add." };
            var unit = new Option<string>("--unit", "-u") { Description = "Unit of COUNT.", DefaultValueFactory = _ => "working-days" };
            unit.AcceptOnlyFromAmong("working-days", "calendar-days");
            var plain = new Option<bool>("--no-next-working-day") { Description = "Count calendar days plainly: do not move a deadline that falls on a day off to the next working day (that move is a convention by analogy with 民法典第二百零三条, not a rule of the Regulations)." };
            Option<string[]> calendarFiles = CalendarOption.Create();
            var command = Help.Command("deadline", "Compute a deadline: DATE plus COUNT working days (statutory holidays and make-up workdays included) or calendar days. 计算工作日期限。",
                "The day of the event is not counted. A calendar-day period ending on a day off ends on the next working day (a convention by analogy with 民法典第二百零三条; --no-next-working-day turns it off). A deadline counted into 20 December of the calendar's last year or later is provisional until the next year's arrangement is loaded with --calendar FILE. A date outside the calendar's years is an error (exit code 2).",
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
                throw new CommandFailure($"'{dateText}' is not a date; write it as 2024-09-27.");
            }

            if (count < 0)
            {
                throw new CommandFailure("COUNT cannot be negative.");
            }

            if ((long)start.DayNumber + count > CalendarDate.FromDayNumber(3652058).DayNumber)
            {
                throw new CommandFailure($"{start} + {count} days is after 9999-12-31, the last date there is.");
            }

            string covered = calendar.CoveredYears.Count == 0 ? "none" : calendar.CoveredYears.Min() + "–" + calendar.CoveredYears.Max();
            CalendarDate end;
            if (calendarDays)
            {
                DisclosureDeadline deadline = calendar.DeadlineFor(TimePeriod.CalendarDays(count), start);
                if (!deadline.HasDate)
                {
                    throw new CommandFailure($"{start} + {count} calendar days ends in a year the working-day calendar does not cover ({covered}); whether the last day is a day off cannot be told.");
                }

                end = deadline.Date!.Value;
                CalendarDate plain = start.AddDays(count);
                Console.WriteLine($"{start} + {count} 日 (calendar days) = {end} ({end.DayOfWeek})");
                if (end != plain)
                {
                    Console.WriteLine($"  {plain} is a day off: the period ends on the next working day (a convention by analogy with 民法典第二百零三条; --no-next-working-day counts plainly).");
                }

                WriteProvisional(deadline, calendar);
                Console.WriteLine(calendar.RollsCalendarDayDeadlinesForward
                    ? $"Calendar used: {plain.Year} (China, State Council holiday notices; covered years {covered})."
                    : "Counted plainly: no calendar used.");
                return ExitCodes.Clean;
            }

            if (!calendar.Covers(start))
            {
                throw new CommandFailure($"{start} is outside the working-day calendar, which covers {covered}; working days cannot be counted from it.");
            }

            DisclosureDeadline working = calendar.DeadlineFor(TimePeriod.WorkingDays(count), start);
            if (!working.HasDate)
            {
                throw new CommandFailure($"{start} + {count} working days runs past the end of the working-day calendar ({covered}).");
            }

            end = working.Date!.Value;
            Console.WriteLine($"{start} + {count} 个工作日 (working days) = {end} ({end.DayOfWeek})");
            WriteProvisional(working, calendar);
            int[] used = Enumerable.Range(start.Year, end.Year - start.Year + 1).ToArray();
            Console.WriteLine($"Calendar used: {string.Join(", ", used)} (China, State Council holiday notices; covered years {covered}).");
            foreach (CalendarYear year in calendar.Years.Where(y => used.Contains(y.Year)))
            {
                foreach (HolidayPeriod holiday in year.Holidays.Where(h => h.End >= start && h.Start <= end))
                {
                    Console.WriteLine($"  skipped holiday: {holiday.Name} {holiday.Start}–{holiday.End}");
                }

                foreach (CalendarDate workday in year.MakeUpWorkdays.Where(d => d > start && d <= end))
                {
                    Console.WriteLine($"  counted make-up workday: {workday} ({workday.DayOfWeek})");
                }
            }

            return ExitCodes.Clean;
        }

        private static void WriteProvisional(DisclosureDeadline deadline, WorkingDayCalendar calendar)
        {
            if (deadline.Status == DeadlineStatus.Provisional)
            {
                Console.WriteLine($"  暂定 (provisional): the count reaches {calendar.ProvisionalFrom} or later, and next year's holiday notice may still move late-December days; load it with --calendar FILE.");
            }
        }
    }
}
