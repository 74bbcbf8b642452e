using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>One row of table 二 (1) in the 2019 format (规章 or 规范性文件): counts of documents. A blank cell is <c>null</c>, not 0.</summary>
    public sealed record DocumentCounts2019
    {
        /// <summary>本年新制作数量 — made this year.</summary>
        public int? NewlyMade { get; init; }

        /// <summary>本年新公开数量 — published this year.</summary>
        public int? NewlyPublished { get; init; }

        /// <summary>对外公开总数量 — published in total.</summary>
        public int? TotalPublished { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
