using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Applications;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-006: a request to amend an unclear application is made within 7 working days of receipt (Art. 30).</summary>
    internal sealed class AmendmentRequestInTimeRule : DocumentRule<ApplicationTimeline>
    {
        private static readonly string RequestedOn = FieldPaths.Of<ApplicationTimeline>(nameof(ApplicationTimeline.AmendmentRequestedOn)).Pointer;

        public static readonly AmendmentRequestInTimeRule Instance = new AmendmentRequestInTimeRule();

        private AmendmentRequestInTimeRule()
            : base(RuleDescriptors.AmendmentRequestInTime)
        {
        }

        public override IEnumerable<Finding> Check(ApplicationTimeline document, RuleContext context)
        {
            if (document.ReceivedOn is null || document.AmendmentRequestedOn is null)
            {
                return Enumerable.Empty<Finding>();
            }

            return WorkingDayLimit.Check(
                Descriptor,
                context,
                RequestedOn,
                document.ReceivedOn.Value,
                ReplyDeadlines.AmendmentRequestPeriod,
                document.AmendmentRequestedOn.Value,
                new BilingualText("收到申请", "receipt of the application"),
                new BilingualText("告知补正", "amendment request"));
        }
    }
}
