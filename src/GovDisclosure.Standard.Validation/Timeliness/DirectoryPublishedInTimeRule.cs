using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-002: proactive information is published within 20 working days of being created (Art. 26).</summary>
    internal sealed class DirectoryPublishedInTimeRule : DocumentRule<DirectoryItem>
    {
        private static readonly string PublishedOnPointer = FieldPaths.Of<DirectoryItem>(nameof(DirectoryItem.PublishedOn)).Pointer;

        public static readonly DirectoryPublishedInTimeRule Instance = new DirectoryPublishedInTimeRule();

        private static readonly TimePeriod Limit = TimePeriod.WorkingDays(20);

        private DirectoryPublishedInTimeRule()
            : base(RuleDescriptors.DirectoryPublishedInTime)
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
                PublishedOnPointer,
                document.CreatedOn.Value,
                Limit,
                document.PublishedOn.Value,
                new BilingualText("信息生成", "creation of the information"),
                new BilingualText("公开", "publication"));
        }
    }
}
