using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.Rules;

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

        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PlatformColumn);

        /// <summary>The items the column of an agency of this kind shows at least.</summary>
        public static IReadOnlyList<DisclosureCategory> ListedFor(AgencyKind agencyKind) =>
            agencyKind == AgencyKind.CityGovernment || agencyKind == AgencyKind.CountyGovernment
                ? DisclosureCategory.Declared
                : OtherAgencyItems.Select(DisclosureCategory.FromNumber).ToArray();

        public static IEnumerable<Finding> Findings(AgencyKind agencyKind, ISet<int> servedItems, FindingSeverity severity, SourceLocation location) =>
            ListedFor(agencyKind)
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
