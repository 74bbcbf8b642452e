using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Collections;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// A catalogue definition file (<c>*.catalog.json</c>): one pilot domain's standard catalogue as
    /// data, with its provenance. The built-in 26 are compiled into this library by the source
    /// generator; this type reads any definition — a local government's own included — at run time.
    /// </summary>
    public sealed record CatalogueDefinition
    {
        private readonly IReadOnlyList<CatalogueEntry> entries = ValueList<CatalogueEntry>.None;
        private readonly IReadOnlyList<GuidelineFirstLevelItem> firstLevelItems = ValueList<GuidelineFirstLevelItem>.None;

        /// <summary>The pilot domain the catalogue is for.</summary>
        public PilotDomain? Domain { get; init; }

        /// <summary>The catalogue's version (SemVer; see the versioning policy).</summary>
        public string? Version { get; init; }

        /// <summary>Whether every item of the guideline is present.</summary>
        public GuidelineCoverage? Coverage { get; init; }

        /// <summary>Which parts of the guideline are present or missing, and why.</summary>
        public string? CoverageNote { get; init; }

        /// <summary>The guideline the catalogue comes from.</summary>
        public PilotDomainGuideline? Provenance { get; init; }

        /// <summary>
        /// The guideline's complete list of first-level items (一级事项), each with where it was read;
        /// empty when not known. Items without entries are the ones no published copy was found for.
        /// </summary>
        public IReadOnlyList<GuidelineFirstLevelItem> FirstLevelItems
        {
            get => firstLevelItems;
            init => firstLevelItems = ValueList<GuidelineFirstLevelItem>.Of(value);
        }

        /// <summary>How many first- and second-level items the guideline has, with where that was read; <c>null</c> when not known.</summary>
        public GuidelineItemCounts? GuidelineItemCounts { get; init; }

        /// <summary>The entries, in file order.</summary>
        public IReadOnlyList<CatalogueEntry> Entries
        {
            get => entries;
            init => entries = ValueList<CatalogueEntry>.Of(value);
        }

        /// <summary>Fields this version of the schema does not know (including <c>$schema</c>), kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>The definition with each entry that has no domain of its own given the file's domain.</summary>
        internal CatalogueDefinition WithEntryDomains() => this with
        {
            Entries = Entries.Select(e => e.Domain is null ? e with { Domain = Domain } : e).ToArray(),
        };
    }
}
