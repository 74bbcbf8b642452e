using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>Whether a content element (公开要素) must be published: ● required, 〇 optional.</summary>
    public sealed class ElementRequirement : CodelistValue<ElementRequirement>
    {
        /// <summary>● 必须公开 — required.</summary>
        public static readonly ElementRequirement Required = new ElementRequirement(ElementRequirementRows.Required);

        /// <summary>〇 可选公开 — optional.</summary>
        public static readonly ElementRequirement Optional = new ElementRequirement(ElementRequirementRows.Optional);

        /// <summary>The guideline does not say.</summary>
        public static readonly ElementRequirement Unspecified = new ElementRequirement(ElementRequirementRows.Unspecified);

        private ElementRequirement(CodelistRow row)
            : base(row.Code, row.Order, row.ChineseName, row.EnglishName, row.Synonyms)
        {
        }
    }
}
