using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// One identity of a report's tables, left₁ + left₂ + … = right₁ + right₂ + …: the cell a finding
    /// is located at, the two sides, the side's single 总计 cell when the identity is "total = parts",
    /// and its name as a sentence of the report.
    /// </summary>
    internal sealed record ReportIdentity(Cell Anchor, IReadOnlyList<Cell> Left, IReadOnlyList<Cell> Right, Cell? Total, BilingualText Name);
}
