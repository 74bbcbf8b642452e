using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace GovDisclosure.Standard.Calendar
{
    /// <summary>
    /// China's working-day calendar (工作日): Monday to Friday, minus statutory days off, plus the
    /// weekend days made working days (调休). Time limits in the Regulations and the guidelines are
    /// counted on it. It only answers for years it has data for; anything else raises
    /// <see cref="CalendarNotCoveredException"/> or reports <see cref="DeadlineStatus.NotCovered"/>.
    /// </summary>
    /// <remarks>
    /// Counting follows the Chinese convention that the day of the event is not counted
    /// (期间开始之日不计算在内): "within 20 working days of the decision" ends on the 20th working
    /// day after the decision's date.
    /// </remarks>
    public sealed class WorkingDayCalendar
    {
        private const string NationalPrefix = "GovDisclosure.Standard.Calendars.";

        private static readonly Lazy<WorkingDayCalendar> National = new Lazy<WorkingDayCalendar>(LoadNational);

        /// <summary>The arrangements and their days, or <c>null</c> until <see cref="load"/> has read them (the national calendar's).</summary>
        private CalendarDays? days;

        /// <summary>Reads the arrangements when first needed, or <c>null</c> for a calendar made with them.</summary>
        private readonly Func<CalendarDays>? load;

        private WorkingDayCalendar(IReadOnlyDictionary<int, CalendarYear> years, bool rollsCalendarDayDeadlinesForward = true)
        {
            days = new CalendarDays(years);
            RollsCalendarDayDeadlinesForward = rollsCalendarDayDeadlinesForward;
            CoveredYears = days.Covered();
        }

        /// <summary>A calendar of <paramref name="coveredYears"/> whose arrangements are read by <paramref name="load"/> when a day is first looked up.</summary>
        private WorkingDayCalendar(IReadOnlyList<int> coveredYears, Func<CalendarDays> load)
        {
            this.load = load;
            RollsCalendarDayDeadlinesForward = true;
            CoveredYears = coveredYears;
        }

        /// <summary>The arrangements, read now if not yet (two threads reading them at once read the same).</summary>
        private CalendarDays Days => days ?? System.Threading.LazyInitializer.EnsureInitialized(ref days, load!)!;

        private IReadOnlyDictionary<int, CalendarYear> Arrangements => Days.Years;

        /// <summary>
        /// The national calendar shipped with the package (<c>catalog/calendars/*.json</c>): the State
        /// Council's arrangements for 2020 to 2026.
        /// </summary>
        public static WorkingDayCalendar China => National.Value;

        /// <summary>An empty calendar, to build a regional one from scratch with <see cref="With(CalendarYear)"/>.</summary>
        public static WorkingDayCalendar Empty { get; } = new WorkingDayCalendar(new Dictionary<int, CalendarYear>());

        /// <summary>
        /// Whether a calendar-day (日) deadline that falls on a day off moves to the next working day
        /// (default <c>true</c>). Neither the Regulations nor the guidelines say so: it is a convention
        /// by analogy with 民法典第二百零三条 (a period whose last day is a statutory holiday ends on the
        /// day after the holiday) and the procedural-period rules. Turn it off with
        /// <see cref="WithCalendarDayDeadlinesRolledForward(bool)"/>; the tool's <c>deadline</c> command has
        /// <c>--no-next-working-day</c>.
        /// </summary>
        public bool RollsCalendarDayDeadlinesForward { get; }

        /// <summary>The first date whose working-day status the next year's notice may still change: 20 December of the last covered year.</summary>
        public CalendarDate? ProvisionalFrom => CoveredYears.Count == 0 ? null : new CalendarDate(CoveredYears[CoveredYears.Count - 1], 12, 20);

        /// <summary>This calendar, with calendar-day deadlines on a day off moved to the next working day or left where they fall.</summary>
        /// <param name="rolled"><c>true</c> to move them (the default convention), <c>false</c> to count calendar days plainly.</param>
        public WorkingDayCalendar WithCalendarDayDeadlinesRolledForward(bool rolled) => new WorkingDayCalendar(Arrangements, rolled);

        /// <summary>The years with holiday data, ascending.</summary>
        public IReadOnlyList<int> CoveredYears { get; }

        /// <summary>Each year's arrangement, ascending by year.</summary>
        public IEnumerable<CalendarYear> Years => CoveredYears.Select(y => Arrangements[y]);

        /// <summary>
        /// A calendar with <paramref name="year"/> added, replacing any arrangement for the same year
        /// (a regional arrangement, e.g. Hubei's 2020 extension, is written as that year's full arrangement).
        /// </summary>
        /// <param name="year">The arrangement to add.</param>
        public WorkingDayCalendar With(CalendarYear year)
        {
            if (year is null)
            {
                throw new ArgumentNullException(nameof(year));
            }

            var copy = Arrangements.ToDictionary(p => p.Key, p => p.Value);
            copy[year.Year] = year;
            return new WorkingDayCalendar(copy, RollsCalendarDayDeadlinesForward);
        }

        /// <summary>A calendar with every arrangement read from calendar JSON files added (see <see cref="With(CalendarYear)"/>).</summary>
        /// <param name="jsonFiles">Paths of files in the format of <c>catalog/calendars/*.json</c>.</param>
        /// <exception cref="FormatException">A file is not a valid calendar year; the message names the file and place.</exception>
        public WorkingDayCalendar WithFiles(IEnumerable<string> jsonFiles)
        {
            WorkingDayCalendar calendar = this;
            foreach (string path in jsonFiles ?? throw new ArgumentNullException(nameof(jsonFiles)))
            {
                using FileStream stream = File.OpenRead(path);
                calendar = calendar.With(CalendarYearReader.Read(stream, path));
            }

            return calendar;
        }

        /// <summary>Reads one year's arrangement from calendar JSON.</summary>
        /// <param name="json">A stream of JSON in the format of <c>catalog/calendars/*.json</c>.</param>
        /// <param name="sourceName">Named in error messages.</param>
        /// <exception cref="FormatException">Not a valid calendar year; the message names the place.</exception>
        public static CalendarYear ReadYear(Stream json, string sourceName = "calendar") => CalendarYearReader.Read(json, sourceName);

        /// <summary>Whether the calendar has holiday data for <paramref name="year"/>.</summary>
        /// <param name="year">A year.</param>
        public bool Covers(int year) => Arrangements.ContainsKey(year);

        /// <summary>Whether the calendar has holiday data for the year of <paramref name="date"/>.</summary>
        /// <param name="date">A date.</param>
        public bool Covers(CalendarDate date) => Covers(date.Year);

        /// <summary>Whether <paramref name="date"/> is a working day.</summary>
        /// <param name="date">A date in a covered year.</param>
        /// <exception cref="CalendarNotCoveredException">The date's year is not covered.</exception>
        public bool IsWorkingDay(CalendarDate date)
        {
            Require(date);
            return IsWorkingDayUnchecked(date);
        }

        /// <summary>
        /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (the start day
        /// itself is not counted). Zero gives <paramref name="start"/>.
        /// </summary>
        /// <param name="start">The day of the event.</param>
        /// <param name="workingDays">How many working days; not negative.</param>
        /// <exception cref="CalendarNotCoveredException">The count runs through a year that is not covered.</exception>
        public CalendarDate AddWorkingDays(CalendarDate start, int workingDays)
        {
            if (TryAddWorkingDays(start, workingDays, out CalendarDate result, out CalendarDate uncovered))
            {
                return result;
            }

            throw new CalendarNotCoveredException(uncovered, CoveredYears);
        }

        /// <summary>Like <see cref="AddWorkingDays"/>, answering <c>false</c> instead of throwing when a year is not covered.</summary>
        /// <param name="start">The day of the event.</param>
        /// <param name="workingDays">How many working days; not negative.</param>
        /// <param name="result">The deadline, when the answer is <c>true</c>.</param>
        public bool TryAddWorkingDays(CalendarDate start, int workingDays, out CalendarDate result) =>
            TryAddWorkingDays(start, workingDays, out result, out _);

        /// <summary>
        /// The number of working days after <paramref name="start"/> up to and including
        /// <paramref name="end"/>; negative when <paramref name="end"/> is earlier. It inverts
        /// <see cref="AddWorkingDays"/>: <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
        /// </summary>
        /// <param name="start">The earlier date (not counted).</param>
        /// <param name="end">The later date (counted).</param>
        /// <exception cref="CalendarNotCoveredException">A year between the two dates is not covered.</exception>
        public int WorkingDaysBetween(CalendarDate start, CalendarDate end)
        {
            if (end < start)
            {
                return -WorkingDaysBetween(end, start);
            }

            int count = 0;
            for (CalendarDate day = start.AddDays(1); day <= end; day = day.AddDays(1))
            {
                Require(day);
                if (IsWorkingDayUnchecked(day))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// The deadline of a period that starts on <paramref name="eventDate"/>. A period in calendar days
        /// (日) whose last day is a day off ends on the next working day — a convention by analogy with
        /// 民法典第二百零三条 and the procedural-period rules, which the caller can turn off
        /// (<see cref="RollsCalendarDayDeadlinesForward"/>) — so the calendar must cover that year too.
        /// A deadline whose counted span reaches 20 December of the last covered year or later is
        /// <see cref="DeadlineStatus.Provisional"/>.
        /// </summary>
        /// <param name="period">Working days or calendar days.</param>
        /// <param name="eventDate">The day of the event (not counted).</param>
        public DisclosureDeadline DeadlineFor(TimePeriod period, CalendarDate eventDate)
        {
            if (period is null)
            {
                throw new ArgumentNullException(nameof(period));
            }

            if (period.Unit == TimeUnit.CalendarDays)
            {
                CalendarDate last = eventDate.AddDays(period.Count);
                if (!RollsCalendarDayDeadlinesForward)
                {
                    // Counted plainly, the span does not depend on the calendar at all.
                    return DisclosureDeadline.Computed(last, period);
                }

                // By analogy with 民法典第二百零三条: a period whose last day is a day off ends on the
                // first working day after it.
                while (true)
                {
                    if (!Covers(last.Year))
                    {
                        return DisclosureDeadline.NotCovered(period);
                    }

                    if (IsWorkingDayUnchecked(last))
                    {
                        return Dated(last, last, period);
                    }

                    last = last.AddDays(1);
                }
            }

            return TryAddWorkingDays(eventDate, period.Count, out CalendarDate date)
                ? Dated(date, date, period)
                : DisclosureDeadline.NotCovered(period);
        }

        // Provisional when the latest day the count looked at is on or after 20 December of the last covered year.
        private DisclosureDeadline Dated(CalendarDate date, CalendarDate latestCounted, TimePeriod period) =>
            ProvisionalFrom is CalendarDate from && latestCounted >= from
                ? DisclosureDeadline.Provisional(date, period)
                : DisclosureDeadline.Computed(date, period);

        /// <summary>
        /// The last day that is a period ahead of an event on <paramref name="eventDate"/> (提前): for a
        /// notice that must go out a week or three working days before a meeting.
        /// </summary>
        /// <param name="period">Working days or calendar days.</param>
        /// <param name="eventDate">The day of the event (not counted).</param>
        public DisclosureDeadline DeadlineBefore(TimePeriod period, CalendarDate eventDate)
        {
            if (period.Unit == TimeUnit.CalendarDays)
            {
                return DisclosureDeadline.Computed(eventDate.AddDays(-period.Count), period);
            }

            CalendarDate day = eventDate;
            int remaining = period.Count;
            while (remaining > 0)
            {
                day = day.AddDays(-1);
                if (!Covers(day.Year))
                {
                    return DisclosureDeadline.NotCovered(period);
                }

                if (IsWorkingDayUnchecked(day))
                {
                    remaining--;
                }
            }

            return Dated(day, eventDate.AddDays(-1), period);
        }

        private bool TryAddWorkingDays(CalendarDate start, int workingDays, out CalendarDate result, out CalendarDate uncovered)
        {
            if (workingDays < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "Count working days forward only.");
            }

            result = start;
            uncovered = default;
            int remaining = workingDays;
            while (remaining > 0)
            {
                result = result.AddDays(1);
                if (!Covers(result.Year))
                {
                    uncovered = result;
                    result = default;
                    return false;
                }

                if (IsWorkingDayUnchecked(result))
                {
                    remaining--;
                }
            }

            return true;
        }

        private bool IsWorkingDayUnchecked(CalendarDate date)
        {
            CalendarDays known = Days;
            if (known.MakeUpWorkdays.Contains(date.DayNumber))
            {
                return true;
            }

            return !date.IsWeekend && !known.DaysOff.Contains(date.DayNumber);
        }

        private void Require(CalendarDate date)
        {
            if (!Covers(date.Year))
            {
                throw new CalendarNotCoveredException(date, CoveredYears);
            }
        }

        /// <summary>
        /// The national calendar: its years known from the names of its resources (one a year, <c>2024.json</c>), its
        /// arrangements read when a day is first looked up, so a run that counts no working day never reads them.
        /// </summary>
        private static WorkingDayCalendar LoadNational()
        {
            string[] names = NationalResources();
            var covered = new int[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                string file = names[i].Substring(NationalPrefix.Length);
                if (!file.EndsWith(".json", StringComparison.Ordinal) || !int.TryParse(file.Substring(0, file.Length - ".json".Length), NumberStyles.None, CultureInfo.InvariantCulture, out covered[i]))
                {
                    // Not named by its year: read them all now.
                    return new WorkingDayCalendar(ReadNational(names, null).Years);
                }
            }

            Array.Sort(covered);
            return new WorkingDayCalendar(covered, () => ReadNational(names, covered));
        }

        /// <summary>The names of the national calendar's resources, in ordinal order.</summary>
        private static string[] NationalResources()
        {
            var names = typeof(WorkingDayCalendar).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(NationalPrefix, StringComparison.Ordinal)).ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }

        /// <summary>Reads the national calendar's resources; each must hold the year it is named by, when <paramref name="covered"/> is given.</summary>
        private static CalendarDays ReadNational(string[] names, int[]? covered)
        {
            var assembly = typeof(WorkingDayCalendar).Assembly;
            var loaded = new Dictionary<int, CalendarYear>();
            foreach (string name in names)
            {
                using Stream stream = assembly.GetManifestResourceStream(name)!;
                CalendarYear year = CalendarYearReader.Read(stream, name.Substring(NationalPrefix.Length));
                loaded[year.Year] = year;
            }

            var days = new CalendarDays(loaded);
            if (covered != null && !days.Covered().AsSpan().SequenceEqual(covered))
            {
                throw new InvalidOperationException("The national calendar's resources do not each hold the year they are named by: " + string.Join(", ", names));
            }

            return days;
        }
    }
}
