namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// The result of reading one catalogue file: its model when the file has no errors, and every
    /// diagnostic found in it. A file with an error has no model, so nothing half-made is generated.
    /// </summary>
    internal sealed record CatalogueParse(string FilePath, CatalogueModel? Model, string? DomainCode, SourceSpan DomainSpan, EquatableArray<DiagnosticInfo> Diagnostics);
}
