namespace GovDisclosure.Standard.Codelists
{
    /// <summary>The values of the code list <c>GuidelineCoverage</c> (see its documentation), in declaration order.</summary>
    internal static class GuidelineCoverageRows
    {
        /// <summary>The row of <c>GuidelineCoverage.Complete</c>.</summary>
        internal static readonly CodelistRow Complete = new CodelistRow("complete", 1, "完整", "Complete");

        /// <summary>The row of <c>GuidelineCoverage.Partial</c>.</summary>
        internal static readonly CodelistRow Partial = new CodelistRow("partial", 2, "部分", "Partial");

        /// <summary>Every row in declaration order.</summary>
        internal static readonly CodelistRow[] All = { Complete, Partial };
    }
}
