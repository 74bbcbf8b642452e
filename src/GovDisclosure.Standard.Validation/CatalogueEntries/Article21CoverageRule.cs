using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-010: an area of Art. 21 that no entry of a city, county or township government's catalogue
    /// covers (see <see cref="Article21Area.IsCoveredBy"/>). Reported by <see cref="CatalogueCoverage"/>.
    /// </summary>
    internal static class Article21CoverageRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.Article21Coverage);

        /// <summary>The areas the check expects of an agency of this kind: the city and county list, the township list, or none.</summary>
        public static IReadOnlyList<Article21Area> AreasFor(AgencyKind agencyKind) =>
            agencyKind == AgencyKind.CityGovernment || agencyKind == AgencyKind.CountyGovernment
                ? Article21Area.Declared.Where(a => a.NamedForCityAndCountyGovernments).ToArray()
                : agencyKind == AgencyKind.TownshipGovernment
                    ? Article21Area.Declared.Where(a => a.NamedForTownshipGovernments).ToArray()
                    : new Article21Area[0];

        public static IEnumerable<Finding> Findings(AgencyKind agencyKind, ISet<Article21Area> coveredAreas, FindingSeverity severity, SourceLocation location) =>
            AreasFor(agencyKind)
                .Where(area => !coveredAreas.Contains(area))
                .Select(area => RuleFindings.Create(Rule.Descriptor, severity, location, "default", area.Code, new[]
                {
                    new FindingArgument("agencyKind", agencyKind.ChineseName, agencyKind.EnglishName.ToLowerInvariant()),
                    new FindingArgument("area", area.ChineseName, area.EnglishName.ToLowerInvariant()),
                }));
    }
}
