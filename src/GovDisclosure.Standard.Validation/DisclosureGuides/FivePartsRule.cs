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
            : base(RuleDescriptors.FiveParts)
        {
        }

        protected override BilingualText Requirement => new BilingualText("某区 2020 年做法的公开指南五部分之一", "one of the five parts of a district's 2020 convention for disclosure guides");

        protected override IEnumerable<RequiredField<DisclosureGuide>> FieldsOf(DisclosureGuide document) => Fields;
    }
}
