using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Applications;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-006: a request to amend an unclear application is made within 7 working days of receipt (Art. 30).</summary>
    internal sealed class AmendmentRequestInTimeRule : DocumentRule<ApplicationTimeline>
    {
        public static readonly AmendmentRequestInTimeRule Instance = new AmendmentRequestInTimeRule();

        private AmendmentRequestInTimeRule()
            : base(new RuleDescriptor(
                "GD-TIME-006",
                FindingSeverity.Error,
                FindingCategory.Timeliness,
                null,
                new BilingualText("补正告知超期", "Amendment request late"),
                new BilingualText(
                    "条例第三十条：申请内容不明确的，应当自收到申请之日起 7 个工作日内一次性告知申请人作出补正。适用于 ApplicationTimeline。",
                    "Article 30 of the Regulations: an unclear application is answered with one request to amend it within 7 working days of receipt. Applies to ApplicationTimeline.")))
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
                "/amendmentRequestedOn",
                document.ReceivedOn.Value,
                ReplyDeadlines.AmendmentRequestPeriod,
                document.AmendmentRequestedOn.Value,
                new BilingualText("收到申请", "receipt of the application"),
                new BilingualText("告知补正", "amendment request"));
        }
    }
}
