namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>Everything a catalogue file's output depends on besides the file itself.</summary>
    internal sealed record GenerationContext(GeneratorOptions Options, KnownDomains KnownDomains, EquatableArray<CatalogueIdentity> Identities);
}
