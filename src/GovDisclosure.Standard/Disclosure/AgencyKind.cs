using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// The kind of administrative agency (行政机关) whose documents are checked. Every agency owes every
    /// Art. 20 item for the information it holds (《中华人民共和国政府信息公开条例》第二十条：主动公开本行政机关的下列政府信息);
    /// what does depend on the kind is the extra areas of Art. 21 (<see cref="Catalogue.Article21Area"/>) and the
    /// annual report's due date of Art. 49.
    /// </summary>
    public sealed class AgencyKind : CodelistValue<AgencyKind>
    {
        /// <summary>设区的市级人民政府 — a city people's government.</summary>
        public static readonly AgencyKind CityGovernment = new AgencyKind("cityGovernment", 1, "市级人民政府", "City people's government", true, "设区的市级人民政府", "市人民政府", "市政府");

        /// <summary>县级人民政府 — a county, district or county-level city people's government.</summary>
        public static readonly AgencyKind CountyGovernment = new AgencyKind("countyGovernment", 2, "县级人民政府", "County people's government", true, "县（市、区）人民政府", "县人民政府", "区人民政府", "县政府", "区政府");

        /// <summary>乡（镇）人民政府 — a township or town people's government.</summary>
        public static readonly AgencyKind TownshipGovernment = new AgencyKind("townshipGovernment", 3, "乡（镇）人民政府", "Township people's government", true, "乡镇人民政府", "乡镇政府", "镇人民政府", "乡人民政府");

        /// <summary>政府部门 — a department of a people's government at county level or above (e.g. a county civil-affairs bureau).</summary>
        public static readonly AgencyKind GovernmentDepartment = new AgencyKind("governmentDepartment", 4, "政府部门", "Government department", false, "政府工作部门", "部门", "县级以上人民政府部门");

        /// <summary>其他行政机关 — another body exercising administrative functions under law (Art. 54).</summary>
        public static readonly AgencyKind OtherAdministrativeAgency = new AgencyKind("otherAdministrativeAgency", 5, "其他行政机关", "Other administrative agency", false, "法律、法规授权的具有管理公共事务职能的组织");

        /// <summary>街道办事处 — a sub-district office, the county or district government's agency for an urban sub-district.</summary>
        public static readonly AgencyKind SubdistrictOffice = new AgencyKind("subdistrictOffice", 6, "街道办事处", "Sub-district office", false, "街道", "街道办");

        /// <summary>省级人民政府 — a province, autonomous region or municipality directly under the central government.</summary>
        public static readonly AgencyKind ProvincialGovernment = new AgencyKind("provincialGovernment", 7, "省级人民政府", "Provincial people's government", true, "省人民政府", "省政府", "自治区人民政府", "直辖市人民政府");

        private AgencyKind(string code, int order, string chineseName, string englishName, bool isPeoplesGovernment, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            IsPeoplesGovernment = isPeoplesGovernment;
        }

        /// <summary>
        /// <c>true</c> for a people's government (人民政府) of any level, township included. When its
        /// annual report is due is a separate question (Art. 49 names 县级以上地方人民政府 only).
        /// </summary>
        public bool IsPeoplesGovernment { get; }
    }
}
