using System;
using System.Globalization;
using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// One of the 15 kinds of government information that Article 20 of the Regulations on the
    /// Disclosure of Government Information (《中华人民共和国政府信息公开条例》, revised 2019) requires
    /// to be published proactively (主动公开的政府信息). Its number is the item's number in Art. 20.
    /// Art. 20 binds every administrative agency for the information it holds (主动公开本行政机关的下列政府信息):
    /// no item is owed by some kinds of agency only. An agency that holds no information of an item has
    /// nothing to publish under it.
    /// </summary>
    public sealed class DisclosureCategory : CodelistValue<DisclosureCategory>
    {
        /// <summary>(一) 行政法规、规章和规范性文件.</summary>
        public static readonly DisclosureCategory RegulationsAndNormativeDocuments = new DisclosureCategory(1, "regulationsAndNormativeDocuments", "行政法规、规章和规范性文件", "Administrative regulations, rules and normative documents");

        /// <summary>(二) 机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名.</summary>
        public static readonly DisclosureCategory AgencyFunctionsAndContacts = new DisclosureCategory(2, "agencyFunctionsAndContacts", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", "Functions, structure, address, hours, contacts and heads of the agency");

        /// <summary>(三) 国民经济和社会发展规划、专项规划、区域规划及相关政策.</summary>
        public static readonly DisclosureCategory DevelopmentPlans = new DisclosureCategory(3, "developmentPlans", "国民经济和社会发展规划、专项规划、区域规划及相关政策", "Economic and social development plans, special and regional plans and related policies");

        /// <summary>(四) 国民经济和社会发展统计信息.</summary>
        public static readonly DisclosureCategory DevelopmentStatistics = new DisclosureCategory(4, "developmentStatistics", "国民经济和社会发展统计信息", "Economic and social development statistics");

        /// <summary>(五) 办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果.</summary>
        public static readonly DisclosureCategory LicensingAndServices = new DisclosureCategory(5, "licensingAndServices", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", "Basis, conditions, procedures and results of administrative licensing and other external management and services");

        /// <summary>(六) 实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定.</summary>
        public static readonly DisclosureCategory PenaltiesAndCompulsion = new DisclosureCategory(6, "penaltiesAndCompulsion", "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定", "Basis, conditions and procedures of administrative penalties and compulsion, and penalty decisions of social significance");

        /// <summary>(七) 财政预算、决算信息.</summary>
        public static readonly DisclosureCategory BudgetsAndFinalAccounts = new DisclosureCategory(7, "budgetsAndFinalAccounts", "财政预算、决算信息", "Budgets and final accounts");

        /// <summary>(八) 行政事业性收费项目及其依据、标准.</summary>
        public static readonly DisclosureCategory AdministrativeFees = new DisclosureCategory(8, "administrativeFees", "行政事业性收费项目及其依据、标准", "Administrative fees, their basis and rates");

        /// <summary>(九) 政府集中采购项目的目录、标准及实施情况.</summary>
        public static readonly DisclosureCategory CentralisedProcurement = new DisclosureCategory(9, "centralisedProcurement", "政府集中采购项目的目录、标准及实施情况", "Catalogue, standards and implementation of centralised government procurement");

        /// <summary>(十) 重大建设项目的批准和实施情况.</summary>
        public static readonly DisclosureCategory MajorConstructionProjects = new DisclosureCategory(10, "majorConstructionProjects", "重大建设项目的批准和实施情况", "Approval and implementation of major construction projects");

        /// <summary>(十一) 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况.</summary>
        public static readonly DisclosureCategory SocialPolicies = new DisclosureCategory(11, "socialPolicies", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", "Policies and measures on poverty alleviation, education, health care, social security and employment, and their implementation");

        /// <summary>(十二) 突发公共事件的应急预案、预警信息及应对情况.</summary>
        public static readonly DisclosureCategory PublicEmergencies = new DisclosureCategory(12, "publicEmergencies", "突发公共事件的应急预案、预警信息及应对情况", "Emergency plans, warnings and responses to public emergencies");

        /// <summary>(十三) 环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况.</summary>
        public static readonly DisclosureCategory SupervisionAndInspection = new DisclosureCategory(13, "supervisionAndInspection", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", "Supervision and inspection of environmental protection, public health, work safety, food and drugs and product quality");

        /// <summary>(十四) 公务员招考的职位、名额、报考条件等事项以及录用结果.</summary>
        public static readonly DisclosureCategory CivilServiceRecruitment = new DisclosureCategory(14, "civilServiceRecruitment", "公务员招考的职位、名额、报考条件等事项以及录用结果", "Civil-service recruitment positions, numbers, requirements and results");

        /// <summary>(十五) 法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息.</summary>
        public static readonly DisclosureCategory OtherRequiredByLaw = new DisclosureCategory(15, "otherRequiredByLaw", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", "Other information that laws, regulations, rules and national provisions require to be published");

        private DisclosureCategory(int number, string code, string chineseName, string englishName)
            : base(code, number, chineseName, englishName, number.ToString(CultureInfo.InvariantCulture), "第" + number.ToString(CultureInfo.InvariantCulture) + "项")
        {
        }

        /// <summary>The item's number in Art. 20 (1 to 15).</summary>
        public int Number => Value;

        /// <summary>The item with the given Art. 20 number.</summary>
        /// <param name="number">1 to 15.</param>
        /// <exception cref="ArgumentOutOfRangeException">The number is not an item of Art. 20.</exception>
        public static DisclosureCategory FromNumber(int number)
        {
            if (number < 1 || number > 15)
            {
                throw new ArgumentOutOfRangeException(nameof(number), number, "Article 20 has items 1 to 15.");
            }

            return Declared[number - 1];
        }
    }
}
