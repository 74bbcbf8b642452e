using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Tests.Calendar
{
    public sealed class CalendarDateTests
    {
        private static readonly Gen<CalendarDate> Dates = Gen.Choose(0, 3652058).Select(CalendarDate.FromDayNumber);

        [Property]
        public Property Iso_text_round_trips()
        {
            return Prop.ForAll(Dates.ToArbitrary(), d => CalendarDate.Parse(d.ToString()) == d);
        }

        [Property]
        public Property Parts_and_weekday_agree_with_DateTime()
        {
            return Prop.ForAll(Dates.ToArbitrary(), d =>
            {
                DateTime t = d.ToDateTime();
                return d.Year == t.Year && d.Month == t.Month && d.Day == t.Day && d.DayOfWeek == t.DayOfWeek && CalendarDate.FromDateTime(t) == d;
            });
        }

        [Property]
        public Property Adding_days_and_subtracting_dates_are_inverse()
        {
            return Prop.ForAll(Gen.Choose(1000, 3000000).Select(CalendarDate.FromDayNumber).ToArbitrary(), Gen.Choose(-500, 500).ToArbitrary(), (d, n) => d.AddDays(n) - d == n);
        }

        [Theory]
        [InlineData("2024-03-05")]
        [InlineData("2024/3/5")]
        [InlineData("2024.03.05")]
        [InlineData("20240305")]
        [InlineData("2024年3月5日")]
        [InlineData("2024-03-05T09:30:00")]
        [InlineData(" ２０２４-０３-０５ ")]
        public void Export_date_forms_parse(string text)
        {
            Assert.Equal(new CalendarDate(2024, 3, 5), CalendarDate.Parse(text));
        }

        [Theory]
        [InlineData("2024-02-30")]
        [InlineData("24-03-05")]
        [InlineData("2024-3")]
        [InlineData("yesterday")]
        [InlineData("")]
        public void Non_dates_are_refused(string text)
        {
            Assert.False(CalendarDate.TryParse(text, out _));
        }
    }
}
