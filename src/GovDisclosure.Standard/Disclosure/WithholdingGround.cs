using GovDisclosure.Standard.Codelists;

namespace GovDisclosure.Standard.Disclosure
{
    /// <summary>
    /// A ground on which information is not disclosed (不予公开的理由), Regulations Art. 14 (must not),
    /// Art. 15 (third-party interests) and Art. 16 (may withhold), plus the administrative-query
    /// row of the annual report's table 三.
    /// </summary>
    public sealed class WithholdingGround : CodelistValue<WithholdingGround>
    {
        /// <summary>属于国家秘密 (Art. 14).</summary>
        public static readonly WithholdingGround StateSecret = new WithholdingGround("stateSecret", 1, 14, "国家秘密", "State secret", "属于国家秘密");

        /// <summary>其他法律行政法规禁止公开 (Art. 14).</summary>
        public static readonly WithholdingGround ProhibitedByLaw = new WithholdingGround("prohibitedByLaw", 2, 14, "其他法律行政法规禁止公开", "Disclosure prohibited by law or administrative regulation", "法律、行政法规禁止公开");

        /// <summary>危及"三安全一稳定" — would endanger national, public or economic security or social stability (Art. 14).</summary>
        public static readonly WithholdingGround EndangersSecurityOrStability = new WithholdingGround("endangersSecurityOrStability", 3, 14, "危及“三安全一稳定”", "Would endanger national, public or economic security or social stability", "危及三安全一稳定", "危及\"三安全一稳定\"");

        /// <summary>保护第三方合法权益 — trade secrets, personal privacy and other third-party interests (Art. 15).</summary>
        public static readonly WithholdingGround ThirdPartyInterests = new WithholdingGround("thirdPartyInterests", 4, 15, "保护第三方合法权益", "Protection of third parties' lawful interests", "商业秘密", "个人隐私");

        /// <summary>属于三类内部事务信息 — personnel, logistics, internal workflow (Art. 16).</summary>
        public static readonly WithholdingGround InternalAffairs = new WithholdingGround("internalAffairs", 5, 16, "属于三类内部事务信息", "Internal affairs", "内部事务信息", "三类内部事务信息");

        /// <summary>属于四类过程性信息 — discussion records, drafts, consultation letters, requests for instruction (Art. 16).</summary>
        public static readonly WithholdingGround ProcessInformation = new WithholdingGround("processInformation", 6, 16, "属于四类过程性信息", "Process information", "过程性信息", "四类过程性信息");

        /// <summary>属于行政执法案卷 (Art. 16).</summary>
        public static readonly WithholdingGround EnforcementCaseFiles = new WithholdingGround("enforcementCaseFiles", 7, 16, "属于行政执法案卷", "Administrative enforcement case files", "行政执法案卷");

        /// <summary>属于行政查询事项 — records with their own statutory query route (table 三 row 8).</summary>
        public static readonly WithholdingGround AdministrativeQuery = new WithholdingGround("administrativeQuery", 8, 36, "属于行政查询事项", "Administrative query matter", "行政查询事项");

        private WithholdingGround(string code, int order, int article, string chineseName, string englishName, params string[] synonyms)
            : base(code, order, chineseName, englishName, synonyms)
        {
            Article = article;
        }

        /// <summary>The article of the Regulations that gives the ground (14, 15, 16, or 36 for queries).</summary>
        public int Article { get; }
    }
}
