namespace GovDisclosure.Standard.Generators
{
    /// <summary>The names of the generator's pipeline steps, for step tracking in tests.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string CatalogueFiles = nameof(CatalogueFiles);
        public const string DomainList = nameof(DomainList);
        public const string DomainListChoice = nameof(DomainListChoice);
        public const string ReferencedDomains = nameof(ReferencedDomains);
        public const string KnownDomains = nameof(KnownDomains);
        public const string CatalogueIdentities = nameof(CatalogueIdentities);
        public const string CatalogueOutputs = nameof(CatalogueOutputs);
        public const string Registry = nameof(Registry);
    }
}
