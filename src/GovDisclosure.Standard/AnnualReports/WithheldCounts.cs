using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 三, row 三(三) 不予公开: withheld, by ground.</summary>
    public sealed record WithheldCounts
    {
        /// <summary>1. 属于国家秘密.</summary>
        public ApplicantCounts? StateSecret { get; init; }

        /// <summary>2. 其他法律行政法规禁止公开.</summary>
        public ApplicantCounts? ProhibitedByLaw { get; init; }

        /// <summary>3. 危及“三安全一稳定”.</summary>
        public ApplicantCounts? EndangersSecurityOrStability { get; init; }

        /// <summary>4. 保护第三方合法权益.</summary>
        public ApplicantCounts? ThirdPartyInterests { get; init; }

        /// <summary>5. 属于三类内部事务信息.</summary>
        public ApplicantCounts? InternalAffairs { get; init; }

        /// <summary>6. 属于四类过程性信息.</summary>
        public ApplicantCounts? ProcessInformation { get; init; }

        /// <summary>7. 属于行政执法案卷.</summary>
        public ApplicantCounts? EnforcementCaseFiles { get; init; }

        /// <summary>8. 属于行政查询事项.</summary>
        public ApplicantCounts? AdministrativeQuery { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
