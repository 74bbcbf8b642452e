using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-001: an enforcement result is published within 7 (licences, penalties) or 20 working days of the decision.</summary>
    internal sealed class EnforcementPublishedInTimeRule : DocumentRule<EnforcementDisclosure>
    {
        private static readonly string PublishedOnPointer = FieldPaths.Of<EnforcementDisclosure>(nameof(EnforcementDisclosure.PublishedOn)).Pointer;

        public static readonly EnforcementPublishedInTimeRule Instance = new EnforcementPublishedInTimeRule();

        private EnforcementPublishedInTimeRule()
            : base(RuleDescriptors.EnforcementPublishedInTime)
        {
        }

        public override IEnumerable<Finding> Check(EnforcementDisclosure document, RuleContext context)
        {
            if (document.Category is null || document.DecidedOn is null || document.PublishedOn is null || document.PublishedOn < document.DecidedOn)
            {
                return Enumerable.Empty<Finding>();
            }

            return WorkingDayLimit.Check(
                Descriptor,
                context,
                PublishedOnPointer,
                document.DecidedOn.Value,
                document.Category.PublicationLimit,
                document.PublishedOn.Value,
                new BilingualText(document.Category.ChineseName + "决定作出", document.Category.EnglishName.ToLowerInvariant() + " decision"),
                new BilingualText("公示", "publication"));
        }
    }
}
