using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Applications
{
    /// <summary>
    /// The dates of one application for disclosure (依申请公开) that the Regulations set time limits
    /// on: receipt, the one request to amend an unclear application (Art. 30, within 7 working days),
    /// receipt of the amendment (the reply period restarts), a recorded extension and third-party
    /// consultation (Art. 32–33), and the reply (within 20 working days, or 40 with an extension).
    /// Check it with <see cref="ReplyDeadlines"/> or <c>DisclosureValidator.Validate(timeline)</c>.
    /// </summary>
    public sealed record ApplicationTimeline
    {
        /// <summary>申请编号 — the application's reference, when it has one.</summary>
        public string? Reference { get; init; }

        /// <summary>收到申请之日 — the day the agency received the application.</summary>
        public CalendarDate? ReceivedOn { get; init; }

        /// <summary>一次性告知补正之日 — the day the agency asked the applicant to amend an unclear application (Art. 30).</summary>
        public CalendarDate? AmendmentRequestedOn { get; init; }

        /// <summary>收到补正之日 — the day the agency received the amendment; the reply period runs from it (Art. 30).</summary>
        public CalendarDate? AmendmentReceivedOn { get; init; }

        /// <summary>延长答复期限 — whether an extension of up to 20 working days was approved and notified (Art. 33).</summary>
        public bool ExtensionRecorded { get; init; }

        /// <summary>征求第三方和其他机关意见所需时间 — working days spent consulting third parties and other agencies, which are not counted (Art. 33).</summary>
        public int ConsultationWorkingDays { get; init; }

        /// <summary>答复之日 — the day the agency replied.</summary>
        public CalendarDate? RepliedOn { get; init; }
    }
}
