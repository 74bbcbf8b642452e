using System.Collections.Generic;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>The result of aligning a local catalogue with a standard: the pairs, the standard entries no local entry matches, and the local additions.</summary>
    /// <typeparam name="T">The entry type.</typeparam>
    /// <param name="Matches">Pairs, in the local catalogue's order.</param>
    /// <param name="Missing">Standard entries no local entry matches, in the standard's order.</param>
    /// <param name="Added">Local entries that match no standard entry, in the local order.</param>
    public sealed record CatalogueAlignment<T>(IReadOnlyList<CatalogueMatch<T>> Matches, IReadOnlyList<T> Missing, IReadOnlyList<T> Added);
}
