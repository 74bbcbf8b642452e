using System;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Applications
{
    /// <summary>
    /// The time limits for handling an application (依申请公开), counted on the working-day calendar
    /// (the day of receipt is not counted): the reply within 20 working days of receipt, or 40 with
    /// a recorded extension, plus any time spent consulting third parties and other agencies
    /// (征求第三方和其他机关意见所需时间, Art. 33); the one request to amend within 7
    /// working days of receipt (Art. 30). A deadline that needs a year the calendar does not cover
    /// has <see cref="DeadlineStatus.NotCovered"/>, never a guessed date.
    /// </summary>
    public static class ReplyDeadlines
    {
        /// <summary>20 working days: the reply period (Art. 33).</summary>
        public static TimePeriod ReplyPeriod { get; } = TimePeriod.WorkingDays(20);

        /// <summary>40 working days: the reply period with the extension of up to 20 more (Art. 33).</summary>
        public static TimePeriod ExtendedReplyPeriod { get; } = TimePeriod.WorkingDays(40);

        /// <summary>7 working days: the period to ask once for an unclear application to be amended (Art. 30).</summary>
        public static TimePeriod AmendmentRequestPeriod { get; } = TimePeriod.WorkingDays(7);

        /// <summary>The day a reply is due.</summary>
        /// <param name="receivedOn">The day the application (or its amendment) was received.</param>
        /// <param name="extended">Whether an extension was approved and notified.</param>
        /// <param name="consultationWorkingDays">Working days spent consulting third parties and other agencies (not counted, Art. 33).</param>
        /// <param name="calendar">The calendar; <see cref="WorkingDayCalendar.China"/> when <c>null</c>.</param>
        public static DisclosureDeadline ReplyDue(CalendarDate receivedOn, bool extended = false, int consultationWorkingDays = 0, WorkingDayCalendar? calendar = null)
        {
            if (consultationWorkingDays < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(consultationWorkingDays), consultationWorkingDays, "Consultation time cannot be negative.");
            }

            TimePeriod period = TimePeriod.WorkingDays((extended ? ExtendedReplyPeriod : ReplyPeriod).Count + consultationWorkingDays);
            return (calendar ?? WorkingDayCalendar.China).DeadlineFor(period, receivedOn);
        }

        /// <summary>The day a reply is due for <paramref name="timeline"/>: from the amendment's receipt when there was one, else from receipt.</summary>
        /// <param name="timeline">The application's dates.</param>
        /// <param name="calendar">The calendar; <see cref="WorkingDayCalendar.China"/> when <c>null</c>.</param>
        /// <exception cref="ArgumentException">The timeline has no date of receipt.</exception>
        public static DisclosureDeadline ReplyDue(ApplicationTimeline timeline, WorkingDayCalendar? calendar = null)
        {
            if (timeline is null)
            {
                throw new ArgumentNullException(nameof(timeline));
            }

            CalendarDate start = timeline.AmendmentReceivedOn ?? timeline.ReceivedOn
                ?? throw new ArgumentException("The application has no date of receipt.", nameof(timeline));
            return ReplyDue(start, timeline.ExtensionRecorded, timeline.ConsultationWorkingDays, calendar);
        }

        /// <summary>The last day to ask once for an unclear application to be amended (Art. 30).</summary>
        /// <param name="receivedOn">The day the application was received.</param>
        /// <param name="calendar">The calendar; <see cref="WorkingDayCalendar.China"/> when <c>null</c>.</param>
        public static DisclosureDeadline AmendmentRequestDue(CalendarDate receivedOn, WorkingDayCalendar? calendar = null) =>
            (calendar ?? WorkingDayCalendar.China).DeadlineFor(AmendmentRequestPeriod, receivedOn);
    }
}
