namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>
    /// The pilot domain codes a catalogue may name, in their order: from <c>domains.json</c> when the
    /// compilation has it, otherwise from the referenced library's <c>PilotDomain</c> fields.
    /// </summary>
    internal sealed record KnownDomains(EquatableArray<string> Codes, string Source);
}
