namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>What the registry class needs of a generated catalogue; editing entries does not change it, so the registry stays cached.</summary>
    internal sealed record CatalogueSummary(string ClassName, string DomainCode, string DomainMember, string Version);
}
