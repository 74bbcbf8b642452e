using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// A pilot domain's guideline (基层政务公开标准指引) as the catalogue data cites it: title, document
    /// number (文号), date of issue, and how far these were checked. <c>catalog/domains.json</c> records
    /// one per domain (<see cref="PilotDomain.Guideline"/>); a catalogue definition records the one it
    /// reproduces (<see cref="CatalogueDefinition.Provenance"/>).
    /// </summary>
    public sealed record PilotDomainGuideline
    {
        /// <summary>The guideline's title, e.g. 社会救助领域基层政务公开标准指引; <c>null</c> when unknown.</summary>
        public string? Title { get; init; }

        /// <summary>The document number (文号), e.g. 民办函〔2019〕52号; <c>null</c> when unknown.</summary>
        public string? DocumentNumber { get; init; }

        /// <summary>The date of issue (印发日期); <c>null</c> when unknown.</summary>
        public CalendarDate? IssuedOn { get; init; }

        /// <summary>
        /// Whether what is recorded was checked: in <c>domains.json</c>, the title, number and date against the
        /// guideline document (or a faithful copy); in a catalogue definition, its data against the sources the
        /// note names.
        /// </summary>
        public bool Verified { get; init; }

        /// <summary>What was checked against what, or why not.</summary>
        public string? Note { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
