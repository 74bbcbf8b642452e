namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>One first-level item (一级事项) of the guideline, with where its name was read.</summary>
    internal sealed record FirstLevelItemModel(string Name, string Source);
}
