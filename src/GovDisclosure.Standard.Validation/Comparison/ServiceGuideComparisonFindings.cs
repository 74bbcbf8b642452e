using System;
using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.ServiceGuides.Comparison;
using GovDisclosure.Standard.Validation.Rules;
using GovDisclosure.Standard.Validation.ServiceGuides;

namespace GovDisclosure.Standard.Validation.Comparison
{
    /// <summary>
    /// The findings of a <see cref="ServiceGuideComparison"/>, rules GD-CMP-007 to GD-CMP-010: per difference of a pair
    /// (located at the element in the first copy, with the element in the second copy as its related location), then per
    /// item of the first source only (related: the second source), then per item of the second source only.
    /// </summary>
    public static class ServiceGuideComparisonFindings
    {
        /// <summary>The findings, in that order; rules left out of <paramref name="rules"/> report nothing.</summary>
        /// <param name="comparison">The comparison.</param>
        /// <param name="locate">Where a JSON pointer of a guide (of either source) is, e.g. <c>SourceRecord.Locate</c> of the record it was read from.</param>
        /// <param name="firstSource">Where the first source is (related to its items missing from the second).</param>
        /// <param name="secondSource">Where the second source is.</param>
        /// <param name="rules">The rule set giving each rule's severity; <see cref="RuleSet.Standard"/> when left out.</param>
        public static IReadOnlyList<Finding> Of(ServiceGuideComparison comparison, Func<ServiceGuide, string, SourceLocation> locate, SourceLocation firstSource, SourceLocation secondSource, RuleSet? rules = null)
        {
            if (comparison is null)
            {
                throw new ArgumentNullException(nameof(comparison));
            }

            if (locate is null)
            {
                throw new ArgumentNullException(nameof(locate));
            }

            RuleSet set = rules ?? RuleSet.Standard;
            var findings = new List<Finding>();

            void Add(CompanionRule rule, string messageId, SourceLocation location, SourceLocation related, string? value, params FindingArgument[] arguments)
            {
                if (set.Contains(rule.Id))
                {
                    findings.Add(RuleFindings.Create(rule.Descriptor, set.SeverityOf(rule.Id), location, messageId, value, arguments) with
                    {
                        RelatedLocations = new[] { related },
                    });
                }
            }

            foreach (ServiceGuideDifference difference in comparison.Differences)
            {
                CompanionRule rule = difference.Element == ServiceGuideElement.Materials ? ServiceGuideComparisonRules.Material
                    : difference.Kind == ServiceGuideDifferenceKind.Differs ? ServiceGuideComparisonRules.ElementDiffers
                    : ServiceGuideComparisonRules.ElementInOneCopy;
                string name = difference.Match.First.ItemName ?? difference.Match.Second.ItemName ?? string.Empty;
                Add(rule, "default", locate(difference.Match.First, difference.FirstPointer), locate(difference.Match.Second, difference.SecondPointer),
                    difference.FirstValue ?? difference.SecondValue,
                    new FindingArgument("item", name),
                    new FindingArgument("difference", difference.Message.Chinese, difference.Message.English));
            }

            foreach (ServiceGuide guide in comparison.OnlyInFirst)
            {
                Add(ServiceGuideComparisonRules.OnlyInOneSource, "onlyInFirst", locate(guide, string.Empty), secondSource, guide.ItemName,
                    new FindingArgument("item", guide.ItemName ?? string.Empty));
            }

            foreach (ServiceGuide guide in comparison.OnlyInSecond)
            {
                Add(ServiceGuideComparisonRules.OnlyInOneSource, "onlyInSecond", locate(guide, string.Empty), firstSource, guide.ItemName,
                    new FindingArgument("item", guide.ItemName ?? string.Empty));
            }

            return findings;
        }
    }
}
