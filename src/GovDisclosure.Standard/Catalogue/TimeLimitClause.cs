using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// One clause of a disclosure time limit, e.g. <c>执法决定信息在决定作出之日起7个工作日内公开</c>:
    /// what it applies to, the event it runs from, and the period.
    /// </summary>
    public sealed record TimeLimitClause
    {
        /// <summary>Creates a clause.</summary>
        /// <param name="text">The clause as written.</param>
        /// <param name="subject">What the clause applies to (e.g. 执法决定信息), when the wording names it.</param>
        /// <param name="trigger">The event or kind of limit; <c>null</c> when the wording was not understood.</param>
        /// <param name="period">The period; <c>null</c> for real time, promptly, or when not understood.</param>
        public TimeLimitClause(string text, string? subject, TimeLimitTrigger? trigger, TimePeriod? period)
            : this(text, subject, trigger, period, null)
        {
        }

        /// <summary>Creates a clause whose period runs from an event the wording names.</summary>
        /// <param name="text">The clause as written.</param>
        /// <param name="subject">What the clause applies to, when the wording names it.</param>
        /// <param name="trigger">The event or kind of limit; <c>null</c> when the wording was not understood.</param>
        /// <param name="period">The period; <c>null</c> for real time, promptly, or when not understood.</param>
        /// <param name="namedEvent">The event as written (审批, 备案) when <paramref name="trigger"/> is <see cref="TimeLimitTrigger.NamedEvent"/> or <see cref="TimeLimitTrigger.AtNamedEvent"/>.</param>
        public TimeLimitClause(string text, string? subject, TimeLimitTrigger? trigger, TimePeriod? period, string? namedEvent)
        {
            Text = text;
            Subject = subject;
            Trigger = trigger;
            Period = period;
            NamedEvent = namedEvent;
        }

        /// <summary>The clause as written.</summary>
        public string Text { get; }

        /// <summary>What the clause applies to, when named (e.g. 执法决定信息, 部门预算).</summary>
        public string? Subject { get; }

        /// <summary>The event the period runs from, or real time / promptly; <c>null</c> when not understood.</summary>
        public TimeLimitTrigger? Trigger { get; }

        /// <summary>The period, when the clause has one.</summary>
        public TimePeriod? Period { get; }

        /// <summary>
        /// The event the period runs from, as written (审批 in 审批后5个工作日内, 备案 in 备案之日起20个工作日内),
        /// when the trigger is <see cref="TimeLimitTrigger.NamedEvent"/> or <see cref="TimeLimitTrigger.AtNamedEvent"/>.
        /// </summary>
        public string? NamedEvent { get; }

        /// <summary>
        /// <c>true</c> for a period with no event (20个工作日): a count and a unit whose trigger is unknown.
        /// </summary>
        public bool IsBarePeriod => Trigger is null && Period != null;

        /// <summary>
        /// <c>true</c> when the clause was understood: a trigger, and a period wherever the trigger is an event.
        /// </summary>
        public bool IsUnderstood => Trigger != null && (!Trigger.IsEvent || Period != null);

        /// <summary>
        /// The deadline this clause sets for an event on <paramref name="eventDate"/>; for
        /// <see cref="TimeLimitTrigger.InAdvance"/> (提前) the period counts back from the event.
        /// </summary>
        /// <param name="eventDate">The day of the clause's trigger (formation, decision, approval…).</param>
        /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when <c>null</c>.</param>
        /// <returns>The deadline, or why there is none.</returns>
        public DisclosureDeadline DeadlineFor(CalendarDate eventDate, WorkingDayCalendar? calendar = null)
        {
            if (!IsUnderstood)
            {
                return DisclosureDeadline.NotUnderstood();
            }

            if (Period is null)
            {
                return DisclosureDeadline.NoFixedPeriod();
            }

            WorkingDayCalendar days = calendar ?? WorkingDayCalendar.China;
            return Trigger == TimeLimitTrigger.InAdvance ? days.DeadlineBefore(Period, eventDate) : days.DeadlineFor(Period, eventDate);
        }
    }
}
