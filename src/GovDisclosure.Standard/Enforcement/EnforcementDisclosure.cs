using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Collections;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Enforcement
{
    /// <summary>
    /// The public notice of an administrative enforcement decision (执法公示, 行政执法公示制度):
    /// who decided what about whom, when it was decided and when it was published.
    /// </summary>
    public sealed record EnforcementDisclosure
    {
        private readonly IReadOnlyList<string> legalBasis = ValueList<string>.None;

        /// <summary>执法主体 — the enforcing body.</summary>
        public string? EnforcingBody { get; init; }

        /// <summary>行政相对人 — the party the decision concerns.</summary>
        public string? Party { get; init; }

        /// <summary>统一社会信用代码 — the party's unified social credit code, for organisations.</summary>
        public string? PartyCreditCode { get; init; }

        /// <summary>执法类别 — licence, penalty, compulsion…</summary>
        public EnforcementCategory? Category { get; init; }

        /// <summary>决定文书号 — the decision's document number.</summary>
        public string? DecisionNumber { get; init; }

        /// <summary>违法事实或申请事项 — the facts or the matter applied for.</summary>
        public string? Matter { get; init; }

        /// <summary>执法依据 — the legal basis of the decision.</summary>
        public IReadOnlyList<string> LegalBasis
        {
            get => legalBasis;
            init => legalBasis = ValueList<string>.Of(value);
        }

        /// <summary>执法结论 / 处理结果 — the conclusion.</summary>
        public string? Conclusion { get; init; }

        /// <summary>决定日期 — the date of the decision.</summary>
        public CalendarDate? DecidedOn { get; init; }

        /// <summary>公示日期 — the date it was published.</summary>
        public CalendarDate? PublishedOn { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
