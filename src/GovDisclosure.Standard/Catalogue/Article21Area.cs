using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// One of the areas (方面) that Article 21 of the Regulations (《中华人民共和国政府信息公开条例》第二十一条)
    /// adds to Art. 20 for grass-roots governments: 设区的市级、县级人民政府及其部门 publish, according to local
    /// circumstances, information on 市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助;
    /// 乡（镇）人民政府 on 贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、
    /// 土地征收、房屋征收、筹资筹劳、社会救助 (the article ends each list with 等, "and similar").
    /// </summary>
    /// <remarks>
    /// A catalogue entry covers an area (<see cref="IsCoveredBy"/>) when its pilot domain is one of the
    /// area's <see cref="Domains"/>, or when its first-, second- or third-level item or one of its
    /// content elements contains one of the area's <see cref="Keywords"/>. Both lists are deliberately
    /// generous: an entry that touches the area counts, so that a catalogue that does cover an area is
    /// never told it does not.
    /// </remarks>
    public sealed class Article21Area : CodelistValue<Article21Area>
    {
        /// <summary>市政建设 — municipal construction (city and county governments).</summary>
        public static readonly Article21Area MunicipalConstruction = new Article21Area(
            "municipalConstruction", 1, "市政建设", "Municipal construction", true, false,
            new[] { "municipalServices", "urbanComprehensiveLawEnforcement", "urbanAndRuralPlanning", "majorConstructionProjects" },
            new[] { "市政", "城市建设", "城建", "城镇燃气", "燃气", "供水", "排水", "污水", "道路", "桥梁", "园林", "绿化", "路灯", "环卫", "供热" });

        /// <summary>公共服务 — public services (city and county governments).</summary>
        public static readonly Article21Area PublicServices = new Article21Area(
            "publicServices", 2, "公共服务", "Public services", true, false,
            new[] { "publicCulturalServices", "publicLegalServices", "employment", "socialInsurance", "elderlyCareServices", "compulsoryEducation", "health", "municipalServices", "householdRegistration", "subsidisedHousing" },
            new[] { "公共服务", "便民服务", "政务服务" });

        /// <summary>公益事业 — public-interest undertakings (city and county governments).</summary>
        public static readonly Article21Area PublicWelfare = new Article21Area(
            "publicWelfare", 3, "公益事业", "Public-interest undertakings", true, false,
            new[] { "publicCulturalServices", "compulsoryEducation", "health", "elderlyCareServices", "disasterRelief", "povertyAlleviation" },
            new[] { "公益", "慈善", "捐赠", "捐助", "志愿" });

        /// <summary>土地征收 — land expropriation (city, county and township governments).</summary>
        public static readonly Article21Area LandExpropriation = new Article21Area(
            "landExpropriation", 4, "土地征收", "Land expropriation", true, true,
            new[] { "ruralCollectiveLandExpropriation" },
            new[] { "土地征收", "征收土地", "征地" });

        /// <summary>房屋征收 — expropriation of buildings (city, county and township governments).</summary>
        public static readonly Article21Area HousingExpropriation = new Article21Area(
            "housingExpropriation", 5, "房屋征收", "Expropriation of buildings", true, true,
            new[] { "stateLandBuildingExpropriation" },
            new[] { "房屋征收", "征收房屋", "征收与补偿", "征收补偿", "拆迁" });

        /// <summary>治安管理 — public-order administration (city and county governments).</summary>
        public static readonly Article21Area PublicOrder = new Article21Area(
            "publicOrder", 6, "治安管理", "Public-order administration", true, false,
            new[] { "householdRegistration" },
            new[] { "治安", "公安", "户籍", "户口", "身份证", "出入境", "交通管理", "消防" });

        /// <summary>社会救助 — social assistance (city, county and township governments).</summary>
        public static readonly Article21Area SocialAssistance = new Article21Area(
            "socialAssistance", 7, "社会救助", "Social assistance", true, true,
            new[] { "socialAssistance", "disasterRelief" },
            new[] { "救助", "低保", "最低生活保障", "特困", "救济" });

        /// <summary>贯彻落实农业农村政策 — carrying out agricultural and rural policies (township governments).</summary>
        public static readonly Article21Area AgriculturalPolicies = new Article21Area(
            "agriculturalPolicies", 8, "贯彻落实农业农村政策", "Carrying out agricultural and rural policies", false, true,
            new[] { "agricultureRelatedSubsidies", "povertyAlleviation", "ruralDilapidatedHousingRenovation" },
            new[] { "农业", "农村", "涉农", "惠农", "强农", "乡村振兴", "耕地", "种粮" },
            "农业农村政策");

        /// <summary>农田水利工程建设运营 — building and running farmland water works (township governments).</summary>
        public static readonly Article21Area FarmlandWaterWorks = new Article21Area(
            "farmlandWaterWorks", 9, "农田水利工程建设运营", "Building and running farmland water works", false, true,
            Array.Empty<string>(),
            new[] { "水利", "农田", "灌溉", "水库", "山塘", "堰塘", "渠道", "泵站" },
            "农田水利");

        /// <summary>农村土地承包经营权流转 — transfer of rural land contractual management rights (township governments).</summary>
        public static readonly Article21Area RuralLandTransfer = new Article21Area(
            "ruralLandTransfer", 10, "农村土地承包经营权流转", "Transfer of rural land contractual management rights", false, true,
            Array.Empty<string>(),
            new[] { "土地承包", "承包经营", "经营权流转", "土地流转" },
            "土地流转");

        /// <summary>宅基地使用情况审核 — review of homestead use (township governments).</summary>
        public static readonly Article21Area HomesteadReview = new Article21Area(
            "homesteadReview", 11, "宅基地使用情况审核", "Review of homestead use", false, true,
            Array.Empty<string>(),
            new[] { "宅基地", "农村建房", "村民建房", "农房建设", "乡村建设规划" },
            "宅基地");

        /// <summary>筹资筹劳 — raising funds and labour (一事一议, township governments).</summary>
        public static readonly Article21Area FundAndLabourRaising = new Article21Area(
            "fundAndLabourRaising", 12, "筹资筹劳", "Raising funds and labour", false, true,
            Array.Empty<string>(),
            new[] { "筹资", "筹劳", "一事一议" });

        private readonly string[] domainCodes;
        private readonly Lazy<IReadOnlyList<PilotDomain>> domains;

        private Article21Area(string code, int order, string chineseName, string englishName, bool cityAndCounty, bool township, string[] domainCodes, string[] keywords, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            NamedForCityAndCountyGovernments = cityAndCounty;
            NamedForTownshipGovernments = township;
            this.domainCodes = domainCodes;
            Keywords = keywords;
            domains = new Lazy<IReadOnlyList<PilotDomain>>(() => this.domainCodes.Select(PilotDomain.Parse).ToArray());
        }

        /// <summary><c>true</c> when Art. 21 names the area for 设区的市级、县级人民政府及其部门.</summary>
        public bool NamedForCityAndCountyGovernments { get; }

        /// <summary><c>true</c> when Art. 21 names the area for 乡（镇）人民政府.</summary>
        public bool NamedForTownshipGovernments { get; }

        /// <summary>The pilot domains whose catalogue entries serve the area (none for the areas no pilot domain deals with).</summary>
        public IReadOnlyList<PilotDomain> Domains => domains.Value;

        /// <summary>Words that, in an entry's item names or content elements, show the entry serves the area.</summary>
        public IReadOnlyList<string> Keywords { get; }

        /// <summary>Whether <paramref name="entry"/> serves the area: its domain is one of <see cref="Domains"/>, or an item name or content element contains one of <see cref="Keywords"/>.</summary>
        /// <param name="entry">A catalogue entry.</param>
        public bool IsCoveredBy(CatalogueEntry entry)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(entry));
            }

            if (entry.Domain != null && domainCodes.Contains(entry.Domain.Code, StringComparer.Ordinal))
            {
                return true;
            }

            IEnumerable<string?> texts = new[] { entry.FirstLevelItem, entry.SecondLevelItem, entry.ThirdLevelItem }
                .Concat((entry.ContentElements ?? Array.Empty<ContentElement>()).Select(e => e?.Name));
            return texts.Any(text => text != null && Keywords.Any(k => text.IndexOf(k, StringComparison.Ordinal) >= 0));
        }
    }
}
