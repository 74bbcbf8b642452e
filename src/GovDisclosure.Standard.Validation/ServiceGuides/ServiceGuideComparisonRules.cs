using System.Collections.Generic;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>
    /// The rules of the consistency check of service guides published in several places (办事指南一致性检查: the
    /// department's website, the government portal, the 政务服务网, the service hall's printed guide), reported by
    /// <see cref="Comparison.ServiceGuideComparisonFindings"/>. Copies of one guide must say the same thing: every element that
    /// differs is a warning; an item published in one source only is information.
    /// </summary>
    internal static class ServiceGuideComparisonRules
    {
        public static readonly CompanionRule OnlyInOneSource = new CompanionRule(RuleDescriptors.ComparisonGuideInOneSource);

        public static readonly CompanionRule Material = new CompanionRule(RuleDescriptors.ComparisonGuideMaterial);

        public static readonly CompanionRule ElementDiffers = new CompanionRule(RuleDescriptors.ComparisonGuideElementDiffers);

        public static readonly CompanionRule ElementInOneCopy = new CompanionRule(RuleDescriptors.ComparisonGuideElementInOneCopy);

        /// <summary>The four rules, in id order.</summary>
        public static IReadOnlyList<CompanionRule> All { get; } = new[] { OnlyInOneSource, Material, ElementDiffers, ElementInOneCopy };
    }
}
