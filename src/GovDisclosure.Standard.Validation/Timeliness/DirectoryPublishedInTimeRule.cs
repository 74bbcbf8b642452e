using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Directories;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-002: proactive information is published within 20 working days of being created (Art. 26).</summary>
    internal sealed class DirectoryPublishedInTimeRule : DocumentRule<DirectoryItem>
    {
        public static readonly DirectoryPublishedInTimeRule Instance = new DirectoryPublishedInTimeRule();

        private static readonly TimePeriod Limit = TimePeriod.WorkingDays(20);

        private DirectoryPublishedInTimeRule()
            : base(new RuleDescriptor(
                "GD-TIME-002",
                FindingSeverity.Error,
                FindingCategory.Timeliness,
                DocumentKind.DirectoryItem,
                new BilingualText("主动公开超期", "Proactive information published late"),
                new BilingualText(
                    "条例第二十六条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起 20 个工作日内予以公开。依申请公开的条目不适用。",
                    "Article 26 of the Regulations: information to be published proactively is published within 20 working days of being formed or changed. Items disclosed on request are not checked.")))
        {
        }

        public override IEnumerable<Finding> Check(DirectoryItem document, RuleContext context)
        {
            if (document.CreatedOn is null || document.PublishedOn is null || document.PublishedOn < document.CreatedOn
                || document.Mode == Disclosure.DisclosureMode.OnRequest)
            {
                return Enumerable.Empty<Finding>();
            }

            return WorkingDayLimit.Check(
                Descriptor,
                context,
                "/publishedOn",
                document.CreatedOn.Value,
                Limit,
                document.PublishedOn.Value,
                new BilingualText("信息生成", "creation of the information"),
                new BilingualText("公开", "publication"));
        }
    }
}
