namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>One 公开内容要素 of an entry: its name and the code of its requirement.</summary>
    internal sealed record ContentElementModel(string Name, string Requirement);
}
