namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>One way a local entry differs from the standard entry it was matched with.</summary>
    /// <param name="Match">The pair.</param>
    /// <param name="Aspect">The part that differs.</param>
    /// <param name="Direction">Weaker, stronger or not comparable.</param>
    /// <param name="StandardValue">What the standard says, as text.</param>
    /// <param name="LocalValue">What the local entry says, as text (<c>null</c> when it says nothing).</param>
    /// <param name="Message">The difference in words, in Chinese and English.</param>
    public sealed record CatalogueEntryDifference(
        CatalogueMatch<CatalogueEntry> Match,
        CatalogueAspect Aspect,
        CatalogueDifferenceDirection Direction,
        string? StandardValue,
        string? LocalValue,
        BilingualText Message);
}
