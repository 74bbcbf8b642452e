using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况).</summary>
    public sealed record ReviewAndLitigationTable
    {
        /// <summary>行政复议.</summary>
        public RemedyOutcomeCounts? AdministrativeReconsideration { get; init; }

        /// <summary>行政诉讼: 未经复议直接起诉.</summary>
        public RemedyOutcomeCounts? LitigationWithoutReconsideration { get; init; }

        /// <summary>行政诉讼: 复议后起诉.</summary>
        public RemedyOutcomeCounts? LitigationAfterReconsideration { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
