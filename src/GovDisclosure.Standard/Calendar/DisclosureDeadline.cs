namespace GovDisclosure.Standard.Calendar
{
    /// <summary>
    /// The answer to "by when must this be published?": a date, or the reason there is none.
    /// </summary>
    public sealed record DisclosureDeadline
    {
        private DisclosureDeadline(DeadlineStatus status, CalendarDate? date, TimePeriod? period)
        {
            Status = status;
            Date = date;
            Period = period;
        }

        /// <summary>Whether the deadline was computed.</summary>
        public DeadlineStatus Status { get; }

        /// <summary>The last day on which publishing is in time, when computed (also when <see cref="DeadlineStatus.Provisional"/>).</summary>
        public CalendarDate? Date { get; }

        /// <summary>The period the deadline was computed from, when there was one.</summary>
        public TimePeriod? Period { get; }

        /// <summary>A computed deadline.</summary>
        /// <param name="date">The last day in time.</param>
        /// <param name="period">The period it was computed from.</param>
        public static DisclosureDeadline Computed(CalendarDate date, TimePeriod period) => new DisclosureDeadline(DeadlineStatus.Computed, date, period);

        /// <summary><c>true</c> when there is a date: <see cref="DeadlineStatus.Computed"/> or <see cref="DeadlineStatus.Provisional"/>.</summary>
        public bool HasDate => Date != null;

        /// <summary>A deadline computed on a calendar whose last year's end may still be moved by the next year's notice.</summary>
        /// <param name="date">The last day in time, as the calendar stands.</param>
        /// <param name="period">The period it was computed from.</param>
        public static DisclosureDeadline Provisional(CalendarDate date, TimePeriod period) => new DisclosureDeadline(DeadlineStatus.Provisional, date, period);

        /// <summary>A deadline that needs a year the calendar does not cover.</summary>
        /// <param name="period">The period that could not be counted.</param>
        public static DisclosureDeadline NotCovered(TimePeriod period) => new DisclosureDeadline(DeadlineStatus.NotCovered, null, period);

        /// <summary>A limit without a fixed period.</summary>
        public static DisclosureDeadline NoFixedPeriod() => new DisclosureDeadline(DeadlineStatus.NoFixedPeriod, null, null);

        /// <summary>A limit whose wording was not understood.</summary>
        public static DisclosureDeadline NotUnderstood() => new DisclosureDeadline(DeadlineStatus.NotUnderstood, null, null);
    }
}
