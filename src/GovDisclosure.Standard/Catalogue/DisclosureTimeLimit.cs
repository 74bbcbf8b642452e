using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// A disclosure time limit (公开时限) as a guideline or catalogue writes it, e.g.
    /// <c>信息形成或者变更之日起20个工作日内</c>, kept verbatim in <see cref="Text"/> and read into
    /// <see cref="Clauses"/>. Wording the reader does not understand is kept and reported through
    /// <see cref="IsUnderstood"/> and <see cref="UnreadableClauses"/>; nothing is lost.
    /// </summary>
    public sealed class DisclosureTimeLimit : IEquatable<DisclosureTimeLimit>
    {
        private DisclosureTimeLimit(string text, IReadOnlyList<TimeLimitClause> clauses, TimePeriod? noticePeriod, bool defersToOtherLaws)
        {
            Text = text;
            Clauses = clauses;
            NoticePeriod = noticePeriod;
            DefersToOtherLaws = defersToOtherLaws;
        }

        /// <summary>The wording as written; this is what canonical JSON stores.</summary>
        public string Text { get; }

        /// <summary>The clauses, in the order written.</summary>
        public IReadOnlyList<TimeLimitClause> Clauses { get; }

        /// <summary>A public-notice period (公告期限/公示期) the wording sets, e.g. 公告期限为5个工作日.</summary>
        public TimePeriod? NoticePeriod { get; }

        /// <summary>
        /// <c>true</c> when the wording adds Art. 26's proviso that other laws' periods prevail
        /// (法律、法规对政府信息公开的期限另有规定的，从其规定).
        /// </summary>
        public bool DefersToOtherLaws { get; }

        /// <summary>The first clause: for most wordings, the only one.</summary>
        public TimeLimitClause? PrimaryClause => Clauses.Count == 0 ? null : Clauses[0];

        /// <summary>
        /// <c>true</c> when the wording says something (a clause or a notice period) and every clause was understood.
        /// </summary>
        public bool IsUnderstood => (Clauses.Count > 0 || NoticePeriod != null) && Clauses.All(c => c.IsUnderstood);

        /// <summary>
        /// The clauses that cannot be read at all: neither understood nor a bare period (a count and a
        /// unit with no event, see <see cref="BarePeriodClauses"/>).
        /// </summary>
        public IReadOnlyList<TimeLimitClause> UnreadableClauses => Clauses.Where(c => !c.IsUnderstood && !c.IsBarePeriod).ToArray();

        /// <summary>The clauses that give a period but no event it runs from (20个工作日), verbatim.</summary>
        public IReadOnlyList<TimeLimitClause> BarePeriodClauses => Clauses.Where(c => c.IsBarePeriod).ToArray();

        /// <summary>
        /// <c>true</c> when the wording says something and every clause can be read: understood, or a
        /// bare period whose count and unit are known though its trigger is not.
        /// </summary>
        public bool IsReadable => (Clauses.Count > 0 || NoticePeriod != null) && UnreadableClauses.Count == 0;

        /// <summary>
        /// Reads a time limit. Never fails on wording it does not understand: the result says so.
        /// </summary>
        /// <param name="text">The wording, e.g. <c>自该信息形成或者变更之日起20个工作日内</c>.</param>
        public static DisclosureTimeLimit Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            (IReadOnlyList<TimeLimitClause> clauses, TimePeriod? notice, bool defers) = TimeLimitWording.Read(text);
            return new DisclosureTimeLimit(text, clauses, notice, defers);
        }

        /// <summary>The deadline of the primary clause (see <see cref="PrimaryClause"/>) for an event on <paramref name="eventDate"/>.</summary>
        /// <param name="eventDate">The day of the trigger.</param>
        /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when <c>null</c>.</param>
        /// <returns>The deadline, or why there is none.</returns>
        public DisclosureDeadline DeadlineFor(CalendarDate eventDate, WorkingDayCalendar? calendar = null) =>
            PrimaryClause is null ? DisclosureDeadline.NotUnderstood() : PrimaryClause.DeadlineFor(eventDate, calendar);

        /// <summary>Two time limits are equal when their wording is identical.</summary>
        /// <param name="other">The other time limit.</param>
        public bool Equals(DisclosureTimeLimit? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as DisclosureTimeLimit);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

        /// <summary>The wording as written.</summary>
        public override string ToString() => Text;
    }
}
