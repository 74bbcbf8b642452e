using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.ServiceGuides
{
    /// <summary>One material an applicant submits (申请材料), as the national service platform's exchange tables describe it.</summary>
    public sealed record ServiceMaterial
    {
        /// <summary>材料名称 — the material's name; vague names such as 其他材料 are reported by the rules.</summary>
        public string? Name { get; init; }

        /// <summary>必要性 — whether it must be submitted.</summary>
        public MaterialNecessity? Necessity { get; init; }

        /// <summary>材料形式 — paper, electronic, or both (as written).</summary>
        public string? Form { get; init; }

        /// <summary>来源渠道 — where the applicant gets it (e.g. 申请人自备, 政府部门核发).</summary>
        public string? Source { get; init; }

        /// <summary>份数 — how many copies.</summary>
        public int? Copies { get; init; }

        /// <summary>受理标准 — what makes the material acceptable.</summary>
        public string? AcceptanceStandard { get; init; }

        /// <summary>依据 — the provision that requires it.</summary>
        public string? Basis { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
