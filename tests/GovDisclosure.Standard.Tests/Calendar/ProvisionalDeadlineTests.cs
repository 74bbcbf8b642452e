using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Tests.Calendar
{
    /// <summary>
    /// The calendar's last year: the next year's holiday notice has moved late-December days before (the
    /// 2019 notice, 国务院办公厅关于2019年部分节假日安排的通知, made 2018-12-29 a working day and 2018-12-31 a day off), so a
    /// deadline whose count reaches 20 December of the last covered year is provisional until the next
    /// year is loaded.
    /// </summary>
    public sealed class ProvisionalDeadlineTests
    {
        private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;
        private static readonly CalendarDate From = new CalendarDate(2026, 12, 20);

        [Fact]
        public void A_deadline_counted_into_the_last_years_end_is_provisional()
        {
            DisclosureDeadline deadline = China.DeadlineFor(TimePeriod.WorkingDays(20), new CalendarDate(2026, 12, 1));

            Assert.Equal(DeadlineStatus.Provisional, deadline.Status);
            Assert.Equal(China.AddWorkingDays(new CalendarDate(2026, 12, 1), 20), deadline.Date);
            Assert.True(deadline.HasDate);
            Assert.Equal(From, China.ProvisionalFrom);
        }

        [Fact]
        public void A_deadline_before_the_20th_of_december_of_the_last_year_is_final()
        {
            Assert.Equal(DeadlineStatus.Computed, China.DeadlineFor(TimePeriod.WorkingDays(10), new CalendarDate(2026, 11, 2)).Status);
            Assert.Equal(DeadlineStatus.Computed, China.DeadlineFor(TimePeriod.WorkingDays(20), new CalendarDate(2025, 12, 1)).Status);
        }

        [Fact]
        public void Loading_the_next_years_arrangement_makes_the_deadline_final()
        {
            string path = Path.Combine(Path.GetTempPath(), "calendar-2027-" + System.Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(path, "{ \"year\": 2027, \"holidays\": [ { \"name\": \"元旦\", \"start\": \"2027-01-01\", \"end\": \"2027-01-03\" } ], \"makeUpWorkdays\": [] }");
            try
            {
                WorkingDayCalendar extended = China.WithFiles(new[] { path });

                DisclosureDeadline deadline = extended.DeadlineFor(TimePeriod.WorkingDays(20), new CalendarDate(2026, 12, 1));

                Assert.Equal(DeadlineStatus.Computed, deadline.Status);
                Assert.Equal(new CalendarDate(2027, 12, 20), extended.ProvisionalFrom);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Property]
        public Property A_deadline_is_provisional_exactly_when_its_count_reaches_the_20th_of_december_of_the_last_year()
        {
            Gen<CalendarDate> starts = Gen.Choose(new CalendarDate(2020, 1, 1).DayNumber, new CalendarDate(2026, 12, 31).DayNumber).Select(CalendarDate.FromDayNumber);
            Gen<TimePeriod> periods = Gen.Choose(1, 40).SelectMany(n => Gen.Elements(TimePeriod.WorkingDays(n), TimePeriod.CalendarDays(n)));

            return Prop.ForAll(starts.ToArbitrary(), periods.ToArbitrary(), (start, period) =>
            {
                DisclosureDeadline deadline = China.DeadlineFor(period, start);
                return deadline.Status switch
                {
                    DeadlineStatus.Provisional => deadline.Date!.Value >= From,
                    DeadlineStatus.Computed => deadline.Date!.Value < From,
                    DeadlineStatus.NotCovered => true,
                    _ => false,
                };
            });
        }

        [Fact]
        public void Moving_a_calendar_day_deadline_off_a_day_off_can_be_turned_off()
        {
            // 2024-09-11 + 20 日 = 2024-10-01, National Day: by analogy with 民法典第二百零三条 the period ends
            // on the next working day, 2024-10-08, unless the caller counts calendar days plainly.
            var start = new CalendarDate(2024, 9, 11);

            Assert.True(China.RollsCalendarDayDeadlinesForward);
            Assert.Equal(new CalendarDate(2024, 10, 8), China.DeadlineFor(TimePeriod.CalendarDays(20), start).Date);
            Assert.Equal(new CalendarDate(2024, 10, 1), China.WithCalendarDayDeadlinesRolledForward(false).DeadlineFor(TimePeriod.CalendarDays(20), start).Date);
        }

        [Fact]
        public void Turning_the_convention_off_survives_adding_a_year()
        {
            WorkingDayCalendar plain = China.WithCalendarDayDeadlinesRolledForward(false).With(China.Years.First());

            Assert.False(plain.RollsCalendarDayDeadlinesForward);
        }
    }
}
