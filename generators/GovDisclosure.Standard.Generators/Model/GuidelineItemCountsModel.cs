namespace GovDisclosure.Standard.Generators.Model
{
    /// <summary>How many first- and second-level items the guideline has, and where that was read.</summary>
    internal sealed record GuidelineItemCountsModel(int FirstLevel, int? SecondLevel, string Source);
}
