using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.DisclosureGuides
{
    /// <summary>
    /// A disclosure guide (政府信息公开指南) with the statutory minimum of Art. 12: the classification and
    /// arrangement of information, how to obtain it, and the disclosure office's name, address, hours,
    /// phone, fax and internet contact. The parts 1, 2, 3 and 5 of a district's 2020 five-part convention
    /// are optional fields, required only by the opt-in rule set <c>five-part-guide</c> (GD-DG-001).
    /// </summary>
    public sealed record DisclosureGuide
    {
        /// <summary>The agency the guide is for (行政机关名称).</summary>
        public string? AgencyName { get; init; }

        /// <summary>Part 1: 本机关持有政府信息基本情况 — the information the agency holds.</summary>
        public string? InformationHeld { get; init; }

        /// <summary>Art. 12: 分类 — how information is classified.</summary>
        public string? Classification { get; init; }

        /// <summary>Art. 12: 编排体系 — how information is arranged.</summary>
        public string? Arrangement { get; init; }

        /// <summary>Part 2: 本机关对外发布政府信息情况 — what the agency publishes and where.</summary>
        public string? PublishedInformation { get; init; }

        /// <summary>Art. 12: 获取方式 — how to obtain information.</summary>
        public string? HowToObtain { get; init; }

        /// <summary>Part 3: 政府信息公开申请渠道 — how to apply.</summary>
        public string? ApplicationChannels { get; init; }

        /// <summary>政府信息公开工作机构情况 — the disclosure office (Art. 12; part 4 of the five-part convention).</summary>
        public DisclosureOffice? Office { get; init; }

        /// <summary>Part 5: 其他事项 — other matters (remedies, fees).</summary>
        public string? OtherMatters { get; init; }

        /// <summary>更新日期 — when the guide was last updated.</summary>
        public CalendarDate? UpdatedOn { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
