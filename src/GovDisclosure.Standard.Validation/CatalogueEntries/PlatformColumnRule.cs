using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-011 (rule set <c>platform-column</c>, opt-in): the Art. 20 items a kind of agency's column
    /// 法定主动公开内容 on the government information disclosure platform shows at least, by a district's
    /// 2020 task list — city and county governments all 15 items, other agencies items 1, 2, 5 to 10, 14
    /// and 15 — each listed item that no catalogue entry serves. The platform and its column are those of
    /// 国办公开办函〔2019〕61号 (关于规范政府信息公开平台有关事项的通知); that the split by kind of agency comes
    /// from that notice or from the 2020 work points (国办发〔2020〕17号) is not confirmed, so it is modelled
    /// as the local convention it is known to be. It is a platform minimum, never a limit on what an
    /// agency owes: Art. 20 binds every agency for every item (GD-CAT-008).
    /// </summary>
    internal static class PlatformColumnRule
    {
        private static readonly int[] OtherAgencyItems = { 1, 2, 5, 6, 7, 8, 9, 10, 14, 15 };

        public static readonly CompanionRule Rule = new CompanionRule(new RuleDescriptor(
            "GD-CAT-011",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("平台“法定主动公开内容”栏目应有的事项未列入目录", "Catalogue lacks an item the platform column lists"),
            new BilingualText(
                "可选规则集 platform-column：某区 2020 年政务公开任务对政府信息公开平台“法定主动公开内容”栏目（平台见国办公开办函〔2019〕61号）的做法——市、县级人民政府栏目至少含条例第二十条全部 15 项，其他机关至少含第 1、2、5 至 10、14、15 项。按机关类型列出的某项，目录中没有条目对应时报告。此分法的出处是否为国办公开办函〔2019〕61号或 2020 年政务公开工作要点未经核实，视为地方做法；它是平台栏目的最低要求，不限定机关应公开的范围（第二十条对每一类机关都适用全部 15 项，见 GD-CAT-008）。",
                "Opt-in rule set platform-column: a district's 2020 task list for the platform column 法定主动公开内容 (the platform of 国办公开办函〔2019〕61号) — city and county governments' columns show at least all 15 items of Article 20, other agencies' at least items 1, 2, 5 to 10, 14 and 15. Reported for each item listed for the agency's kind that no catalogue entry serves. Whether the split comes from 国办公开办函〔2019〕61号 or the 2020 work points is unconfirmed; it is treated as a local convention. It is a platform minimum, never a limit on what an agency owes (Article 20 binds every agency for all 15 items, see GD-CAT-008).")));

        /// <summary>The items the column of an agency of this kind shows at least.</summary>
        public static IReadOnlyList<DisclosureCategory> ListedFor(AgencyKind agencyKind) =>
            agencyKind == AgencyKind.CityGovernment || agencyKind == AgencyKind.CountyGovernment
                ? DisclosureCategory.Declared
                : OtherAgencyItems.Select(DisclosureCategory.FromNumber).ToArray();

        public static IEnumerable<Finding> Findings(AgencyKind agencyKind, ISet<int> servedItems, FindingSeverity severity, SourceLocation location) =>
            ListedFor(agencyKind)
                .Where(category => !servedItems.Contains(category.Number))
                .Select(category => new Finding(
                    Rule.Id,
                    severity,
                    Rule.Descriptor.Category,
                    location,
                    new BilingualText(
                        $"按平台“法定主动公开内容”栏目的做法，{agencyKind.ChineseName}栏目应有条例第二十条第（{ChineseNumerals.Of(category.Number)}）项“{category.ChineseName}”，但目录中没有条目对应该项。",
                        $"By the platform column convention, a {agencyKind.EnglishName.ToLowerInvariant()}'s column shows Article 20 item ({category.Number}) \"{category.EnglishName}\", but no catalogue entry serves it."))
                {
                    Value = category.Number.ToString(CultureInfo.InvariantCulture),
                });
    }
}
