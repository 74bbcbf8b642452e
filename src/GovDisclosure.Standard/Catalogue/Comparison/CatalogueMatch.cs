namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>A local entry paired with a standard entry.</summary>
    /// <typeparam name="T">The entry type (a <see cref="CatalogueEntry"/>, or a JSON record when comparing files).</typeparam>
    /// <param name="Local">The local entry (本地目录事项).</param>
    /// <param name="Standard">The standard entry (标准目录事项).</param>
    /// <param name="Kind">How they were paired.</param>
    /// <param name="Score">The similarity, 0–1: 1 for a match by code or name.</param>
    public sealed record CatalogueMatch<T>(T Local, T Standard, CatalogueMatchKind Kind, double Score);
}
