using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>The row of table 二 (9) in the 2019 format: 政府集中采购. A blank cell is <c>null</c>, not 0.</summary>
    public sealed record ProcurementCounts2019
    {
        /// <summary>采购项目数量 — procurement projects.</summary>
        public int? ProjectCount { get; init; }

        /// <summary>采购总金额 — total amount, with the unit it is written in: the 2019 form prints no unit, and reports write "251000元" or "25.1万元".</summary>
        public ReportAmount? TotalAmount { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
