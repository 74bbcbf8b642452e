using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.ServiceGuides
{
    /// <summary>One fee of a service (收费项目).</summary>
    public sealed record ServiceFee
    {
        /// <summary>收费项目 — what is charged for.</summary>
        public string? Item { get; init; }

        /// <summary>收费标准 — the rate, as written (e.g. 每件10元).</summary>
        public string? Standard { get; init; }

        /// <summary>收费依据 — the document that sets the fee; required whenever a fee is charged.</summary>
        public string? Basis { get; init; }

        /// <summary>减免依据 — the basis for reductions or exemptions.</summary>
        public string? ReductionBasis { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
