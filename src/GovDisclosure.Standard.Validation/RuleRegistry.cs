using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The registry of every built-in rule (规则目录): the rules of every set of <see cref="RuleSet.BuiltIn"/> —
    /// the standard set and the opt-in sets of local conventions — each once, at its own severity.
    /// A rule moved out of <see cref="RuleSet.Standard"/> into an opt-in set stays listed.
    /// src/GovDisclosure.Standard.Validation/README.md is generated from it.
    /// </summary>
    public static class RuleRegistry
    {
        /// <summary>Every built-in rule, ordered by id.</summary>
        public static IReadOnlyList<RuleDescriptor> All =>
            RuleSet.BuiltIn
                .SelectMany(set => set.Rules)
                .GroupBy(rule => rule.Id, System.StringComparer.Ordinal)
                .Select(group => group.First().Descriptor)
                .OrderBy(d => Area(d.Id))
                .ThenBy(d => d.Id, System.StringComparer.Ordinal)
                .ToArray();

        /// <summary>The built-in rule with this id, or <c>null</c>.</summary>
        /// <param name="ruleId">A rule id such as <c>GD-SG-003</c>.</param>
        public static RuleDescriptor? Find(string ruleId) => All.FirstOrDefault(d => d.Id == ruleId);

        /// <summary>The built-in sets a rule is in that are not <see cref="RuleSet.Standard"/> or <see cref="RuleSet.Strict"/> (its opt-in sets), empty for a standard rule.</summary>
        /// <param name="ruleId">A rule id.</param>
        public static IReadOnlyList<RuleSet> OptInSetsOf(string ruleId) =>
            RuleSet.Standard.Contains(ruleId)
                ? new RuleSet[0]
                : RuleSet.BuiltIn.Where(set => set.Contains(ruleId)).ToArray();

        private static int Area(string id)
        {
            string[] order = { "STR", "CAT", "SG", "DIR", "DG", "ENF", "AR", "TIME", "CMP" };
            string area = id.Split('-').Length == 3 ? id.Split('-')[1] : string.Empty;
            int index = System.Array.IndexOf(order, area);
            return index < 0 ? order.Length : index;
        }
    }
}
