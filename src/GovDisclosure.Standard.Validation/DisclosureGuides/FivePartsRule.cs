using System.Collections.Generic;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.DisclosureGuides
{
    /// <summary>
    /// GD-DG-001 (rule set <c>five-part-guide</c>, opt-in): a disclosure guide has the five parts of a
    /// district's 2020 convention. The national rule is Art. 12 (<see cref="Article12MinimumRule"/>, GD-DG-002).
    /// </summary>
    internal sealed class FivePartsRule : RequiredFieldsRule<DisclosureGuide>
    {
        public static readonly FivePartsRule Instance = new FivePartsRule();

        private static readonly RequiredField[] Fields =
        {
            RequiredField.Of<DisclosureGuide>(nameof(DisclosureGuide.AgencyName))[0],
            RequiredField.Numbered<DisclosureGuide>(nameof(DisclosureGuide.InformationHeld), "一、", "part 1, "),
            RequiredField.Numbered<DisclosureGuide>(nameof(DisclosureGuide.PublishedInformation), "二、", "part 2, "),
            RequiredField.Numbered<DisclosureGuide>(nameof(DisclosureGuide.ApplicationChannels), "三、", "part 3, "),
            RequiredField.Numbered<DisclosureGuide>(nameof(DisclosureGuide.Office), "四、", "part 4, "),
            RequiredField.Numbered<DisclosureGuide>(nameof(DisclosureGuide.OtherMatters), "五、", "part 5, "),
        };

        private FivePartsRule()
            : base(RuleDescriptors.FiveParts)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(DisclosureGuide document) => Fields;
    }
}
