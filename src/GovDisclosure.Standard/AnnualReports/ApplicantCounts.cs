using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>One row of table 三 (收到和处理政府信息公开申请情况): a count per kind of applicant and the total. A blank cell is <c>null</c>, not 0; the rules report it as missing.</summary>
    public sealed record ApplicantCounts
    {
        /// <summary>自然人 — natural persons.</summary>
        public int? NaturalPerson { get; init; }

        /// <summary>法人或其他组织: 商业企业 — commercial enterprises.</summary>
        public int? CommercialEnterprise { get; init; }

        /// <summary>法人或其他组织: 科研机构 — research institutions.</summary>
        public int? ResearchInstitution { get; init; }

        /// <summary>法人或其他组织: 社会公益组织 — public-interest organisations.</summary>
        public int? PublicInterestOrganisation { get; init; }

        /// <summary>法人或其他组织: 法律服务机构 — legal service agencies.</summary>
        public int? LegalServiceAgency { get; init; }

        /// <summary>法人或其他组织: 其他 — other organisations.</summary>
        public int? OtherOrganisation { get; init; }

        /// <summary>总计 — the total; equals the six applicant columns.</summary>
        public int? Total { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
