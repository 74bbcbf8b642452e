using GovDisclosure.Standard.Applications;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of an application's timeline (依申请公开): the dates the Regulations set time limits on
    /// (Art. 30 amendment, Art. 33 reply, extension and consultation). Not a document kind: a timeline is
    /// checked on its own (<c>DisclosureValidator.Validate(timeline)</c>), and its findings point at these fields.
    /// </summary>
    internal static class ApplicationTimelineFields
    {
        public static readonly ObjectShape Timeline = Of<ApplicationTimeline>(
            Field("reference", "申请编号", "reference"),
            Field("receivedOn", "收到申请之日", "date received"),
            Field("amendmentRequestedOn", "一次性告知补正之日", "date amendment requested"),
            Field("amendmentReceivedOn", "收到补正之日", "date amendment received"),
            Field("extensionRecorded", "延长答复期限", "extension recorded"),
            Field("consultationWorkingDays", "征求第三方和其他机关意见所需时间（工作日）", "consultation working days"),
            Field("repliedOn", "答复之日", "date replied"));
    }
}
