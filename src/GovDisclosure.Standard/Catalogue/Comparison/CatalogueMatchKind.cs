namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>How a local entry was paired with a standard entry.</summary>
    public enum CatalogueMatchKind
    {
        /// <summary>Both entries have the same code.</summary>
        Code,

        /// <summary>First- and second-level item names are equal after normalisation (<see cref="CatalogueItemName"/>).</summary>
        Name,

        /// <summary>
        /// The best candidate by <see cref="CatalogueMatching.Similarity"/>, with a score of at least
        /// <see cref="CatalogueMatching.ProbableThreshold"/>: a probable match for a person to confirm.
        /// </summary>
        Probable,
    }
}
