using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Catalogue
{
    /// <summary>
    /// The event from which a disclosure time limit (公开时限) runs, or the kind of limit when it
    /// has no fixed period (real time, promptly).
    /// </summary>
    public sealed class TimeLimitTrigger : CodelistValue<TimeLimitTrigger>
    {
        /// <summary>信息形成或者变更之日 — the information is formed or changed (Art. 26).</summary>
        public static readonly TimeLimitTrigger FormedOrChanged = new TimeLimitTrigger("formedOrChanged", 1, "信息形成或者变更之日", "Information formed or changed", true);

        /// <summary>信息形成之日 — the information is formed.</summary>
        public static readonly TimeLimitTrigger Formed = new TimeLimitTrigger("formed", 2, "信息形成之日", "Information formed", true);

        /// <summary>制作或获取（制定或获取）之日 — the agency makes or obtains the information.</summary>
        public static readonly TimeLimitTrigger MadeOrObtained = new TimeLimitTrigger("madeOrObtained", 3, "制作或获取之日", "Information made or obtained", true, "制定或获取之日");

        /// <summary>收到申请之日 — the agency receives an application (Art. 33).</summary>
        public static readonly TimeLimitTrigger ApplicationReceived = new TimeLimitTrigger("applicationReceived", 4, "收到申请之日", "Application received", true);

        /// <summary>提前 — the period ends before the event (e.g. 提前一周发通知: a week before a meeting).</summary>
        public static readonly TimeLimitTrigger InAdvance = new TimeLimitTrigger("inAdvance", 5, "提前", "Before the event", true);

        /// <summary>下发至本单位 — the information reaches the agency.</summary>
        public static readonly TimeLimitTrigger ReceivedByAgency = new TimeLimitTrigger("receivedByAgency", 6, "下发至本单位", "Information received by the agency", true);

        /// <summary>决定作出之日 — a decision is made or a result determined (enforcement decisions, 分配结果确定后).</summary>
        public static readonly TimeLimitTrigger Decision = new TimeLimitTrigger("decision", 7, "决定作出之日", "Decision made", true);

        /// <summary>批复后 / 批准后 — approval (e.g. budgets approved by the finance department or the people's congress).</summary>
        public static readonly TimeLimitTrigger Approval = new TimeLimitTrigger("approval", 8, "批复后", "Approval", true);

        /// <summary>实时公开 — published in real time.</summary>
        public static readonly TimeLimitTrigger RealTime = new TimeLimitTrigger("realTime", 9, "实时公开", "Real time", false, "实时");

        /// <summary>及时公开 — published promptly, without a fixed period.</summary>
        public static readonly TimeLimitTrigger Promptly = new TimeLimitTrigger("promptly", 10, "及时公开", "Promptly", false, "及时");

        /// <summary>按进展情况及时公开 — published promptly as the matter progresses.</summary>
        public static readonly TimeLimitTrigger AsProgresses = new TimeLimitTrigger("asProgresses", 11, "按进展情况及时公开", "Promptly as the matter progresses", false);

        /// <summary>长期公开 / 常态化公开 — kept published continuously, without a deadline.</summary>
        public static readonly TimeLimitTrigger Continuously = new TimeLimitTrigger("continuously", 12, "长期公开", "Published continuously", false, "常态化公开", "持续公开");

        /// <summary>即时公开 — published immediately, without a fixed period (read like 实时公开).</summary>
        public static readonly TimeLimitTrigger Immediately = new TimeLimitTrigger("immediately", 13, "即时公开", "Immediately", false, "即时");

        /// <summary>
        /// A period that runs from an event the wording names itself (审批后5个工作日内, 备案之日起20个工作日内);
        /// the event, as written, is <see cref="TimeLimitClause.NamedEvent"/>.
        /// </summary>
        public static readonly TimeLimitTrigger NamedEvent = new TimeLimitTrigger("namedEvent", 14, "其他起算事件", "An event the wording names", true);

        /// <summary>
        /// Published when an event the wording names happens, without a period ("在实地启动拟征收土地工作时"); the event,
        /// as written, is <see cref="TimeLimitClause.NamedEvent"/>.
        /// </summary>
        public static readonly TimeLimitTrigger AtNamedEvent = new TimeLimitTrigger("atNamedEvent", 15, "事件发生时公开", "When an event the wording names happens", false);

        private TimeLimitTrigger(string code, int order, string chineseName, string englishName, bool isEvent, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            IsEvent = isEvent;
        }

        /// <summary>
        /// <c>true</c> when the trigger is an event from which a period runs; <c>false</c> for real
        /// time, promptly and continuously, which have no computable deadline.
        /// </summary>
        public bool IsEvent { get; }
    }
}
