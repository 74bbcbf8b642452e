using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.DisclosureGuides;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.DisclosureGuides
{
    /// <summary>GD-DG-002: a disclosure guide gives the Art. 12 minimum.</summary>
    internal sealed class Article12MinimumRule : RequiredFieldsRule<DisclosureGuide>
    {
        public static readonly Article12MinimumRule Instance = new Article12MinimumRule();

        private static readonly RequiredField[] GuideFields = RequiredField.AllExcept<DisclosureGuide>(nameof(DisclosureGuide.Office));

        /// <summary>The whole office, reported once when it is missing.</summary>
        private static readonly RequiredField[] WholeOffice = RequiredField.Of<DisclosureGuide>(nameof(DisclosureGuide.Office));

        private static readonly RequiredField[] OfficeFields = RequiredField.Within<DisclosureGuide>(nameof(DisclosureGuide.Office));

        private Article12MinimumRule()
            : base(RuleDescriptors.GuideArticle12Minimum)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(DisclosureGuide document) =>
            GuideFields.Concat(document.Office is null ? WholeOffice : OfficeFields);
    }
}
