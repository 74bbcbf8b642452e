using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The registry of every built-in rule (规则目录): the rules of <see cref="RuleSet.Standard"/> and
    /// the checks that look at a set of documents rather than one (e.g. <see cref="CatalogueCoverage"/>).
    /// src/GovDisclosure.Standard.Validation/README.md is generated from it.
    /// </summary>
    public static class RuleRegistry
    {
        /// <summary>Every built-in rule, ordered by id.</summary>
        public static IReadOnlyList<RuleDescriptor> All =>
            RuleSet.Standard.Describe()
                .Concat(SetLevelChecks)
                .OrderBy(d => Area(d.Id))
                .ThenBy(d => d.Id, System.StringComparer.Ordinal)
                .ToArray();

        /// <summary>The built-in rule with this id, or <c>null</c>.</summary>
        /// <param name="ruleId">A rule id such as <c>GD-SG-003</c>.</param>
        public static RuleDescriptor? Find(string ruleId) => All.FirstOrDefault(d => d.Id == ruleId);

        private static IEnumerable<RuleDescriptor> SetLevelChecks => new[] { CatalogueCoverage.Descriptor };

        private static int Area(string id)
        {
            string[] order = { "STR", "CAT", "SG", "DIR", "DG", "ENF", "AR", "TIME" };
            string area = id.Split('-').Length == 3 ? id.Split('-')[1] : string.Empty;
            int index = System.Array.IndexOf(order, area);
            return index < 0 ? order.Length : index;
        }
    }
}
