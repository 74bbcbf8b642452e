namespace GovDisclosure.Standard.Schema
{
    /// <summary>One code-list value as binding sees it: its code, names and number.</summary>
    internal sealed record CodelistEntry(string Code, string ChineseName, string EnglishName, int Number);
}
