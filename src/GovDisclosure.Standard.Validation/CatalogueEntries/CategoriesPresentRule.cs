using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-007: the entry says which Article 20 items it serves, so that coverage can count it.</summary>
    internal sealed class CategoriesPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly CategoriesPresentRule Instance = new CategoriesPresentRule();

        private static readonly RequiredField[] Fields = RequiredField.Of<CatalogueEntry>(nameof(CatalogueEntry.Categories));

        private CategoriesPresentRule()
            : base(RuleDescriptors.CategoriesPresent)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(CatalogueEntry document) => Fields;
    }
}
