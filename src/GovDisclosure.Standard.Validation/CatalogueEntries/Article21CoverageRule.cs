using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-010: an area of Art. 21 that no entry of a city, county or township government's catalogue
    /// covers (see <see cref="Article21Area.IsCoveredBy"/>). Reported by <see cref="CatalogueCoverage"/>.
    /// </summary>
    internal static class Article21CoverageRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(new RuleDescriptor(
            "GD-CAT-010",
            FindingSeverity.Warning,
            FindingCategory.Completeness,
            DocumentKind.CatalogueEntry,
            new BilingualText("目录未涉及第二十一条的某一方面", "No catalogue entry covers an Article 21 area"),
            new BilingualText(
                "条例第二十一条：设区的市级、县级人民政府还应当根据本地方的具体情况，主动公开涉及市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息；乡（镇）人民政府还应当主动公开贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息。条目的试点领域属于该方面的相关领域（如社会救助、救灾之于社会救助），或一级、二级、三级事项或公开内容含该方面的关键词（如“宅基地”“征地”“救助”），即视为涉及该方面。只检查市、县、乡（镇）人民政府的目录；政府部门只公开其职责范围内的方面，不作检查。由目录覆盖检查（CatalogueCoverage）报告。",
                "Article 21 of the Regulations: city and county governments also publish, according to local circumstances, information on municipal construction, public services, public-interest undertakings, land expropriation, expropriation of buildings, public order and social assistance; township governments on carrying out agricultural and rural policies, farmland water works, transfer of rural land contractual rights, review of homestead use, land and building expropriation, raising funds and labour, and social assistance. An entry covers an area when its pilot domain belongs to the area (e.g. social assistance or disaster relief for social assistance), or when its item names or content elements contain one of the area's keywords (e.g. 宅基地, 征地, 救助). Only the catalogues of city, county and township governments are checked; a department publishes the areas within its functions and is not checked. Reported by the catalogue coverage check (CatalogueCoverage).")));

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
                .Select(area => new Finding(
                    Rule.Id,
                    severity,
                    Rule.Descriptor.Category,
                    location,
                    new BilingualText(
                        $"{agencyKind.ChineseName}还应当根据本地方的具体情况主动公开涉及“{area.ChineseName}”方面的政府信息（条例第二十一条），但目录中没有条目涉及该方面。",
                        $"A {agencyKind.EnglishName.ToLowerInvariant()} also publishes, according to local circumstances, information on {area.EnglishName.ToLowerInvariant()} (Article 21), but no catalogue entry covers it."))
                {
                    Value = area.Code,
                });
    }
}
