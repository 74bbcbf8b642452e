namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>How two published copies of a service guide were found to be the same item.</summary>
    public enum ServiceGuideMatchKind
    {
        /// <summary>The same 实施编码 (implementation code).</summary>
        ImplementationCode,

        /// <summary>The same 基本编码 (basic code), and no different implementing body.</summary>
        BasicCode,

        /// <summary>The same item name after <see cref="ServiceItemName.Normalize"/>, and no different implementing body.</summary>
        Name,
    }
}
