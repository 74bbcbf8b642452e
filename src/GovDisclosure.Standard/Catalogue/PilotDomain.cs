using System.Collections.Generic;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// One of the 26 pilot domains (试点领域) of grass-roots disclosure standardisation
    /// (基层政务公开标准化规范化, 国办发〔2019〕54号), each with a ministry's guideline and a standard
    /// catalogue. The canonical list, with provenance, is <c>catalog/domains.json</c>; a test keeps
    /// this code list equal to it.
    /// </summary>
    public sealed class PilotDomain : CodelistValue<PilotDomain>
    {
        /// <summary>重大建设项目.</summary>
        public static readonly PilotDomain MajorConstructionProjects = new PilotDomain(1, "majorConstructionProjects", "重大建设项目", "Major Construction Projects", new[] { "国家发展改革委" });

        /// <summary>公共资源交易.</summary>
        public static readonly PilotDomain PublicResourceTrading = new PilotDomain(2, "publicResourceTrading", "公共资源交易", "Public Resource Trading", new[] { "国家发展改革委" });

        /// <summary>财政预决算.</summary>
        public static readonly PilotDomain BudgetsAndFinalAccounts = new PilotDomain(3, "budgetsAndFinalAccounts", "财政预决算", "Budgets and Final Accounts", new[] { "财政部" });

        /// <summary>安全生产.</summary>
        public static readonly PilotDomain WorkSafety = new PilotDomain(4, "workSafety", "安全生产", "Work Safety", new[] { "应急管理部" });

        /// <summary>税收管理.</summary>
        public static readonly PilotDomain TaxAdministration = new PilotDomain(5, "taxAdministration", "税收管理", "Tax Administration", new[] { "国家税务总局" });

        /// <summary>农村集体土地征收 (earlier: 征地补偿).</summary>
        public static readonly PilotDomain RuralCollectiveLandExpropriation = new PilotDomain(6, "ruralCollectiveLandExpropriation", "农村集体土地征收", "Rural Collective Land Expropriation", new[] { "自然资源部" }, "征地补偿");

        /// <summary>国有土地上房屋征收与补偿.</summary>
        public static readonly PilotDomain StateLandBuildingExpropriation = new PilotDomain(7, "stateLandBuildingExpropriation", "国有土地上房屋征收与补偿", "Expropriation of Buildings on State-owned Land", new[] { "住房城乡建设部" }, "国有土地上房屋征收");

        /// <summary>农村危房改造.</summary>
        public static readonly PilotDomain RuralDilapidatedHousingRenovation = new PilotDomain(8, "ruralDilapidatedHousingRenovation", "农村危房改造", "Rural Dilapidated Housing Renovation", new[] { "住房城乡建设部" });

        /// <summary>生态环境 (earlier: 环境保护).</summary>
        public static readonly PilotDomain EcologyAndEnvironment = new PilotDomain(9, "ecologyAndEnvironment", "生态环境", "Ecology and Environment", new[] { "生态环境部" }, "环境保护");

        /// <summary>公共文化服务.</summary>
        public static readonly PilotDomain PublicCulturalServices = new PilotDomain(10, "publicCulturalServices", "公共文化服务", "Public Cultural Services", new[] { "文化和旅游部", "国家文物局" });

        /// <summary>公共法律服务.</summary>
        public static readonly PilotDomain PublicLegalServices = new PilotDomain(11, "publicLegalServices", "公共法律服务", "Public Legal Services", new[] { "司法部" });

        /// <summary>扶贫.</summary>
        public static readonly PilotDomain PovertyAlleviation = new PilotDomain(12, "povertyAlleviation", "扶贫", "Poverty Alleviation", new[] { "国务院扶贫办" });

        /// <summary>救灾.</summary>
        public static readonly PilotDomain DisasterRelief = new PilotDomain(13, "disasterRelief", "救灾", "Disaster Relief", new[] { "应急管理部" });

        /// <summary>食品药品监管.</summary>
        public static readonly PilotDomain FoodAndDrugRegulation = new PilotDomain(14, "foodAndDrugRegulation", "食品药品监管", "Food and Drug Regulation", new[] { "市场监管总局" });

        /// <summary>城市综合执法.</summary>
        public static readonly PilotDomain UrbanComprehensiveLawEnforcement = new PilotDomain(15, "urbanComprehensiveLawEnforcement", "城市综合执法", "Urban Comprehensive Law Enforcement", new[] { "住房城乡建设部" });

        /// <summary>就业.</summary>
        public static readonly PilotDomain Employment = new PilotDomain(16, "employment", "就业", "Employment", new[] { "人力资源社会保障部" });

        /// <summary>社会保险.</summary>
        public static readonly PilotDomain SocialInsurance = new PilotDomain(17, "socialInsurance", "社会保险", "Social Insurance", new[] { "人力资源社会保障部" });

        /// <summary>社会救助.</summary>
        public static readonly PilotDomain SocialAssistance = new PilotDomain(18, "socialAssistance", "社会救助", "Social Assistance", new[] { "民政部" });

        /// <summary>养老服务.</summary>
        public static readonly PilotDomain ElderlyCareServices = new PilotDomain(19, "elderlyCareServices", "养老服务", "Elderly Care Services", new[] { "民政部" });

        /// <summary>户籍管理.</summary>
        public static readonly PilotDomain HouseholdRegistration = new PilotDomain(20, "householdRegistration", "户籍管理", "Household Registration", new[] { "公安部" });

        /// <summary>涉农补贴.</summary>
        public static readonly PilotDomain AgricultureRelatedSubsidies = new PilotDomain(21, "agricultureRelatedSubsidies", "涉农补贴", "Agriculture-related Subsidies", new[] { "财政部" });

        /// <summary>义务教育.</summary>
        public static readonly PilotDomain CompulsoryEducation = new PilotDomain(22, "compulsoryEducation", "义务教育", "Compulsory Education", new[] { "教育部" });

        /// <summary>卫生健康 (also called 医疗卫生).</summary>
        public static readonly PilotDomain Health = new PilotDomain(23, "health", "卫生健康", "Health", new[] { "国家卫生健康委" }, "医疗卫生");

        /// <summary>城乡规划.</summary>
        public static readonly PilotDomain UrbanAndRuralPlanning = new PilotDomain(24, "urbanAndRuralPlanning", "城乡规划", "Urban and Rural Planning", new[] { "自然资源部" });

        /// <summary>保障性住房.</summary>
        public static readonly PilotDomain SubsidisedHousing = new PilotDomain(25, "subsidisedHousing", "保障性住房", "Government-subsidised Housing", new[] { "住房城乡建设部" });

        /// <summary>市政服务.</summary>
        public static readonly PilotDomain MunicipalServices = new PilotDomain(26, "municipalServices", "市政服务", "Municipal Services", new[] { "住房城乡建设部" });

        private PilotDomain(int number, string code, string chineseName, string englishName, string[] ministries, params string[] aliases)
            : base(code, number, chineseName, englishName, aliases)
        {
            Ministries = ministries;
        }

        /// <summary>The domain's number in the list of domain-reference §3 (1 to 26).</summary>
        public int Number => Value;

        /// <summary>The ministries (主管部门) that issued the domain's guideline.</summary>
        public IReadOnlyList<string> Ministries { get; }
    }
}
