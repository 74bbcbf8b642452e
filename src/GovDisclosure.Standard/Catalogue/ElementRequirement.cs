using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>Whether a content element (公开要素) must be published: ● required, 〇 optional.</summary>
    public sealed class ElementRequirement : CodelistValue<ElementRequirement>
    {
        /// <summary>● 必须公开 — required.</summary>
        public static readonly ElementRequirement Required = new ElementRequirement("required", 1, "必须公开", "Required", "●", "必须", "必填", "必要");

        /// <summary>〇 可选公开 — optional.</summary>
        public static readonly ElementRequirement Optional = new ElementRequirement("optional", 2, "可选公开", "Optional", "〇", "○", "可选", "选填");

        /// <summary>The guideline does not say.</summary>
        public static readonly ElementRequirement Unspecified = new ElementRequirement("unspecified", 3, "未标注", "Unspecified");

        private ElementRequirement(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
