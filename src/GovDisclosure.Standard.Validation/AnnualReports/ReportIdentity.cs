namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// One identity of a report's tables, left₁ + left₂ + … = right₁ + right₂ + …, as cell indexes of a
    /// <see cref="ReportLayout"/>: the cell a finding is located at, the two sides, the side's single 总计 cell when the
    /// identity is "total = parts" (else -1), its name as a sentence of the report, and the row or group that must be in
    /// the report for the identity to apply (a presence flag of the layout, else -1). The sides are arrays: every rule sums
    /// them on every report, indexed directly rather than through an interface.
    /// </summary>
    internal sealed record ReportIdentity(int Anchor, int[] Left, int[] Right, int Total, BilingualText Name, int Requires)
    {
        /// <summary>Its place in its layout's <see cref="ReportLayout.All"/>, by which a report's outcomes are kept (-1 before it is laid).</summary>
        public int Index { get; init; } = -1;
    }
}
