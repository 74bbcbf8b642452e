namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>The registry class to emit: its namespace and name, the catalogue version, and the catalogues in domain order.</summary>
    internal sealed record RegistryModel(bool IsStandardLibrary, string Namespace, string Name, string Version, EquatableArray<CatalogueSummary> Catalogues);
}
