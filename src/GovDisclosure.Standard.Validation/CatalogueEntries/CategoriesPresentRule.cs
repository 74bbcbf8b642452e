using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-007: the entry says which Article 20 items it serves, so that coverage can count it.</summary>
    internal sealed class CategoriesPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly CategoriesPresentRule Instance = new CategoriesPresentRule();

        private static readonly RequiredField<CatalogueEntry>[] Fields =
        {
            new RequiredField<CatalogueEntry>("/categories", "条例第二十条事项", "Article 20 items", e => e.Categories.Count > 0),
        };

        private CategoriesPresentRule()
            : base(new RuleDescriptor(
                "GD-CAT-007",
                FindingSeverity.Information,
                FindingCategory.Completeness,
                DocumentKind.CatalogueEntry,
                new BilingualText("未标注对应的第二十条事项", "Article 20 items not given"),
                new BilingualText(
                    "条目未标注所对应的条例第二十条事项（1 至 15），目录覆盖检查（GD-CAT-008）无法计入该条目。",
                    "The entry does not say which items of Article 20 (1 to 15) it serves, so the coverage check (GD-CAT-008) cannot count it.")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("用于目录覆盖检查", "used by the coverage check");

        protected override IEnumerable<RequiredField<CatalogueEntry>> FieldsOf(CatalogueEntry document) => Fields;
    }
}
