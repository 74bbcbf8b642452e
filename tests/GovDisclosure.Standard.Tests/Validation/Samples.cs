using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Directories;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>Complete, correct documents of every kind, for tests to break one thing at a time.</summary>
    internal static class Samples
    {
        public static readonly DisclosureValidator Validator = new DisclosureValidator();

        public static IReadOnlyList<string> Ids<TDocument>(TDocument document)
            where TDocument : class =>
            Validator.Validate(document).Select(f => f.RuleId).ToArray();

        public static IReadOnlyList<Finding> Of<TDocument>(TDocument document, string ruleId)
            where TDocument : class =>
            Validator.Validate(document).Where(f => f.RuleId == ruleId).ToArray();

        public static ServiceGuide Guide() => new ServiceGuide
        {
            ItemName = "最低生活保障金给付",
            LegalBasis = new[] { "《社会救助暂行办法》第十一条" },
            Conditions = "共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定。",
            Materials = new[]
            {
                new ServiceMaterial { Name = "申请人居民身份证", Necessity = MaterialNecessity.Required },
                new ServiceMaterial { Name = "户口簿", Necessity = MaterialNecessity.Required },
            },
            HandlingPlace = "某县某镇便民服务中心一楼 3 号窗口",
            HandlingBody = "某县民政局",
            IsCharged = false,
            OfficeHours = "工作日 9:00-12:00，14:00-17:00",
            ContactPhone = "023-12345678",
            Procedure = "申请、受理、审核、审批、公示、发放",
            LegalTimeLimit = TimePeriod.WorkingDays(30),
            PromisedTimeLimit = TimePeriod.WorkingDays(20),
        };

        public static CatalogueEntry Entry() => new CatalogueEntry
        {
            Domain = PilotDomain.ElderlyCareServices,
            FirstLevelItem = "养老服务通用政策",
            SecondLevelItem = "国家和地方层面养老服务相关法律、法规、政策文件",
            ContentElements = new[] { new ContentElement("文件名称", ElementRequirement.Required), new ContentElement("文号", ElementRequirement.Required) },
            LegalBasis = new[] { "《中华人民共和国政府信息公开条例》" },
            TimeLimit = DisclosureTimeLimit.Parse("制定或获取文件之日起10个工作日内"),
            ResponsibleBody = "县级人民政府民政部门",
            Channels = new[] { PublicationChannel.Of(DisclosureChannel.GovernmentWebsite), PublicationChannel.OtherNamed("信用中国网站") },
            Audiences = new[] { DisclosureAudience.Public },
            Modes = new[] { DisclosureMode.Proactive },
            Levels = new[] { AdministrativeLevel.County },
            Categories = new[] { DisclosureCategory.RegulationsAndNormativeDocuments },
        };

        public static DirectoryItem Item() => new DirectoryItem
        {
            IndexNumber = "11500000MB1234567X/2024-00012",
            Title = "关于调整城乡最低生活保障标准的通知",
            Summary = "自 2024 年 7 月起调整城乡低保标准。",
            CreatedOn = new CalendarDate(2024, 6, 3),
            PublishedOn = new CalendarDate(2024, 6, 7),
            Mode = DisclosureMode.Proactive,
        };

        public static DisclosureGuide DisclosureGuide() => new DisclosureGuide
        {
            AgencyName = "某县民政局",
            InformationHeld = "本机关制作或获取的政府信息。",
            Classification = "按主题分类。",
            Arrangement = "按索引号编排。",
            PublishedInformation = "通过政府网站主动公开。",
            HowToObtain = "登录政府网站查阅，或依申请获取。",
            ApplicationChannels = "当面、信函、网络提交申请。",
            Office = new DisclosureOffice
            {
                Name = "某县民政局办公室",
                Address = "某县某路 1 号",
                OfficeHours = "工作日 9:00-17:00",
                Phone = "023-12345678",
                Fax = "023-12345679",
                InternetContact = "mzj@example.gov.cn",
            },
            OtherMatters = "申请人对答复不服的，可以申请行政复议或提起行政诉讼。",
        };

        public static EnforcementDisclosure EnforcementRecord() => new EnforcementDisclosure
        {
            EnforcingBody = "某县市场监督管理局",
            Party = "某某食品有限公司",
            Category = EnforcementCategory.Penalty,
            Conclusion = "罚款人民币 5000 元",
            DecidedOn = new CalendarDate(2024, 9, 27),
            PublishedOn = new CalendarDate(2024, 10, 9),
        };
    }
}
