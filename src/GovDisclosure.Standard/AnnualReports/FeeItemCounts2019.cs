using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>The row of table 二 (8) in the 2019 format: 行政事业性收费. A blank cell is <c>null</c>, not 0.</summary>
    public sealed record FeeItemCounts2019
    {
        /// <summary>上一年项目数量 — fee items at the end of last year.</summary>
        public int? PreviousYearItems { get; init; }

        /// <summary>本年增/减 — net change this year (may be negative).</summary>
        public int? NetChange { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
