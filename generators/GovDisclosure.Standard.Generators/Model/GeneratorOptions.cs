namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// What the MSBuild properties ask for. In the standard library (the core GovDisclosure.Standard
    /// project) the catalogue classes and the <c>StandardCatalogue</c> registry go into
    /// <c>GovDisclosure.Standard.Catalogue</c> and <c>PilotDomain</c> is generated from
    /// <c>domains.json</c>; in any other project they go into its root namespace and the registry is
    /// <c>LocalCatalogue</c>.
    /// </summary>
    internal sealed record GeneratorOptions(bool IsStandardLibrary, string Namespace, string RegistryName, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string StandardNamespace = "GovDisclosure.Standard.Catalogue";
        public const string StandardRegistryName = "StandardCatalogue";
        public const string LocalRegistryName = "LocalCatalogue";
    }
}
