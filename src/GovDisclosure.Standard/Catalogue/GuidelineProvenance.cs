using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// Where a catalogue comes from: the ministry's guideline (标准指引) by title, document number
    /// (文号) and date, and whether the data was checked against it.
    /// </summary>
    public sealed record GuidelineProvenance
    {
        /// <summary>The guideline's title, e.g. 社会救助领域基层政务公开标准指引.</summary>
        public string? Title { get; init; }

        /// <summary>The document number (文号), e.g. 民办函〔2019〕52号.</summary>
        public string? DocumentNumber { get; init; }

        /// <summary>The date the guideline was issued.</summary>
        public CalendarDate? IssuedOn { get; init; }

        /// <summary>Whether the data was checked (the note says against what).</summary>
        public bool Verified { get; init; }

        /// <summary>What was checked against what, or why not.</summary>
        public string? Note { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
