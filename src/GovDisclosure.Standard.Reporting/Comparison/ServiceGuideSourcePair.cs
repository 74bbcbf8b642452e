using GovDisclosure.Standard.ServiceGuides.Comparison;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>The guides of one source compared with those of the first source.</summary>
    /// <param name="First">The first source's name (the one every other source is compared with).</param>
    /// <param name="Second">The other source's name.</param>
    /// <param name="Comparison">Matches, items of one source only, differences.</param>
    public sealed record ServiceGuideSourcePair(string First, string Second, ServiceGuideComparison Comparison);
}
