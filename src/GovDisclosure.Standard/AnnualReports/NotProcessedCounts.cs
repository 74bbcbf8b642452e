using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 三, row 三(五) 不予处理.</summary>
    public sealed record NotProcessedCounts
    {
        /// <summary>1. 信访举报投诉类申请.</summary>
        public ApplicantCounts? PetitionOrComplaint { get; init; }

        /// <summary>2. 重复申请.</summary>
        public ApplicantCounts? RepeatedApplication { get; init; }

        /// <summary>3. 要求提供公开出版物.</summary>
        public ApplicantCounts? PublicationRequested { get; init; }

        /// <summary>4. 无正当理由大量反复申请.</summary>
        public ApplicantCounts? UnreasonableMassRequests { get; init; }

        /// <summary>5. 要求行政机关确认或重新出具已获取信息.</summary>
        public ApplicantCounts? ConfirmationOrReissue { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
