namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>The result of reading <c>domains.json</c>: its model when it has no errors, and its diagnostics.</summary>
    internal sealed record DomainListParse(string FilePath, DomainListModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
