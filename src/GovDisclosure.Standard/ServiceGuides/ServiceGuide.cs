using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Standard.Collections;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.ServiceGuides
{
    /// <summary>
    /// A service guide (办事指南): what an applicant needs to know to get an administrative licence
    /// or public service done. The 2020 work points require at least ten elements — 事项名称, 设定依据,
    /// 申请条件, 办理材料, 办理地点, 办理机构, 收费标准, 办理时间, 联系电话, 办理流程 — with no vague
    /// wording such as 其他材料 or 有关部门; the rest follows the national service platform's exchange tables.
    /// </summary>
    public sealed record ServiceGuide
    {
        private readonly IReadOnlyList<string> legalBasis = ValueList<string>.None;
        private readonly IReadOnlyList<ServiceMaterial> materials = ValueList<ServiceMaterial>.None;
        private readonly IReadOnlyList<ServiceFee> fees = ValueList<ServiceFee>.None;

        /// <summary>事项名称 — the item's name (one of the ten elements).</summary>
        public string? ItemName { get; init; }

        /// <summary>基本编码 — the item's basic code.</summary>
        public string? BasicCode { get; init; }

        /// <summary>实施编码 — the implementation code (基本编码-区划代码-000-统一社会信用代码-业务办理项).</summary>
        public string? ImplementationCode { get; init; }

        /// <summary>实施主体 — the body that implements the item.</summary>
        public string? ImplementingBody { get; init; }

        /// <summary>事项类型 — the item type (e.g. 行政许可, 公共服务).</summary>
        public string? ItemType { get; init; }

        /// <summary>行使层级 — the level that exercises it.</summary>
        public string? ExercisingLevel { get; init; }

        /// <summary>设定依据 — the legal basis (one of the ten elements).</summary>
        public IReadOnlyList<string> LegalBasis
        {
            get => legalBasis;
            init => legalBasis = ValueList<string>.Of(value);
        }

        /// <summary>申请条件 / 受理条件 — the conditions (one of the ten elements).</summary>
        public string? Conditions { get; init; }

        /// <summary>办理材料 — the materials (one of the ten elements).</summary>
        public IReadOnlyList<ServiceMaterial> Materials
        {
            get => materials;
            init => materials = ValueList<ServiceMaterial>.Of(value);
        }

        /// <summary>办理地点 — where to apply (one of the ten elements).</summary>
        public string? HandlingPlace { get; init; }

        /// <summary>办理机构 — the handling body (one of the ten elements).</summary>
        public string? HandlingBody { get; init; }

        /// <summary>是否收费 — whether the service is charged for; the fees are in <see cref="Fees"/>.</summary>
        public bool? IsCharged { get; init; }

        /// <summary>收费标准 — the fees (one of the ten elements); empty with <see cref="IsCharged"/> false for a free service.</summary>
        public IReadOnlyList<ServiceFee> Fees
        {
            get => fees;
            init => fees = ValueList<ServiceFee>.Of(value);
        }

        /// <summary>办理时间 — opening hours (one of the ten elements).</summary>
        public string? OfficeHours { get; init; }

        /// <summary>联系电话 — the phone number(s) (one of the ten elements).</summary>
        public string? ContactPhone { get; init; }

        /// <summary>办理流程 — the procedure (one of the ten elements).</summary>
        public string? Procedure { get; init; }

        /// <summary>办理形式 — how it can be done (窗口办理, 网上办理, …).</summary>
        public string? HandlingForm { get; init; }

        /// <summary>法定办结时限 — the legal time limit.</summary>
        public TimePeriod? LegalTimeLimit { get; init; }

        /// <summary>承诺办结时限 — the promised time limit; not longer than the legal one.</summary>
        public TimePeriod? PromisedTimeLimit { get; init; }

        /// <summary>到办事现场次数 — how many visits in person.</summary>
        public int? OnSiteVisits { get; init; }

        /// <summary>咨询方式 — how to ask questions.</summary>
        public string? ConsultationMethod { get; init; }

        /// <summary>监督投诉方式 — how to complain.</summary>
        public string? ComplaintMethod { get; init; }

        /// <summary>网办地址 — the online service address.</summary>
        public string? OnlineServiceAddress { get; init; }

        /// <summary>结果名称 — the name of the result (licence, certificate…).</summary>
        public string? ResultName { get; init; }

        /// <summary>结果类型 — the type of the result.</summary>
        public string? ResultType { get; init; }

        /// <summary>Fields this version of the schema does not know, kept so that a read-write round trip loses nothing.</summary>
        /// <remarks>Settable rather than init-only because System.Text.Json cannot fill extension data through an init accessor.</remarks>
        [JsonExtensionData]
        public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
