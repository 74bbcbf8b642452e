using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// How many items a ministry's guideline has, as the guideline or an official summary states it
    /// (e.g. 户籍管理: 7 first-level and 18 second-level items, 公治安〔2019〕158号).
    /// </summary>
    public sealed record GuidelineItemCounts
    {
        /// <summary>The number of first-level items (一级事项).</summary>
        public int? FirstLevel { get; init; }

        /// <summary>The number of second-level items (二级事项), when stated.</summary>
        public int? SecondLevel { get; init; }

        /// <summary>Where the counts were read: publisher — title — address.</summary>
        public string? Source { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
