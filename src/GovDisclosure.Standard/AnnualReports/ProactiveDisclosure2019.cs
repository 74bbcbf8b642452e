using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Section 二 (主动公开政府信息情况) in the 2019 trial format (国办公开办函〔2019〕60号).</summary>
    public sealed record ProactiveDisclosure2019
    {
        /// <summary>第二十条第（一）项: 规章.</summary>
        public DocumentCounts2019? Rules { get; init; }

        /// <summary>第二十条第（一）项: 规范性文件.</summary>
        public DocumentCounts2019? NormativeDocuments { get; init; }

        /// <summary>第二十条第（五）项: 行政许可.</summary>
        public ItemCounts2019? AdministrativeLicensing { get; init; }

        /// <summary>第二十条第（五）项: 其他对外管理服务事项.</summary>
        public ItemCounts2019? OtherExternalServices { get; init; }

        /// <summary>第二十条第（六）项: 行政处罚.</summary>
        public ItemCounts2019? AdministrativePenalties { get; init; }

        /// <summary>第二十条第（六）项: 行政强制.</summary>
        public ItemCounts2019? AdministrativeCompulsion { get; init; }

        /// <summary>第二十条第（八）项: 行政事业性收费.</summary>
        public FeeItemCounts2019? AdministrativeFees { get; init; }

        /// <summary>第二十条第（九）项: 政府集中采购.</summary>
        public ProcurementCounts2019? CentralisedProcurement { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
