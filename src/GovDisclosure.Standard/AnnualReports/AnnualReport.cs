using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;

namespace GovDisclosure.Standard.AnnualReports
{
    /// <summary>
    /// An agency's annual report on government information disclosure (政府信息公开工作年度报告),
    /// Regulations Art. 49–50, in the 2019 or the 2021 format. Both have six sections; section 二's
    /// table differs, so it is <see cref="ProactiveDisclosure2019"/> or <see cref="ProactiveDisclosure2021"/>
    /// according to <see cref="Format"/>. Every count is nullable: a blank cell is not 0.
    /// </summary>
    public sealed record AnnualReport
    {
        /// <summary>The year the report covers (报告年度).</summary>
        public int? Year { get; init; }

        /// <summary>The format the report follows.</summary>
        public AnnualReportFormat? Format { get; init; }

        /// <summary>The agency that publishes it (报告机关).</summary>
        public string? AgencyName { get; init; }

        /// <summary>The kind of agency; governments report by 31 March, departments by 31 January.</summary>
        public AgencyKind? AgencyKind { get; init; }

        /// <summary>The date the report was published (发布日期).</summary>
        public CalendarDate? PublishedOn { get; init; }

        /// <summary>一、总体情况 — the overall situation.</summary>
        public string? OverallSituation { get; init; }

        /// <summary>二、主动公开政府信息情况, 2019 format.</summary>
        public ProactiveDisclosure2019? ProactiveDisclosure2019 { get; init; }

        /// <summary>二、主动公开政府信息情况, 2021 format.</summary>
        public ProactiveDisclosure2021? ProactiveDisclosure2021 { get; init; }

        /// <summary>The text of section 二 besides its table (what the report writes under the heading: an account of its proactive disclosure, notes on the table), as published.</summary>
        public string? ProactiveDisclosureText { get; init; }

        /// <summary>三、收到和处理政府信息公开申请情况.</summary>
        public ApplicationTable? Applications { get; init; }

        /// <summary>The text of section 三 besides its table, as published.</summary>
        public string? ApplicationsText { get; init; }

        /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
        public ReviewAndLitigationTable? ReviewAndLitigation { get; init; }

        /// <summary>The text of section 四 besides its table, as published.</summary>
        public string? ReviewAndLitigationText { get; init; }

        /// <summary>五、存在的主要问题及改进情况 — main problems and improvements.</summary>
        public string? ProblemsAndImprovements { get; init; }

        /// <summary>六、其他需要报告的事项 — other matters.</summary>
        public string? OtherMatters { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
