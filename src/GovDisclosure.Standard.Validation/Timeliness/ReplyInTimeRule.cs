using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Applications;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-005: a reply is given within 20 working days of receipt, or 40 with a recorded extension (Art. 33).</summary>
    internal sealed class ReplyInTimeRule : DocumentRule<ApplicationTimeline>
    {
        public static readonly ReplyInTimeRule Instance = new ReplyInTimeRule();

        private ReplyInTimeRule()
            : base(new RuleDescriptor(
                "GD-TIME-005",
                FindingSeverity.Error,
                FindingCategory.Timeliness,
                null,
                new BilingualText("依申请公开答复超期", "Reply to an application late"),
                new BilingualText(
                    "条例第三十三条：收到申请之日起 20 个工作日内答复；经批准并告知申请人延长的，最长 40 个工作日；征求第三方和其他机关意见所需时间不计算在内；申请经补正的，自收到补正之日起计算（第三十条）。适用于 ApplicationTimeline。",
                    "Article 33 of the Regulations: reply within 20 working days of receipt, or 40 with an approved and notified extension; time spent consulting third parties and other agencies is not counted; after an amendment the period runs from its receipt (Article 30). Applies to ApplicationTimeline.")))
        {
        }

        public override IEnumerable<Finding> Check(ApplicationTimeline document, RuleContext context)
        {
            CalendarDate? start = document.AmendmentReceivedOn ?? document.ReceivedOn;
            if (start is null || document.RepliedOn is null || document.ConsultationWorkingDays < 0)
            {
                return Enumerable.Empty<Finding>();
            }

            int count = (document.ExtensionRecorded ? ReplyDeadlines.ExtendedReplyPeriod : ReplyDeadlines.ReplyPeriod).Count + document.ConsultationWorkingDays;
            bool amended = document.AmendmentReceivedOn != null;
            return WorkingDayLimit.Check(
                Descriptor,
                context,
                "/repliedOn",
                start.Value,
                TimePeriod.WorkingDays(count),
                document.RepliedOn.Value,
                amended ? new BilingualText("收到补正", "receipt of the amendment") : new BilingualText("收到申请", "receipt of the application"),
                new BilingualText("答复", "reply"));
        }
    }
}
