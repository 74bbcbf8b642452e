using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The registry of every built-in rule (规则目录): every rule id the library defines, of the standard set
    /// and of the opt-in sets of local conventions alike, each once, at its own severity, by family
    /// (GD-STR, GD-CAT, GD-SG, GD-DIR, GD-DG, GD-ENF, GD-AR, GD-TIME, GD-CMP) and id. It is read from the one
    /// file that declares every rule, so a rule in no set, or in an opt-in set only, is still listed.
    /// src/GovDisclosure.Standard.Validation/README.md is generated from it.
    /// </summary>
    public static class RuleRegistry
    {
        /// <summary>Every built-in rule, by family and id.</summary>
        public static IReadOnlyList<RuleDescriptor> All => RuleDescriptors.All;

        /// <summary>The built-in rule with this id, or <c>null</c>.</summary>
        /// <param name="ruleId">A rule id such as <c>GD-SG-003</c>.</param>
        public static RuleDescriptor? Find(string ruleId) => All.FirstOrDefault(d => d.Id == ruleId);

        /// <summary>The built-in sets a rule is in that are not <see cref="RuleSet.Standard"/> or <see cref="RuleSet.Strict"/> (its opt-in sets), empty for a standard rule.</summary>
        /// <param name="ruleId">A rule id.</param>
        public static IReadOnlyList<RuleSet> OptInSetsOf(string ruleId) =>
            RuleSet.Standard.Contains(ruleId)
                ? new RuleSet[0]
                : RuleSet.BuiltIn.Where(set => set.Contains(ruleId)).ToArray();
    }
}
