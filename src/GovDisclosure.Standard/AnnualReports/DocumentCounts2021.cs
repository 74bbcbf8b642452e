using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>One row of table 二 (1) in the 2021 format (规章 or 行政规范性文件). A blank cell is <c>null</c>, not 0.</summary>
    public sealed record DocumentCounts2021
    {
        /// <summary>本年制发件数 — issued this year.</summary>
        public int? Issued { get; init; }

        /// <summary>本年废止件数 — repealed this year.</summary>
        public int? Repealed { get; init; }

        /// <summary>现行有效件数 — in force.</summary>
        public int? InForce { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
