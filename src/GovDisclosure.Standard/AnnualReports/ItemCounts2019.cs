using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>One row of table 二 (5) or (6) in the 2019 format (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制). A blank cell is <c>null</c>, not 0.</summary>
    public sealed record ItemCounts2019
    {
        /// <summary>上一年项目数量 — items at the end of last year.</summary>
        public int? PreviousYearItems { get; init; }

        /// <summary>本年增/减 — net change this year (may be negative).</summary>
        public int? NetChange { get; init; }

        /// <summary>处理决定数量 — decisions made this year.</summary>
        public int? Decisions { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
