using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-006: the entry names one of the 26 pilot domains (an unknown name is GD-STR-003).</summary>
    internal sealed class DomainPresentRule : RequiredFieldsRule<CatalogueEntry>
    {
        public static readonly DomainPresentRule Instance = new DomainPresentRule();

        private static readonly RequiredField<CatalogueEntry>[] Fields =
        {
            new RequiredField<CatalogueEntry>("/domain", "试点领域", "pilot domain", e => e.Domain != null),
        };

        private DomainPresentRule()
            : base(new RuleDescriptor(
                "GD-CAT-006",
                FindingSeverity.Warning,
                FindingCategory.Completeness,
                DocumentKind.CatalogueEntry,
                new BilingualText("未注明试点领域", "Pilot domain not given"),
                new BilingualText(
                    "条目应注明所属的 26 个试点领域之一（如 养老服务、社会救助）；写了但不是已知领域的，由 GD-STR-003 报告并给出最接近的领域。",
                    "An entry names one of the 26 pilot domains (e.g. 养老服务, 社会救助); a name that is not a known domain is reported by GD-STR-003 with the closest domain.")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("须注明所属试点领域", "the pilot domain it belongs to");

        protected override IEnumerable<RequiredField<CatalogueEntry>> FieldsOf(CatalogueEntry document) => Fields;
    }
}
