using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-008: an Art. 20 item that no entry of an agency's catalogue serves. Every agency owes every
    /// item for the information it holds (主动公开本行政机关的下列政府信息), and an agency may hold none of an
    /// item's information, so this is information, never a warning. Reported by <see cref="CatalogueCoverage"/>.
    /// </summary>
    internal static class Article20CoverageRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.Article20Coverage);

        public static IEnumerable<Finding> Findings(AgencyKind agencyKind, ISet<int> servedItems, FindingSeverity severity, SourceLocation location) =>
            DisclosureCategory.Declared
                .Where(category => !servedItems.Contains(category.Number))
                .Select(category => RuleFindings.Create(Rule.Descriptor, severity, location, "default", category.Number.ToString(CultureInfo.InvariantCulture), new[]
                {
                    new FindingArgument("item", category.Number.ToString(CultureInfo.InvariantCulture)),
                    new FindingArgument("itemZh", ChineseNumerals.Of(category.Number)),
                    new FindingArgument("category", category.ChineseName, category.EnglishName),
                    new FindingArgument("agencyKind", agencyKind.ChineseName, agencyKind.EnglishName.ToLowerInvariant()),
                }));
    }
}
