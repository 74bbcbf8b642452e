using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>
    /// A working-day question about a date in a year the calendar has no holiday data for. The
    /// library never guesses from weekends alone: 2027's arrangement, for example, is not yet announced.
    /// </summary>
    public sealed class CalendarNotCoveredException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="date">The date that is not covered.</param>
        /// <param name="coveredYears">The years the calendar covers.</param>
        public CalendarNotCoveredException(CalendarDate date, IReadOnlyList<int> coveredYears)
            : base($"The working-day calendar has no data for {date.Year} (needed for {date}); it covers {Describe(coveredYears)}. Load that year's holiday arrangement with WorkingDayCalendar.With.")
        {
            Date = date;
            CoveredYears = coveredYears;
        }

        /// <summary>The date that is not covered.</summary>
        public CalendarDate Date { get; }

        /// <summary>The years the calendar covers.</summary>
        public IReadOnlyList<int> CoveredYears { get; }

        private static string Describe(IReadOnlyList<int> years) =>
            years.Count == 0 ? "no years" : string.Join(", ", years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
