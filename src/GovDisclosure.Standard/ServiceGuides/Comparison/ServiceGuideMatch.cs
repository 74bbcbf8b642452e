namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>Two published copies of the same service item's guide.</summary>
    /// <param name="First">The copy in the first source.</param>
    /// <param name="Second">The copy in the second source.</param>
    /// <param name="Kind">How they were paired.</param>
    public sealed record ServiceGuideMatch(ServiceGuide First, ServiceGuide Second, ServiceGuideMatchKind Kind);
}
