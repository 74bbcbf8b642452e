namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// What one catalogue file produces: the class to emit (or <c>null</c> when the file has an error)
    /// with its namespace, and the diagnostics to report.
    /// </summary>
    internal sealed record CatalogueOutput(string FilePath, CatalogueModel? Model, string Namespace, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public CatalogueSummary? Summary => Model is null ? null : new CatalogueSummary(Model.ClassName, Model.DomainCode, Model.DomainMember, Model.Version);
    }
}
