using System.Collections.Generic;
using GovDisclosure.Standard.Enforcement;

namespace GovDisclosure.Standard.Validation.Enforcement
{
    /// <summary>GD-ENF-002: a decision is not published before it was made.</summary>
    internal sealed class PublishedAfterDecisionRule : DocumentRule<EnforcementDisclosure>
    {
        public static readonly PublishedAfterDecisionRule Instance = new PublishedAfterDecisionRule();

        private PublishedAfterDecisionRule()
            : base(RuleDescriptors.PublishedAfterDecision)
        {
        }

        public override IEnumerable<Finding> Check(EnforcementDisclosure document, RuleContext context)
        {
            if (document.DecidedOn is { } decided && document.PublishedOn is { } published && published < decided)
            {
                yield return Report(context, "/publishedOn", "default", published.ToString(),
                    new FindingArgument("published", published.ToString()),
                    new FindingArgument("decided", decided.ToString()));
            }
        }
    }
}
