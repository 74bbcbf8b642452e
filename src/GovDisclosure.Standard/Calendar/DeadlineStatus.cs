namespace GovDisclosure.Standard.Calendar
{
    /// <summary>Whether a deadline could be computed, and if not, why.</summary>
    public enum DeadlineStatus
    {
        /// <summary>The deadline is <see cref="DisclosureDeadline.Date"/>.</summary>
        Computed = 0,

        /// <summary>The calendar has no holiday data for a year the count runs through.</summary>
        NotCovered = 1,

        /// <summary>The limit has no fixed period (实时公开, 及时公开, 按进展情况及时公开).</summary>
        NoFixedPeriod = 2,

        /// <summary>The wording of the limit was not understood.</summary>
        NotUnderstood = 3,

        /// <summary>
        /// The deadline is <see cref="DisclosureDeadline.Date"/> for now: the counted span includes a date
        /// from 20 December of the calendar's last covered year on, and the next year's holiday notice
        /// has moved such days before (the 2019 notice made 2018-12-29 a working day and 2018-12-31 a day
        /// off). Load the next year's arrangement (<see cref="WorkingDayCalendar.WithFiles"/>, the tool's
        /// <c>--calendar FILE</c>) to make it final.
        /// </summary>
        Provisional = 4,
    }
}
