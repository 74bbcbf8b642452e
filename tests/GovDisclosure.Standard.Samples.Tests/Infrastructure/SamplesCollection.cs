namespace GovDisclosure.Standard.Samples.Tests.Infrastructure
{
    /// <summary>All sample tests share one build of the samples and one running portal.</summary>
    [CollectionDefinition(Name)]
    public sealed class SamplesCollection : ICollectionFixture<BuiltSamples>
    {
        public const string Name = "samples";
    }
}
