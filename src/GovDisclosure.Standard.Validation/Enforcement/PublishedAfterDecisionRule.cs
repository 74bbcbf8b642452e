using System.Collections.Generic;
using GovDisclosure.Standard.Enforcement;

namespace GovDisclosure.Standard.Validation.Enforcement
{
    /// <summary>GD-ENF-002: a decision is not published before it was made.</summary>
    internal sealed class PublishedAfterDecisionRule : DocumentRule<EnforcementDisclosure>
    {
        public static readonly PublishedAfterDecisionRule Instance = new PublishedAfterDecisionRule();

        private PublishedAfterDecisionRule()
            : base(new RuleDescriptor(
                "GD-ENF-002",
                FindingSeverity.Error,
                FindingCategory.Consistency,
                DocumentKind.EnforcementDisclosure,
                new BilingualText("公示日期早于决定日期", "Published before the decision"),
                new BilingualText(
                    "公示日期不能早于决定日期；通常是两个日期填反或填错。",
                    "A decision cannot be published before it was made; usually the two dates are swapped or mistyped.")))
        {
        }

        public override IEnumerable<Finding> Check(EnforcementDisclosure document, RuleContext context)
        {
            if (document.DecidedOn is { } decided && document.PublishedOn is { } published && published < decided)
            {
                yield return Report(context, "/publishedOn", new BilingualText(
                    $"公示日期 {published} 早于决定日期 {decided}。",
                    $"Published on {published}, before the decision of {decided}."),
                    published.ToString());
            }
        }
    }
}
