using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.ServiceGuides
{
    /// <summary>Whether an applicant must submit a material (材料必要性).</summary>
    public sealed class MaterialNecessity : CodelistValue<MaterialNecessity>
    {
        /// <summary>必要 — always required.</summary>
        public static readonly MaterialNecessity Required = new MaterialNecessity("required", 1, "必要", "Required", "必须", "必需", "必交", "是");

        /// <summary>非必要 — not required.</summary>
        public static readonly MaterialNecessity Optional = new MaterialNecessity("optional", 2, "非必要", "Optional", "非必须", "可选", "否");

        /// <summary>容缺 — may be supplied after acceptance (容缺受理).</summary>
        public static readonly MaterialNecessity Deferrable = new MaterialNecessity("deferrable", 3, "容缺", "May be supplied later", "容缺后补", "容缺受理");

        /// <summary>特定情形下必要 — required in stated circumstances.</summary>
        public static readonly MaterialNecessity Conditional = new MaterialNecessity("conditional", 4, "特定情形下必要", "Required in stated circumstances", "视情况", "特定情形");

        private MaterialNecessity(string code, int order, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
        }
    }
}
