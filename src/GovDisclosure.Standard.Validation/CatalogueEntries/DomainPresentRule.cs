using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-006: the entry names one of the 26 pilot domains (an unknown name is GD-STR-003).</summary>
    internal sealed class DomainPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly DomainPresentRule Instance = new DomainPresentRule();

        private static readonly RequiredField[] Fields = RequiredField.Of<CatalogueEntry>(nameof(CatalogueEntry.Domain));

        private DomainPresentRule()
            : base(RuleDescriptors.DomainPresent)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(CatalogueEntry document) => Fields;
    }
}
