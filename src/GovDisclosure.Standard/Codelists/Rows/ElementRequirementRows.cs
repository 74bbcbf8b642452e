namespace GovDisclosure.Standard.Codelists
{
    /// <summary>The values of the code list <c>ElementRequirement</c> (see its documentation), in declaration order.</summary>
    internal static class ElementRequirementRows
    {
        /// <summary>The row of <c>ElementRequirement.Required</c>.</summary>
        internal static readonly CodelistRow Required = new CodelistRow("required", 1, "必须公开", "Required", "●", "必须", "必填", "必要");

        /// <summary>The row of <c>ElementRequirement.Optional</c>.</summary>
        internal static readonly CodelistRow Optional = new CodelistRow("optional", 2, "可选公开", "Optional", "〇", "○", "可选", "选填");

        /// <summary>The row of <c>ElementRequirement.Unspecified</c>.</summary>
        internal static readonly CodelistRow Unspecified = new CodelistRow("unspecified", 3, "未标注", "Unspecified");

        /// <summary>Every row in declaration order.</summary>
        internal static readonly CodelistRow[] All = { Required, Optional, Unspecified };
    }
}
