using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// The kind of administrative agency (行政机关) that owes disclosure duties. Which Art. 20 items an
    /// agency owes, and when its annual report is due, depend on its kind.
    /// </summary>
    public sealed class AgencyKind : CodelistValue<AgencyKind>
    {
        /// <summary>设区的市级人民政府 — a city people's government.</summary>
        public static readonly AgencyKind CityGovernment = new AgencyKind("cityGovernment", 1, "市级人民政府", "City people's government", true, true, "设区的市级人民政府", "市人民政府", "市政府");

        /// <summary>县级人民政府 — a county, district or county-level city people's government.</summary>
        public static readonly AgencyKind CountyGovernment = new AgencyKind("countyGovernment", 2, "县级人民政府", "County people's government", true, true, "县（市、区）人民政府", "县人民政府", "区人民政府", "县政府", "区政府");

        /// <summary>乡（镇）人民政府 or 街道办事处 — a township government or sub-district office.</summary>
        public static readonly AgencyKind TownshipGovernment = new AgencyKind("townshipGovernment", 3, "乡（镇）人民政府", "Township people's government", false, true, "乡镇人民政府", "乡镇政府", "镇人民政府", "街道办事处");

        /// <summary>政府部门 — a department of a people's government (e.g. a county civil-affairs bureau).</summary>
        public static readonly AgencyKind GovernmentDepartment = new AgencyKind("governmentDepartment", 4, "政府部门", "Government department", false, false, "政府工作部门", "部门");

        /// <summary>其他行政机关 — another body exercising administrative functions under law.</summary>
        public static readonly AgencyKind OtherAdministrativeAgency = new AgencyKind("otherAdministrativeAgency", 5, "其他行政机关", "Other administrative agency", false, false, "法律、法规授权的具有管理公共事务职能的组织");

        private AgencyKind(string code, int order, string chineseName, string englishName, bool owesEveryCategory, bool isPeoplesGovernment, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            OwesEveryCategory = owesEveryCategory;
            IsPeoplesGovernment = isPeoplesGovernment;
        }

        /// <summary>
        /// <c>true</c> for city and county governments, which owe all 15 Art. 20 items (seed 003);
        /// every other agency owes items 1, 2, 5, 6, 7, 8, 9, 10, 14 and 15.
        /// </summary>
        public bool OwesEveryCategory { get; }

        /// <summary>
        /// <c>true</c> for a people's government (人民政府), whose annual report is due by 31 March;
        /// departments' reports are due by 31 January (Art. 49).
        /// </summary>
        public bool IsPeoplesGovernment { get; }
    }
}
