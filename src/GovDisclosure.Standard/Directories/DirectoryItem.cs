using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.Directories
{
    /// <summary>
    /// One item of a disclosure directory (政府信息公开目录). Art. 12 requires per item the index
    /// number, name, summary and date created; the other fields are those seen in local directories.
    /// </summary>
    public sealed record DirectoryItem
    {
        /// <summary>索引号 — the index number, e.g. credit code/yyyymm-serial.</summary>
        public string? IndexNumber { get; init; }

        /// <summary>信息名称 — the information's name.</summary>
        public string? Title { get; init; }

        /// <summary>内容概述 — a summary of the content.</summary>
        public string? Summary { get; init; }

        /// <summary>生成日期 — the date the information was created.</summary>
        public CalendarDate? CreatedOn { get; init; }

        /// <summary>文号 — the document number, e.g. 国办发〔2019〕54号.</summary>
        public string? DocumentNumber { get; init; }

        /// <summary>发布机构 — the publishing body.</summary>
        public string? PublishingBody { get; init; }

        /// <summary>公开日期 — the date it was published.</summary>
        public CalendarDate? PublishedOn { get; init; }

        /// <summary>主题分类 — the subject classification.</summary>
        public string? TopicCategory { get; init; }

        /// <summary>The Art. 20 item the information falls under, where stated.</summary>
        public DisclosureCategory? Category { get; init; }

        /// <summary>公开方式 — proactive or on request.</summary>
        public DisclosureMode? Mode { get; init; }

        /// <summary>有效性 — validity as written (有效, 失效, 废止).</summary>
        public string? Validity { get; init; }

        /// <summary>废止日期 — the date it was repealed.</summary>
        public CalendarDate? RepealedOn { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
