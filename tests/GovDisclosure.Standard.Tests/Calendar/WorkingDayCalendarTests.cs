using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Tests.Calendar
{
    public sealed class WorkingDayCalendarTests
    {
        private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

        private static readonly Gen<CalendarDate> CoveredDates =
            Gen.Choose(new CalendarDate(2020, 1, 1).DayNumber, new CalendarDate(2026, 10, 31).DayNumber).Select(CalendarDate.FromDayNumber);

        [Fact]
        public void The_shipped_calendar_covers_2020_to_2026()
        {
            Assert.Equal(Enumerable.Range(2020, 7), China.CoveredYears);
            Assert.All(China.Years, y => Assert.True(y.Verified));
        }

        [Fact]
        public void The_shipped_calendar_s_years_known_from_its_resource_names_are_the_years_its_files_hold()
        {
            // The years are known before the files are read (a run that counts no working day never reads them).
            Assert.Equal(China.CoveredYears, China.Years.Select(y => y.Year));
            Assert.Equal(China.CoveredYears, China.With(China.Years.First()).CoveredYears);
        }

        [Theory]
        [InlineData("2024-02-04", true)]   // Sunday made a working day for the Spring Festival
        [InlineData("2024-02-12", false)]  // Monday inside the Spring Festival holiday
        [InlineData("2024-02-19", true)]   // ordinary Monday
        [InlineData("2024-02-24", false)]  // ordinary Saturday
        [InlineData("2022-12-31", false)]  // 2023's New Year holiday starts in 2022
        [InlineData("2020-02-01", false)]  // make-up day cancelled by the 2020 extension
        [InlineData("2020-01-31", false)]  // extended Spring Festival
        [InlineData("2026-02-28", true)]   // Saturday made a working day
        [InlineData("2026-10-07", false)]  // National Day holiday
        public void Statutory_holidays_and_make_up_workdays_decide_working_days(string date, bool working)
        {
            Assert.Equal(working, China.IsWorkingDay(CalendarDate.Parse(date)));
        }

        [Fact]
        public void Twenty_working_days_from_a_decision_skip_the_national_day_holiday()
        {
            // 2024-09-27 (Fri) + 20 working days: 09-29 (Sun) is a make-up workday, 10-01..07 are off, 10-12 (Sat) works.
            // Counted by hand: 09-29, 09-30, 10-08 … 10-12 (7th), 10-14 … 10-30 (20th).
            Assert.Equal(new CalendarDate(2024, 10, 30), China.AddWorkingDays(new CalendarDate(2024, 9, 27), 20));
        }

        [Fact]
        public void The_day_of_the_event_is_not_counted()
        {
            Assert.Equal(new CalendarDate(2024, 3, 5), China.AddWorkingDays(new CalendarDate(2024, 3, 4), 1));
            Assert.Equal(new CalendarDate(2024, 3, 4), China.AddWorkingDays(new CalendarDate(2024, 3, 4), 0));
        }

        [Property]
        public Property Adding_working_days_lands_on_a_working_day()
        {
            return Prop.ForAll(CoveredDates.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (start, n) => China.IsWorkingDay(China.AddWorkingDays(start, n)));
        }

        [Property]
        public Property Working_days_between_inverts_adding_working_days()
        {
            return Prop.ForAll(CoveredDates.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (start, n) => China.WorkingDaysBetween(start, China.AddWorkingDays(start, n)) == n);
        }

        [Property]
        public Property Adding_more_working_days_never_gives_an_earlier_date()
        {
            return Prop.ForAll(CoveredDates.ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (start, a, b) =>
                (a <= b) == (China.AddWorkingDays(start, a) <= China.AddWorkingDays(start, b)) || a == b);
        }

        [Property]
        public Property Working_days_between_is_antisymmetric()
        {
            return Prop.ForAll(CoveredDates.ToArbitrary(), CoveredDates.ToArbitrary(), (a, b) => China.WorkingDaysBetween(a, b) == -China.WorkingDaysBetween(b, a));
        }

        [Fact]
        public void A_count_that_runs_into_an_unannounced_year_is_not_covered_never_guessed()
        {
            var start = new CalendarDate(2026, 12, 24);

            Assert.Throws<CalendarNotCoveredException>(() => China.AddWorkingDays(start, 10));
            Assert.False(China.TryAddWorkingDays(start, 10, out _));
            CalendarNotCoveredException error = Assert.Throws<CalendarNotCoveredException>(() => China.IsWorkingDay(new CalendarDate(2027, 1, 4)));
            Assert.Equal(2027, error.Date.Year);
            Assert.Contains("2027", error.Message);
            Assert.Equal(DeadlineStatus.NotCovered, China.DeadlineFor(TimePeriod.WorkingDays(10), start).Status);
        }

        [Fact]
        public void Deadlines_follow_the_time_limit_wording()
        {
            var formed = new CalendarDate(2025, 4, 30);

            DisclosureDeadline working = DisclosureTimeLimit.Parse("信息形成之日起20个工作日内").DeadlineFor(formed, China);
            DisclosureDeadline calendarDays = DisclosureTimeLimit.Parse("部门预算经本级财政部门批复后20日内公开").DeadlineFor(formed, China);

            Assert.Equal(DeadlineStatus.Computed, working.Status);
            Assert.Equal(China.AddWorkingDays(formed, 20), working.Date);
            Assert.Equal(formed.AddDays(20), calendarDays.Date); // 2025-05-20, a Tuesday
            Assert.Equal(DeadlineStatus.NoFixedPeriod, DisclosureTimeLimit.Parse("实时公开").DeadlineFor(formed, China).Status);
            Assert.Equal(DeadlineStatus.NotUnderstood, DisclosureTimeLimit.Parse("视情况公开").DeadlineFor(formed, China).Status);
        }

        [Fact]
        public void A_calendar_day_period_ending_on_a_holiday_ends_on_the_next_working_day()
        {
            DisclosureDeadline deadline = China.DeadlineFor(TimePeriod.CalendarDays(20), new CalendarDate(2024, 9, 11));

            Assert.Equal(new CalendarDate(2024, 10, 8), deadline.Date);
        }

        [Property]
        public Property A_calendar_day_period_ending_on_a_working_day_is_plain_addition()
        {
            return Prop.ForAll(CoveredDates.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (start, n) =>
            {
                DisclosureDeadline deadline = China.DeadlineFor(TimePeriod.CalendarDays(n), start);
                CalendarDate plain = start.AddDays(n);
                return China.IsWorkingDay(plain)
                    ? deadline.Date == plain
                    : deadline.Date > plain && China.IsWorkingDay(deadline.Date!.Value) && China.WorkingDaysBetween(plain, deadline.Date.Value) == 1;
            });
        }

        [Fact]
        public void Users_can_load_a_year_without_recompiling()
        {
            const string json = "{\"year\":2027,\"holidays\":[{\"name\":\"元旦\",\"start\":\"2027-01-01\",\"end\":\"2027-01-03\"}],\"makeUpWorkdays\":[\"2027-01-09\"]}";
            CalendarYear year = WorkingDayCalendar.ReadYear(new MemoryStream(Encoding.UTF8.GetBytes(json)), "2027.json");

            WorkingDayCalendar extended = China.With(year);

            Assert.True(extended.Covers(2027));
            Assert.False(China.Covers(2027));
            Assert.False(extended.IsWorkingDay(new CalendarDate(2027, 1, 1)));
            Assert.True(extended.IsWorkingDay(new CalendarDate(2027, 1, 9)));
        }

        [Fact]
        public void Broken_calendar_data_fails_with_its_place()
        {
            const string json = "{\"year\":2027,\"holidays\":[{\"name\":\"元旦\",\"start\":\"2027-01-05\",\"end\":\"2027-01-01\"}]}";
            FormatException error = Assert.Throws<FormatException>(() => WorkingDayCalendar.ReadYear(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));
            Assert.Contains("bad.json", error.Message);
            Assert.Contains("/holidays/0", error.Message);
        }

        [Fact]
        public void Every_make_up_workday_in_the_data_is_a_weekend_day()
        {
            Assert.All(China.Years.SelectMany(y => y.MakeUpWorkdays), d => Assert.True(d.IsWeekend, d.ToString()));
        }
    }
}
