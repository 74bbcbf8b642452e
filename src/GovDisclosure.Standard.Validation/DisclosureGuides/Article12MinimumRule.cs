using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.DisclosureGuides;

namespace GovDisclosure.Standard.Validation.DisclosureGuides
{
    /// <summary>GD-DG-002: a disclosure guide gives the Art. 12 minimum.</summary>
    internal sealed class Article12MinimumRule : RequiredFieldsRule<DisclosureGuide>
    {
        public static readonly Article12MinimumRule Instance = new Article12MinimumRule();

        private static readonly RequiredField<DisclosureGuide>[] GuideFields =
        {
            new RequiredField<DisclosureGuide>("/agencyName", "行政机关名称", "agency name", g => TextChecks.HasText(g.AgencyName)),
            new RequiredField<DisclosureGuide>("/classification", "政府信息的分类", "classification", g => TextChecks.HasText(g.Classification)),
            new RequiredField<DisclosureGuide>("/arrangement", "编排体系", "arrangement", g => TextChecks.HasText(g.Arrangement)),
            new RequiredField<DisclosureGuide>("/howToObtain", "获取方式", "how to obtain information", g => TextChecks.HasText(g.HowToObtain)),
        };

        private static readonly RequiredField<DisclosureGuide>[] WholeOffice =
        {
            new RequiredField<DisclosureGuide>("/office", "政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式", "the disclosure office's name, address, office hours, phone, fax and internet contact", g => g.Office != null),
        };

        private static readonly RequiredField<DisclosureGuide>[] OfficeFields =
        {
            new RequiredField<DisclosureGuide>("/office/name", "工作机构名称", "office name", g => TextChecks.HasText(g.Office?.Name)),
            new RequiredField<DisclosureGuide>("/office/address", "办公地址", "office address", g => TextChecks.HasText(g.Office?.Address)),
            new RequiredField<DisclosureGuide>("/office/officeHours", "办公时间", "office hours", g => TextChecks.HasText(g.Office?.OfficeHours)),
            new RequiredField<DisclosureGuide>("/office/phone", "联系电话", "phone", g => TextChecks.HasText(g.Office?.Phone)),
            new RequiredField<DisclosureGuide>("/office/fax", "传真号码", "fax", g => TextChecks.HasText(g.Office?.Fax)),
            new RequiredField<DisclosureGuide>("/office/internetContact", "互联网联系方式", "internet contact", g => TextChecks.HasText(g.Office?.InternetContact)),
        };

        private Article12MinimumRule()
            : base(RuleDescriptors.GuideArticle12Minimum)
        {
        }

        protected override BilingualText Requirement => new BilingualText("条例第十二条", "Article 12 of the Regulations");

        protected override IEnumerable<RequiredField<DisclosureGuide>> FieldsOf(DisclosureGuide document) =>
            GuideFields.Concat(document.Office is null ? WholeOffice : OfficeFields);
    }
}
