using System;
using System.Globalization;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>
    /// A date without a time of day or a time zone, as documents write it (e.g. 生成日期, 决定日期).
    /// The same type on every target framework; converts to <see cref="DateTime"/> and, on .NET 6
    /// and later, to <c>DateOnly</c>. Its text form is ISO 8601, <c>yyyy-MM-dd</c>.
    /// </summary>
    public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>, IComparable
    {
        private readonly int dayNumber;

        /// <summary>Creates a date.</summary>
        /// <param name="year">1 to 9999.</param>
        /// <param name="month">1 to 12.</param>
        /// <param name="day">1 to the month's last day.</param>
        /// <exception cref="ArgumentOutOfRangeException">The parts do not form a date.</exception>
        public CalendarDate(int year, int month, int day)
        {
            dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);
        }

        private CalendarDate(int dayNumber)
        {
            this.dayNumber = dayNumber;
        }

        /// <summary>The year.</summary>
        public int Year => ToDateTime().Year;

        /// <summary>The month, 1 to 12.</summary>
        public int Month => ToDateTime().Month;

        /// <summary>The day of the month.</summary>
        public int Day => ToDateTime().Day;

        /// <summary>The day of the week.</summary>
        public DayOfWeek DayOfWeek => (DayOfWeek)((dayNumber + 1) % 7);

        /// <summary><c>true</c> on Saturdays and Sundays.</summary>
        public bool IsWeekend => DayOfWeek == DayOfWeek.Saturday || DayOfWeek == DayOfWeek.Sunday;

        /// <summary>Days since 0001-01-01.</summary>
        public int DayNumber => dayNumber;

        /// <summary>The date from a day number (days since 0001-01-01).</summary>
        /// <param name="dayNumber">0 to 3,652,058.</param>
        public static CalendarDate FromDayNumber(int dayNumber)
        {
            if (dayNumber < 0 || dayNumber > 3652058)
            {
                throw new ArgumentOutOfRangeException(nameof(dayNumber), dayNumber, "Outside 0001-01-01 to 9999-12-31.");
            }

            return new CalendarDate(dayNumber);
        }

        /// <summary>The date part of a <see cref="DateTime"/>.</summary>
        /// <param name="dateTime">Any date and time; the time of day is ignored.</param>
        public static CalendarDate FromDateTime(DateTime dateTime) => new CalendarDate((int)(dateTime.Date.Ticks / TimeSpan.TicksPerDay));

        /// <summary>Midnight at the start of this date, of unspecified kind.</summary>
        public DateTime ToDateTime() => new DateTime(dayNumber * TimeSpan.TicksPerDay);

#if NET6_0_OR_GREATER
        /// <summary>The same date as a <see cref="DateOnly"/>.</summary>
        public DateOnly ToDateOnly() => DateOnly.FromDayNumber(dayNumber);

        /// <summary>The same date from a <see cref="DateOnly"/>.</summary>
        /// <param name="date">The date.</param>
        public static CalendarDate FromDateOnly(DateOnly date) => new CalendarDate(date.DayNumber);
#endif

        /// <summary>The date <paramref name="days"/> calendar days later (earlier when negative).</summary>
        /// <param name="days">Calendar days to add.</param>
        public CalendarDate AddDays(int days) => FromDayNumber(checked(dayNumber + days));

        /// <summary>
        /// Parses ISO <c>yyyy-MM-dd</c>, and the forms exports use: <c>yyyy/M/d</c>, <c>yyyy.M.d</c>,
        /// <c>yyyyMMdd</c> and <c>yyyy年M月d日</c>. A time part after the date (<c>T…</c> or a space) is ignored.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="date">The date, when the text is one.</param>
        public static bool TryParse(string? text, out CalendarDate date)
        {
            date = default;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            string s = text!.Trim().Normalize(System.Text.NormalizationForm.FormKC);
            int cut = s.IndexOfAny(new[] { 'T', ' ' });
            if (cut > 0)
            {
                s = s.Substring(0, cut);
            }

            if (s.Length == 8 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                s = s.Substring(0, 4) + "-" + s.Substring(4, 2) + "-" + s.Substring(6, 2);
            }

            string[] parts = s.TrimEnd('日').Split('-', '/', '.', '年', '月');
            if (parts.Length != 3 || parts[0].Length != 4)
            {
                return false;
            }

            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
                || parts[1].Length > 2 || parts[2].Length > 2
                || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new CalendarDate(year, month, day);
            return true;
        }

        /// <summary>Parses like <see cref="TryParse"/>, throwing when the text is not a date.</summary>
        /// <param name="text">The text.</param>
        /// <exception cref="FormatException">The text is not a date in a known form.</exception>
        public static CalendarDate Parse(string text) =>
            TryParse(text, out CalendarDate date) ? date : throw new FormatException($"'{text}' is not a date (expected yyyy-MM-dd).");

        /// <summary>ISO 8601: <c>yyyy-MM-dd</c>.</summary>
        public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public bool Equals(CalendarDate other) => dayNumber == other.dayNumber;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => dayNumber;

        /// <inheritdoc />
        public int CompareTo(CalendarDate other) => dayNumber.CompareTo(other.dayNumber);

        /// <inheritdoc />
        public int CompareTo(object? obj) => obj is CalendarDate other ? CompareTo(other) : throw new ArgumentException("Not a CalendarDate.", nameof(obj));

        /// <summary>Equal dates.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

        /// <summary>Different dates.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

        /// <summary>Earlier.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        public static bool operator <(CalendarDate left, CalendarDate right) => left.dayNumber < right.dayNumber;

        /// <summary>Later.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        public static bool operator >(CalendarDate left, CalendarDate right) => left.dayNumber > right.dayNumber;

        /// <summary>Earlier or the same.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        public static bool operator <=(CalendarDate left, CalendarDate right) => left.dayNumber <= right.dayNumber;

        /// <summary>Later or the same.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        public static bool operator >=(CalendarDate left, CalendarDate right) => left.dayNumber >= right.dayNumber;

        /// <summary>Calendar days from <paramref name="right"/> to <paramref name="left"/>.</summary>
        /// <param name="left">The later date.</param>
        /// <param name="right">The earlier date.</param>
        public static int operator -(CalendarDate left, CalendarDate right) => left.dayNumber - right.dayNumber;
    }
}
