using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// <c>--calendar FILE</c>: a year's holiday arrangement (the format of <c>catalog/calendars/*.json</c>)
    /// added to the shipped national calendar, so that a new year's State Council notice can be used
    /// without a new release.
    /// </summary>
    internal static class CalendarOption
    {
        public static Option<string[]> Create() => new Option<string[]>("--calendar")
        {
            Description = ToolLanguage.Say(
                "日历 JSON 文件（catalog/calendars/*.json 的格式），加入或替换内置全国日历中的一年；多年可重复给出。",
                "A calendar JSON file (format of catalog/calendars/*.json) to add to or replace a year of the shipped national calendar; repeat for several years."),
            Arity = ArgumentArity.ZeroOrMore,
        };

        /// <summary>The national calendar with the given files added; a bad file is a command failure naming it.</summary>
        public static WorkingDayCalendar Load(IReadOnlyList<string>? files)
        {
            if (files is null || files.Count == 0)
            {
                return WorkingDayCalendar.China;
            }

            try
            {
                return WorkingDayCalendar.China.WithFiles(files);
            }
            catch (FormatException e)
            {
                throw new CommandFailure("--calendar: " + e.Message);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CommandFailure("--calendar: " + e.Message);
            }
        }
    }
}
