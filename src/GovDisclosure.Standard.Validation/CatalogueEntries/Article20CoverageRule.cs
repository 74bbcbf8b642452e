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
        public static readonly CompanionRule Rule = new CompanionRule(new RuleDescriptor(
            "GD-CAT-008",
            FindingSeverity.Information,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("目录未涉及第二十条某项", "No catalogue entry serves an Article 20 item"),
            new BilingualText(
                "条例第二十条：行政机关应当主动公开本行政机关的下列政府信息（共 15 项），每一类机关都适用全部 15 项。目录中没有任何条目标注对应某项时提示一次：机关持有该项信息的，应当列入目录；不持有的，无需处理。由目录覆盖检查（CatalogueCoverage）报告。",
                "Article 20 of the Regulations: an agency publishes proactively its own information of the 15 items; every kind of agency owes all 15. Reported once per item no entry of the catalogue serves: if the agency holds such information, the catalogue should list it; if it holds none, nothing is wrong. Reported by the catalogue coverage check (CatalogueCoverage).")));

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
