using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue;

namespace Bailuwan.CountyPortal
{
    /// <summary>
    /// The county's catalogue (县级政务公开目录): every entry of the built-in 26-domain
    /// <see cref="StandardCatalogue"/>, followed in each domain by the county's own entries, which the
    /// package's source generator compiled from catalog/*.catalog.json into <see cref="LocalCatalogue"/>.
    /// </summary>
    internal sealed class CountyCatalogue
    {
        private readonly HashSet<CatalogueEntry> local;

        public CountyCatalogue(IReadOnlyList<CatalogueEntry> standard, IReadOnlyList<CatalogueEntry> county)
        {
            local = new HashSet<CatalogueEntry>(county, ReferenceEqualityComparer.Instance);
            Entries = PilotDomain.Declared
                .SelectMany(d => standard.Where(e => e.Domain == d).Concat(county.Where(e => e.Domain == d)))
                .ToArray();
        }

        /// <summary>The catalogue of 白鹭湾县: the built-in one plus <see cref="LocalCatalogue"/>.</summary>
        public static CountyCatalogue Bailuwan { get; } = new CountyCatalogue(StandardCatalogue.All, LocalCatalogue.All);

        /// <summary>Every entry, domain by domain in <see cref="PilotDomain"/> order; within a domain the built-in entries come first.</summary>
        public IReadOnlyList<CatalogueEntry> Entries { get; }

        /// <summary>The entries of one domain, or all when <paramref name="domain"/> is <c>null</c>.</summary>
        public IReadOnlyList<CatalogueEntry> In(PilotDomain? domain) =>
            domain is null ? Entries : Entries.Where(e => e.Domain == domain).ToArray();

        /// <summary>Whether the entry is one of the county's own (from catalog/), not a built-in one.</summary>
        public bool IsCountyEntry(CatalogueEntry entry) => local.Contains(entry);

        /// <summary>The key <c>domain/code</c> that names an entry across domains.</summary>
        public static string KeyOf(CatalogueEntry entry) =>
            (entry ?? throw new ArgumentNullException(nameof(entry))).Domain?.Code + "/" + entry.Code;
    }
}
