namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>A column of table 二: the member it fills (empty where the row is one value), its heading on the form, the words a published heading is known by, and whether it is an amount of money.</summary>
    internal sealed record ProactiveColumn(string Member, string Heading, string[] Words, bool IsAmount);
}
