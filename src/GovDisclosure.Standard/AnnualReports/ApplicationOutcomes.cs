using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 三, row 三 本年度办理结果: how this year's applications were handled.</summary>
    public sealed record ApplicationOutcomes
    {
        /// <summary>(一) 予以公开.</summary>
        public ApplicantCounts? Disclosed { get; init; }

        /// <summary>(二) 部分公开（区分处理的，只计这一情形，不计其他情形）.</summary>
        public ApplicantCounts? PartiallyDisclosed { get; init; }

        /// <summary>(三) 不予公开.</summary>
        public WithheldCounts? Withheld { get; init; }

        /// <summary>(四) 无法提供.</summary>
        public UnableToProvideCounts? UnableToProvide { get; init; }

        /// <summary>(五) 不予处理.</summary>
        public NotProcessedCounts? NotProcessed { get; init; }

        /// <summary>(六) 其他处理.</summary>
        public OtherProcessingCounts? OtherProcessing { get; init; }

        /// <summary>(七) 总计: the sum of (一) to (六).</summary>
        public ApplicantCounts? Total { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
