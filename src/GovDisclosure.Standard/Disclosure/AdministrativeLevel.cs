using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// The level of government that discloses an item (公开层级). The pilot guidelines use county and
    /// township; local variants add city or village. The synonyms are the headers real county and
    /// township catalogues write: 县(市、区)级 and 区级 for the county; 镇(街)级, 镇街级 and 街道级 for the
    /// township; 州级, 盟级 and 地区级 for the prefecture. A cell "乡、村级" is two levels, township and
    /// village (the list separator 、 splits it into 乡 and 村级).
    /// </summary>
    public sealed class AdministrativeLevel : CodelistValue<AdministrativeLevel>
    {
        /// <summary>市级 — city (prefecture) level, including 自治州 (州级), 盟 (盟级) and 地区 (地区级).</summary>
        public static readonly AdministrativeLevel City = new AdministrativeLevel("city", 1, "市级", "City level", "市", "市(州)级", "州级", "盟级", "地区级", "设区的市级");

        /// <summary>县级 — county level (including districts and county-level cities).</summary>
        public static readonly AdministrativeLevel County = new AdministrativeLevel("county", 2, "县级", "County level", "县", "区级", "县（区）级", "县区级", "区县级", "县(市、区)级", "县(市区)级", "县市区级", "县(市)级");

        /// <summary>乡级 — township level (townships, towns and sub-district offices: 镇(街)级, 街道级).</summary>
        public static readonly AdministrativeLevel Township = new AdministrativeLevel("township", 3, "乡级", "Township level", "乡", "乡镇级", "镇级", "乡（镇）级", "街道", "乡镇（街道）", "乡镇(街道)级", "镇(街)级", "镇街级", "街道级", "乡(镇、街道)级");

        /// <summary>村级 — village (or residents' community) level.</summary>
        public static readonly AdministrativeLevel Village = new AdministrativeLevel("village", 4, "村级", "Village level", "村", "村（居）级", "社区");

        private AdministrativeLevel(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
