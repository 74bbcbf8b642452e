using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Disclosure;

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
                .Select(category => new Finding(
                    Rule.Id,
                    severity,
                    Rule.Descriptor.Category,
                    location,
                    new BilingualText(
                        $"目录中没有条目对应条例第二十条第（{ChineseNumerals.Of(category.Number)}）项“{category.ChineseName}”；{agencyKind.ChineseName}持有此类信息的，应当主动公开并列入目录。",
                        $"No catalogue entry serves Article 20 item ({category.Number}) \"{category.EnglishName}\"; if the {agencyKind.EnglishName.ToLowerInvariant()} holds such information, it publishes it and lists it."))
                {
                    Value = category.Number.ToString(CultureInfo.InvariantCulture),
                });
    }
}
