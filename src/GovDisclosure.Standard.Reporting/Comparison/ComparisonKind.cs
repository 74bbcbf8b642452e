namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>What a <see cref="ComparisonReport"/> compares.</summary>
    public enum ComparisonKind
    {
        /// <summary>A local catalogue (编制的标准目录) against the standard catalogue of its pilot domains.</summary>
        CatalogueWithStandard,

        /// <summary>Service guides (办事指南) of two or more sources, each against the first (办事指南一致性检查).</summary>
        ServiceGuides,
    }
}
