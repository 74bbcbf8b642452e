using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>
    /// One year's holiday arrangement (节假日安排) as the State Council's notice (or a regional one)
    /// sets it: the days off and the weekend days that are working days (调休上班). One file under
    /// <c>catalog/calendars/</c>.
    /// </summary>
    public sealed record CalendarYear
    {
        /// <summary>Creates a year's arrangement.</summary>
        /// <param name="year">The year the notice is for.</param>
        /// <param name="holidays">The days off; a period may reach into the previous year (2023's 元旦 starts 2022-12-31).</param>
        /// <param name="makeUpWorkdays">Weekend days that are working days.</param>
        public CalendarYear(int year, IReadOnlyList<HolidayPeriod> holidays, IReadOnlyList<CalendarDate> makeUpWorkdays)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "Not a year.");
            }

            Year = year;
            Holidays = holidays ?? throw new ArgumentNullException(nameof(holidays));
            MakeUpWorkdays = makeUpWorkdays ?? throw new ArgumentNullException(nameof(makeUpWorkdays));
        }

        /// <summary>The year the arrangement is for.</summary>
        public int Year { get; }

        /// <summary>Where the arrangement applies: <c>null</c> for the whole country, else the region's name (e.g. 湖北省).</summary>
        public string? Region { get; init; }

        /// <summary>The notice that sets the arrangement (e.g. 国务院办公厅关于2024年部分节假日安排的通知).</summary>
        public string? Notice { get; init; }

        /// <summary><c>true</c> when the data was checked against the notice.</summary>
        public bool Verified { get; init; }

        /// <summary>What the data was checked against.</summary>
        public string? Note { get; init; }

        /// <summary>The days off (放假).</summary>
        public IReadOnlyList<HolidayPeriod> Holidays { get; }

        /// <summary>Weekend days that are working days (调休上班).</summary>
        public IReadOnlyList<CalendarDate> MakeUpWorkdays { get; }
    }
}
