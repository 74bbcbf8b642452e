namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>One element in which two copies of a service guide differ.</summary>
    /// <param name="Match">The two copies.</param>
    /// <param name="Element">The element.</param>
    /// <param name="Kind">Different, or given in one copy only.</param>
    /// <param name="FirstValue">What the first copy says, as text (<c>null</c> when it says nothing).</param>
    /// <param name="SecondValue">What the second copy says, as text (<c>null</c> when it says nothing).</param>
    /// <param name="FirstPointer">Where in the first copy (a JSON pointer into its canonical JSON, e.g. <c>/materials/1</c>).</param>
    /// <param name="SecondPointer">Where in the second copy.</param>
    /// <param name="Message">The difference in words, in Chinese and English.</param>
    public sealed record ServiceGuideDifference(
        ServiceGuideMatch Match,
        ServiceGuideElement Element,
        ServiceGuideDifferenceKind Kind,
        string? FirstValue,
        string? SecondValue,
        string FirstPointer,
        string SecondPointer,
        BilingualText Message);
}
