using System.Collections.Generic;
using GovDisclosure.Standard.DisclosureGuides;

namespace GovDisclosure.Standard.Validation.DisclosureGuides
{
    /// <summary>
    /// GD-DG-001 (rule set <c>five-part-guide</c>, opt-in): a disclosure guide has the five parts of a
    /// district's 2020 convention. The national rule is Art. 12 (<see cref="Article12MinimumRule"/>, GD-DG-002).
    /// </summary>
    internal sealed class FivePartsRule : RequiredFieldsRule<DisclosureGuide>
    {
        public static readonly FivePartsRule Instance = new FivePartsRule();

        private static readonly RequiredField<DisclosureGuide>[] Fields =
        {
            new RequiredField<DisclosureGuide>("/agencyName", "行政机关名称", "agency name", g => TextChecks.HasText(g.AgencyName)),
            new RequiredField<DisclosureGuide>("/informationHeld", "一、本机关持有政府信息基本情况", "part 1, information held", g => TextChecks.HasText(g.InformationHeld)),
            new RequiredField<DisclosureGuide>("/publishedInformation", "二、本机关对外发布政府信息情况", "part 2, information published", g => TextChecks.HasText(g.PublishedInformation)),
            new RequiredField<DisclosureGuide>("/applicationChannels", "三、政府信息公开申请渠道", "part 3, how to apply", g => TextChecks.HasText(g.ApplicationChannels)),
            new RequiredField<DisclosureGuide>("/office", "四、政府信息公开工作机构情况", "part 4, the disclosure office", g => g.Office != null),
            new RequiredField<DisclosureGuide>("/otherMatters", "五、其他事项", "part 5, other matters", g => TextChecks.HasText(g.OtherMatters)),
        };

        private FivePartsRule()
            : base(new RuleDescriptor(
                "GD-DG-001",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.DisclosureGuide,
                new BilingualText("公开指南缺少组成部分", "Disclosure guide part missing"),
                new BilingualText(
                    "可选规则集 five-part-guide：某区 2020 年的做法，政府信息公开指南由五部分组成：本机关持有政府信息基本情况；本机关对外发布政府信息情况；政府信息公开申请渠道；政府信息公开工作机构情况；其他事项。这是地方做法；全国性的要求是条例第十二条（GD-DG-002）。",
                    "Opt-in rule set five-part-guide: a district's 2020 convention that a disclosure guide has five parts: the information the agency holds; what it publishes; how to apply; the disclosure office; other matters. A local convention; the national requirement is Article 12 of the Regulations (GD-DG-002).")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("某区 2020 年做法的公开指南五部分之一", "one of the five parts of a district's 2020 convention for disclosure guides");

        protected override IEnumerable<RequiredField<DisclosureGuide>> FieldsOf(DisclosureGuide document) => Fields;
    }
}
