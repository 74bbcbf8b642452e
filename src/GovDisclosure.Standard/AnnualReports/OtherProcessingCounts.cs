using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 三, row 三(六) 其他处理: one row in the 2019 format; three in the 2021 format.</summary>
    public sealed record OtherProcessingCounts
    {
        /// <summary>2021: 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请.</summary>
        public ApplicantCounts? OverdueCorrection { get; init; }

        /// <summary>2021: 2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请.</summary>
        public ApplicantCounts? OverdueFee { get; init; }

        /// <summary>2019: the single 其他处理 row; 2021: 3. 其他.</summary>
        public ApplicantCounts? Other { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
