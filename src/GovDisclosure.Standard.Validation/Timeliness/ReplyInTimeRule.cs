using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Applications;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-005: a reply is given within 20 working days of receipt, or 40 with a recorded extension (Art. 33).</summary>
    internal sealed class ReplyInTimeRule : DocumentRule<ApplicationTimeline>
    {
        private static readonly string RepliedOn = FieldPaths.Of<ApplicationTimeline>(nameof(ApplicationTimeline.RepliedOn)).Pointer;

        public static readonly ReplyInTimeRule Instance = new ReplyInTimeRule();

        private ReplyInTimeRule()
            : base(RuleDescriptors.ReplyInTime)
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
                RepliedOn,
                start.Value,
                TimePeriod.WorkingDays(count),
                document.RepliedOn.Value,
                amended ? new BilingualText("收到补正", "receipt of the amendment") : new BilingualText("收到申请", "receipt of the application"),
                new BilingualText("答复", "reply"));
        }
    }
}
