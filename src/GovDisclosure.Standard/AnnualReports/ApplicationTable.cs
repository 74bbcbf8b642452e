using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 三 (收到和处理政府信息公开申请情况): applications received and handled. Per column, 一 + 二 = 三(七) + 四.</summary>
    public sealed record ApplicationTable
    {
        /// <summary>一、本年新收政府信息公开申请数量.</summary>
        public ApplicantCounts? NewlyReceived { get; init; }

        /// <summary>二、上年结转政府信息公开申请数量.</summary>
        public ApplicantCounts? CarriedOver { get; init; }

        /// <summary>三、本年度办理结果.</summary>
        public ApplicationOutcomes? Outcomes { get; init; }

        /// <summary>四、结转下年度继续办理.</summary>
        public ApplicantCounts? CarriedForward { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
