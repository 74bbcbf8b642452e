namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>One cell of a report table: where it is, its printed name, and its value (<c>null</c> when blank).</summary>
    internal sealed record Cell(string Pointer, string Chinese, string English, int? Value);
}
