using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// One first-level item (一级事项) of a ministry's guideline, with where its name was read: the
    /// guideline itself, or an official summary that enumerates its items (a press release of the issuing
    /// ministry, a 国务院办公厅 or 新华社 report). The list of them is the guideline's structure, against
    /// which a catalogue's coverage is measured.
    /// </summary>
    public sealed record GuidelineFirstLevelItem
    {
        /// <summary>The item's name as the guideline writes it, e.g. 政策文件.</summary>
        public string? Name { get; init; }

        /// <summary>Where the name was read: publisher — title — address.</summary>
        public string? Source { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
