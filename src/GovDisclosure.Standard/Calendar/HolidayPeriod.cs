using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>A run of statutory days off (放假), e.g. 春节 2024-02-10 to 2024-02-17, both inclusive.</summary>
    public sealed record HolidayPeriod
    {
        /// <summary>Creates a holiday period.</summary>
        /// <param name="name">The holiday's Chinese name, e.g. 春节.</param>
        /// <param name="start">The first day off.</param>
        /// <param name="end">The last day off; not before <paramref name="start"/>.</param>
        public HolidayPeriod(string name, CalendarDate start, CalendarDate end)
        {
            if (end < start)
            {
                throw new ArgumentException($"Holiday '{name}' ends ({end}) before it starts ({start}).", nameof(end));
            }

            Name = name ?? throw new ArgumentNullException(nameof(name));
            Start = start;
            End = end;
        }

        /// <summary>The holiday's Chinese name (节日名称).</summary>
        public string Name { get; }

        /// <summary>The first day off.</summary>
        public CalendarDate Start { get; }

        /// <summary>The last day off (inclusive).</summary>
        public CalendarDate End { get; }

        /// <summary>Every day of the period.</summary>
        public IEnumerable<CalendarDate> Days()
        {
            for (CalendarDate day = Start; day <= End; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }
}
