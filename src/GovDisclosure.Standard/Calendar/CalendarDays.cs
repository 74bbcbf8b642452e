using System.Collections.Generic;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>
    /// What a <see cref="WorkingDayCalendar"/> looks days up in: each covered year's arrangement, and the days off and
    /// the make-up working days of all of them by day number.
    /// </summary>
    internal sealed class CalendarDays
    {
        /// <summary>Indexes the arrangements.</summary>
        /// <param name="years">Each year's arrangement, by year.</param>
        public CalendarDays(IReadOnlyDictionary<int, CalendarYear> years)
        {
            Years = years;
            foreach (CalendarYear year in years.Values)
            {
                foreach (HolidayPeriod holiday in year.Holidays)
                {
                    foreach (CalendarDate day in holiday.Days())
                    {
                        DaysOff.Add(day.DayNumber);
                    }
                }

                foreach (CalendarDate day in year.MakeUpWorkdays)
                {
                    MakeUpWorkdays.Add(day.DayNumber);
                }
            }
        }

        /// <summary>Each year's arrangement, by year.</summary>
        public IReadOnlyDictionary<int, CalendarYear> Years { get; }

        /// <summary>The statutory days off, by day number.</summary>
        public HashSet<int> DaysOff { get; } = new HashSet<int>();

        /// <summary>The weekend days made working days (调休), by day number.</summary>
        public HashSet<int> MakeUpWorkdays { get; } = new HashSet<int>();

        /// <summary>The covered years, ascending.</summary>
        public int[] Covered()
        {
            var covered = new int[Years.Count];
            int i = 0;
            foreach (int year in Years.Keys)
            {
                covered[i++] = year;
            }

            System.Array.Sort(covered);
            return covered;
        }
    }
}
