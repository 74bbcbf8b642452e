using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Standard.DisclosureGuides
{
    /// <summary>
    /// The agency's disclosure office (政府信息公开工作机构): Art. 12 requires its name, address,
    /// office hours, phone, fax and internet contact in the disclosure guide.
    /// </summary>
    public sealed record DisclosureOffice
    {
        /// <summary>名称 — the office's name.</summary>
        public string? Name { get; init; }

        /// <summary>办公地址 — its address.</summary>
        public string? Address { get; init; }

        /// <summary>办公时间 — its office hours.</summary>
        public string? OfficeHours { get; init; }

        /// <summary>联系电话 — its phone number.</summary>
        public string? Phone { get; init; }

        /// <summary>传真号码 — its fax number.</summary>
        public string? Fax { get; init; }

        /// <summary>互联网联系方式 — its internet contact (e-mail or web address).</summary>
        public string? InternetContact { get; init; }

        /// <summary>邮政编码 — its postcode.</summary>
        public string? Postcode { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
