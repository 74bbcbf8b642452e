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
    }
}
