using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>One group of table 四: results of administrative reconsideration or litigation. 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    public sealed record RemedyOutcomeCounts
    {
        /// <summary>结果维持.</summary>
        public int? Upheld { get; init; }

        /// <summary>结果纠正.</summary>
        public int? Corrected { get; init; }

        /// <summary>其他结果.</summary>
        public int? Other { get; init; }

        /// <summary>尚未审结.</summary>
        public int? Pending { get; init; }

        /// <summary>总计.</summary>
        public int? Total { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
