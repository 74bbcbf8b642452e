using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// The level of government that discloses an item (公开层级). The pilot guidelines use county and
    /// township; local variants add city or village.
    /// </summary>
    public sealed class AdministrativeLevel : CodelistValue<AdministrativeLevel>
    {
        /// <summary>市级 — city (prefecture) level.</summary>
        public static readonly AdministrativeLevel City = new AdministrativeLevel("city", 1, "市级", "City level", "市");

        /// <summary>县级 — county level (including districts and county-level cities).</summary>
        public static readonly AdministrativeLevel County = new AdministrativeLevel("county", 2, "县级", "County level", "县", "区级", "县（区）级", "县区级");

        /// <summary>乡级 — township level (townships, towns and sub-district offices).</summary>
        public static readonly AdministrativeLevel Township = new AdministrativeLevel("township", 3, "乡级", "Township level", "乡", "乡镇级", "镇级", "乡（镇）级", "街道", "乡镇（街道）");

        /// <summary>村级 — village (or residents' community) level.</summary>
        public static readonly AdministrativeLevel Village = new AdministrativeLevel("village", 4, "村级", "Village level", "村", "村（居）级", "社区");

        private AdministrativeLevel(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
