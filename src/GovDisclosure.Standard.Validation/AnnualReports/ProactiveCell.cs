namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>A cell of table 二: where, its printed name, its value, and whether it may be negative (本年增/减).</summary>
    internal sealed record ProactiveCell(string Pointer, string Chinese, string English, decimal? Value, bool MayBeNegative, bool RowAbsent);
}
