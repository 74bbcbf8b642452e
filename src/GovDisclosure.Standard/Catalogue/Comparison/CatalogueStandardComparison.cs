using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>
    /// One pilot domain's local catalogue (e.g. a county's 基层政务公开标准目录) compared with the standard entries
    /// of that domain — the built-in catalogue (<see cref="StandardCatalogue"/>) or another definition, such as a
    /// province's: which standard items it misses, which it weakens or strengthens, and which it adds.
    /// </summary>
    public sealed record CatalogueStandardComparison
    {
        private CatalogueStandardComparison(PilotDomain? domain, CatalogueAlignment<CatalogueEntry> alignment, IReadOnlyList<CatalogueEntryDifference> differences)
        {
            Domain = domain;
            Alignment = alignment;
            Differences = differences;
        }

        /// <summary>The pilot domain compared, when known.</summary>
        public PilotDomain? Domain { get; }

        /// <summary>The pairs, the missing standard entries and the local additions.</summary>
        public CatalogueAlignment<CatalogueEntry> Alignment { get; }

        /// <summary>Every difference of every pair, pair by pair.</summary>
        public IReadOnlyList<CatalogueEntryDifference> Differences { get; }

        /// <summary>How many local entries match a standard entry.</summary>
        public int Matched => Alignment.Matches.Count;

        /// <summary>How many standard entries no local entry matches.</summary>
        public int Missing => Alignment.Missing.Count;

        /// <summary>How many local entries match no standard entry.</summary>
        public int Added => Alignment.Added.Count;

        /// <summary>How many matched local entries are weaker than their standard entry in at least one way.</summary>
        public int Weakened => Differences.Where(d => d.Direction == CatalogueDifferenceDirection.Weaker).Select(d => d.Match).Distinct().Count();

        /// <summary>Compares a domain's local entries with its standard entries.</summary>
        /// <param name="domain">The domain, when known.</param>
        /// <param name="local">The local catalogue's entries of the domain.</param>
        /// <param name="standard">The standard entries of the domain.</param>
        public static CatalogueStandardComparison Compare(PilotDomain? domain, IReadOnlyList<CatalogueEntry> local, IReadOnlyList<CatalogueEntry> standard)
        {
            CatalogueAlignment<CatalogueEntry> alignment = CatalogueMatching.Align(local, standard, CatalogueItemKey.Of);
            return new CatalogueStandardComparison(domain, alignment, alignment.Matches.SelectMany(CatalogueEntryComparer.Compare).ToArray());
        }

        /// <summary>Compares a domain's local entries with the built-in standard catalogue of the domain.</summary>
        /// <param name="domain">The domain.</param>
        /// <param name="local">The local catalogue's entries of the domain.</param>
        public static CatalogueStandardComparison CompareWithBuiltIn(PilotDomain domain, IReadOnlyList<CatalogueEntry> local) =>
            Compare(domain, local, StandardCatalogue.For(domain));
    }
}
