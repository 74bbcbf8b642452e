namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>Which class a catalogue file asks for: all a file needs to know about the others to detect a collision.</summary>
    internal sealed record CatalogueIdentity(string FilePath, string ClassName);
}
