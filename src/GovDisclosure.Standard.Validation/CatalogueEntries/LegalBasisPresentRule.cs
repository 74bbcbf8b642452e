using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-005: the entry names the legal basis that requires publication.</summary>
    internal sealed class LegalBasisPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly LegalBasisPresentRule Instance = new LegalBasisPresentRule();

        private static readonly RequiredField[] Fields = RequiredField.Of<CatalogueEntry>(nameof(CatalogueEntry.LegalBasis));

        private LegalBasisPresentRule()
            : base(RuleDescriptors.LegalBasisPresent)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(CatalogueEntry document) => Fields;
    }
}
