using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-005: the entry names the legal basis that requires publication.</summary>
    internal sealed class LegalBasisPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly LegalBasisPresentRule Instance = new LegalBasisPresentRule();

        private static readonly RequiredField<CatalogueEntry>[] Fields =
        {
            new RequiredField<CatalogueEntry>("/legalBasis", "公开依据", "legal basis", e => TextChecks.HasAny(e.LegalBasis)),
        };

        private LegalBasisPresentRule()
            : base(new RuleDescriptor(
                "GD-CAT-005",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.CatalogueEntry,
                new BilingualText("缺少公开依据", "Legal basis missing"),
                new BilingualText(
                    "每一条目须写明要求公开的法律、法规、规章或文件（如《中华人民共和国政府信息公开条例》）。",
                    "Every entry names the law, regulation, rule or document that requires publication (e.g. 《中华人民共和国政府信息公开条例》).")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("须写明公开依据", "the basis that requires publication");

        protected override IEnumerable<RequiredField<CatalogueEntry>> FieldsOf(CatalogueEntry document) => Fields;
    }
}
