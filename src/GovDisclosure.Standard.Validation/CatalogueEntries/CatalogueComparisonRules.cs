using System.Collections.Generic;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// The rules of the comparison of a local catalogue with the standard (GD-CMP-…), reported by
    /// <see cref="Comparison.CatalogueComparisonFindings"/>. A standard item missing or weakened is a warning: the local
    /// catalogue is compiled from the standard (国办发〔2019〕54号: 各地区各部门要依据本领域标准指引编制目录);
    /// additions, stronger entries, probable matches and limits that cannot be compared are information.
    /// </summary>
    internal static class CatalogueComparisonRules
    {
        public static readonly CompanionRule Missing = new CompanionRule(RuleDescriptors.ComparisonMissing);

        public static readonly CompanionRule Weakened = new CompanionRule(RuleDescriptors.ComparisonWeakened);

        public static readonly CompanionRule Added = new CompanionRule(RuleDescriptors.ComparisonAdded);

        public static readonly CompanionRule Stronger = new CompanionRule(RuleDescriptors.ComparisonStronger);

        public static readonly CompanionRule Probable = new CompanionRule(RuleDescriptors.ComparisonProbable);

        public static readonly CompanionRule NotComparable = new CompanionRule(RuleDescriptors.ComparisonNotComparable);

        /// <summary>The six rules, in id order.</summary>
        public static IReadOnlyList<CompanionRule> All { get; } = new[] { Missing, Weakened, Added, Stronger, Probable, NotComparable };
    }
}
