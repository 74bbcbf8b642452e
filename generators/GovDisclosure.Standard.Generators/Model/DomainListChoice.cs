namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>The <c>domains.json</c> the compilation uses (the first by path), with diagnostics about it or about others given besides it.</summary>
    internal sealed record DomainListChoice(DomainListParse? Chosen, EquatableArray<DiagnosticInfo> Diagnostics);
}
