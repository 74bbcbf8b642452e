using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>Table 三, row 三(四) 无法提供.</summary>
    public sealed record UnableToProvideCounts
    {
        /// <summary>1. 本机关不掌握相关政府信息.</summary>
        public ApplicantCounts? NotHeld { get; init; }

        /// <summary>2. 没有现成信息需要另行制作.</summary>
        public ApplicantCounts? NeedsCreation { get; init; }

        /// <summary>3. 补正后申请内容仍不明确.</summary>
        public ApplicantCounts? UnclearAfterCorrection { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
