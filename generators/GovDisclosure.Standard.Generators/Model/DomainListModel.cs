namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary><c>domains.json</c>: its version and the domains in file order.</summary>
    internal sealed record DomainListModel(string FilePath, string Version, EquatableArray<DomainModel> Domains);
}
