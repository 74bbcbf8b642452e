using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Section 二 (主动公开政府信息情况) in the 2021 format (国办公开办函〔2021〕30号). It has no row for item (9).</summary>
    public sealed record ProactiveDisclosure2021
    {
        /// <summary>第二十条第（一）项: 规章.</summary>
        public DocumentCounts2021? Rules { get; init; }

        /// <summary>第二十条第（一）项: 行政规范性文件.</summary>
        public DocumentCounts2021? NormativeDocuments { get; init; }

        /// <summary>第二十条第（五）项: 行政许可 本年处理决定数量.</summary>
        public int? LicensingDecisions { get; init; }

        /// <summary>第二十条第（六）项: 行政处罚 本年处理决定数量.</summary>
        public int? PenaltyDecisions { get; init; }

        /// <summary>第二十条第（六）项: 行政强制 本年处理决定数量.</summary>
        public int? CompulsionDecisions { get; init; }

        /// <summary>第二十条第（八）项: 行政事业性收费 本年收费金额（万元）.</summary>
        public decimal? FeeAmountTenThousandYuan { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
