using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// Whether an agency's catalogue covers the Article 20 items it owes (目录覆盖检查): every item
    /// that <see cref="DisclosureCategory.IsOwedBy"/> says the agency owes must be served by at least
    /// one entry's <see cref="CatalogueEntry.Categories"/>. City and county governments owe all 15
    /// items; other agencies items 1, 2, 5–10, 14 and 15.
    /// </summary>
    public static class CatalogueCoverage
    {
        /// <summary>GD-CAT-008: the rule this check reports under.</summary>
        public static RuleDescriptor Descriptor { get; } = new RuleDescriptor(
            "GD-CAT-008",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("目录未覆盖应公开的第二十条事项", "Catalogue misses an Article 20 item the agency owes"),
            new BilingualText(
                "按机关类型，机关应主动公开条例第二十条的若干事项（市、县级人民政府全部 15 项；其他机关第 1、2、5 至 10、14、15 项）；目录中没有任何条目对应其中某项时报告。",
                "By kind of agency, an agency owes some items of Article 20 (city and county governments all 15; other agencies items 1, 2, 5 to 10, 14 and 15); reported when no entry of the catalogue serves one of them."));

        /// <summary>The Article 20 items that <paramref name="agencyKind"/> owes and no entry serves, as findings (one per item, <c>Value</c> = the item number).</summary>
        /// <param name="agencyKind">The kind of agency whose catalogue it is.</param>
        /// <param name="entries">The agency's catalogue entries.</param>
        public static IReadOnlyList<Finding> Check(AgencyKind agencyKind, IEnumerable<CatalogueEntry> entries)
        {
            if (agencyKind is null)
            {
                throw new ArgumentNullException(nameof(agencyKind));
            }

            var served = new HashSet<int>((entries ?? throw new ArgumentNullException(nameof(entries)))
                .Where(e => e != null)
                .SelectMany(e => e.Categories ?? Array.Empty<DisclosureCategory>())
                .Select(c => c.Number));
            return MissingItems(agencyKind, served)
                .Select(category => new Finding(
                    Descriptor.Id,
                    Descriptor.Severity,
                    Descriptor.Category,
                    new SourceLocation(),
                    new BilingualText(
                        $"{agencyKind.ChineseName}应主动公开第二十条第（{ChineseNumerals.Of(category.Number)}）项“{category.ChineseName}”，但目录中没有条目对应该项。",
                        $"A {agencyKind.EnglishName.ToLowerInvariant()} owes Article 20 item ({category.Number}) \"{category.EnglishName}\", but no catalogue entry serves it."))
                {
                    Value = category.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                })
                .ToArray();
        }

        /// <summary>The Article 20 items <paramref name="agencyKind"/> owes that are not in <paramref name="servedItems"/>.</summary>
        /// <param name="agencyKind">The kind of agency.</param>
        /// <param name="servedItems">The item numbers served.</param>
        public static IReadOnlyList<DisclosureCategory> MissingItems(AgencyKind agencyKind, IEnumerable<int> servedItems)
        {
            var served = new HashSet<int>(servedItems ?? throw new ArgumentNullException(nameof(servedItems)));
            return DisclosureCategory.Declared.Where(c => c.IsOwedBy(agencyKind) && !served.Contains(c.Number)).ToArray();
        }
    }
}
