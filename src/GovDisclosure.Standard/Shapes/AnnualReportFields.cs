using GovDisclosure.Standard.AnnualReports;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of an annual report (政府信息公开工作年度报告): its header and six sections (Art. 50 of
    /// the Regulations), and the rows and columns of tables 二, 三 and 四 as the forms print them
    /// (国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号).
    /// </summary>
    internal static class AnnualReportFields
    {
        public static readonly ObjectShape Report = Of<AnnualReport>(
            Field("year", "报告年度", "report year", Required),
            Field("format", "报告格式", "format", Required),
            Field("agencyName", "报告机关", "agency", Required),
            Field("agencyKind", "机关类型", "agency kind"),
            Field("publishedOn", "发布日期", "date published"),
            Field("overallSituation", "一、总体情况", "section I, overall situation", Required),
            Field("proactiveDisclosure2019", "二、主动公开政府信息情况（2019 年格式）", "section II, proactive disclosure (2019 format)"),
            Field("proactiveDisclosure2021", "二、主动公开政府信息情况（2021 年格式）", "section II, proactive disclosure (2021 format)"),
            Field("proactiveDisclosureText", "二、主动公开政府信息情况（表外文字）", "section II, text besides the table"),
            Field("applications", "三、收到和处理政府信息公开申请情况", "section III, applications", Required),
            Field("applicationsText", "三、收到和处理政府信息公开申请情况（表外文字）", "section III, text besides the table"),
            Field("reviewAndLitigation", "四、政府信息公开行政复议、行政诉讼情况", "section IV, reconsideration and litigation", Required),
            Field("reviewAndLitigationText", "四、政府信息公开行政复议、行政诉讼情况（表外文字）", "section IV, text besides the table"),
            Field("problemsAndImprovements", "五、存在的主要问题及改进情况", "section V, problems and improvements", Required),
            Field("otherMatters", "六、其他需要报告的事项", "section VI, other matters", Required));

        /// <summary>Table 二 of the 2019 form (国办公开办函〔2019〕60号): its rows, each named by the Art. 20 item it counts.</summary>
        public static readonly ObjectShape Proactive2019 = Of<ProactiveDisclosure2019>(
            Numbered("rules", "第二十条第（一）项·", "Art. 20(1)", "规章", "rules"),
            Numbered("normativeDocuments", "第二十条第（一）项·", "Art. 20(1)", "规范性文件", "normative documents"),
            Numbered("administrativeLicensing", "第二十条第（五）项·", "Art. 20(5)", "行政许可", "licensing"),
            Numbered("otherExternalServices", "第二十条第（五）项·", "Art. 20(5)", "其他对外管理服务事项", "other external services"),
            Numbered("administrativePenalties", "第二十条第（六）项·", "Art. 20(6)", "行政处罚", "penalties"),
            Numbered("administrativeCompulsion", "第二十条第（六）项·", "Art. 20(6)", "行政强制", "compulsion"),
            Numbered("administrativeFees", "第二十条第（八）项·", "Art. 20(8)", "行政事业性收费", "administrative fees"),
            Numbered("centralisedProcurement", "第二十条第（九）项·", "Art. 20(9)", "政府集中采购", "centralised procurement"));

        /// <summary>Table 二 (2019): the columns of the rows for documents (规章, 规范性文件).</summary>
        public static readonly ObjectShape Documents2019 = Of<DocumentCounts2019>(
            Field("newlyMade", "本年新制作数量", "made this year"),
            Field("newlyPublished", "本年新公开数量", "published this year"),
            Field("totalPublished", "对外公开总数量", "published in total"));

        /// <summary>Table 二 (2019): the columns of the rows for licensing, services, penalties and compulsion.</summary>
        public static readonly ObjectShape Items2019 = Of<ItemCounts2019>(
            Field("previousYearItems", "上一年项目数量", "items last year"),
            Field("netChange", "本年增/减", "net change"),
            Field("decisions", "处理决定数量", "decisions"));

        /// <summary>Table 二 (2019): the columns of the row for administrative fees.</summary>
        public static readonly ObjectShape FeeItems2019 = Of<FeeItemCounts2019>(
            Field("previousYearItems", "上一年项目数量", "items last year"),
            Field("netChange", "本年增/减", "net change"));

        /// <summary>Table 二 (2019): the columns of the row for centralised procurement.</summary>
        public static readonly ObjectShape Procurement2019 = Of<ProcurementCounts2019>(
            Field("projectCount", "采购项目数量", "projects"),
            Field("totalAmount", "采购总金额", "total amount"));

        /// <summary>Table 二 of the 2021 form (国办公开办函〔2021〕30号): its rows, each named by the Art. 20 item it counts.</summary>
        public static readonly ObjectShape Proactive2021 = Of<ProactiveDisclosure2021>(
            Numbered("rules", "第二十条第（一）项·", "Art. 20(1)", "规章", "rules"),
            Numbered("normativeDocuments", "第二十条第（一）项·", "Art. 20(1)", "行政规范性文件", "normative documents"),
            Numbered("licensingDecisions", "第二十条第（五）项·", "Art. 20(5)", "行政许可本年处理决定数量", "licensing decisions"),
            Numbered("penaltyDecisions", "第二十条第（六）项·", "Art. 20(6)", "行政处罚本年处理决定数量", "penalty decisions"),
            Numbered("compulsionDecisions", "第二十条第（六）项·", "Art. 20(6)", "行政强制本年处理决定数量", "compulsion decisions"),
            Numbered("feeAmountTenThousandYuan", "第二十条第（八）项·", "Art. 20(8)", "行政事业性收费本年收费金额（万元）", "fees collected (10,000 yuan)"));

        /// <summary>Table 二 (2021): the columns of the rows for documents (规章, 行政规范性文件).</summary>
        public static readonly ObjectShape Documents2021 = Of<DocumentCounts2021>(
            Field("issued", "本年制发件数", "issued"),
            Field("repealed", "本年废止件数", "repealed"),
            Field("inForce", "现行有效件数", "in force"));

        /// <summary>Table 三's rows: 一 + 二 = 三(七) + 四 in every column.</summary>
        public static readonly ObjectShape Applications = Of<ApplicationTable>(
            Numbered("newlyReceived", "一、", "I.", "本年新收申请", "received this year"),
            Numbered("carriedOver", "二、", "II.", "上年结转申请", "carried over from last year"),
            Numbered("outcomes", "三、", "III.", "本年度办理结果", "outcomes"),
            Numbered("carriedForward", "四、", "IV.", "结转下年度继续办理", "carried forward to next year"));

        /// <summary>Table 三's columns: the six kinds of applicant, then 总计.</summary>
        public static readonly ObjectShape Applicants = Of<ApplicantCounts>(
            Field("naturalPerson", "自然人", "natural persons"),
            Field("commercialEnterprise", "商业企业", "commercial enterprises"),
            Field("researchInstitution", "科研机构", "research institutions"),
            Field("publicInterestOrganisation", "社会公益组织", "public-interest organisations"),
            Field("legalServiceAgency", "法律服务机构", "legal service agencies"),
            Field("otherOrganisation", "其他（法人或其他组织）", "other organisations"),
            Field("total", "总计", "total"));

        public static readonly ObjectShape Outcomes = Of<ApplicationOutcomes>(
            Numbered("disclosed", "三（一）", "III.(1)", "予以公开", "disclosed"),
            Numbered("partiallyDisclosed", "三（二）", "III.(2)", "部分公开", "partially disclosed"),
            Numbered("withheld", "三（三）", "III.(3)", "不予公开", "withheld"),
            Numbered("unableToProvide", "三（四）", "III.(4)", "无法提供", "unable to provide"),
            Numbered("notProcessed", "三（五）", "III.(5)", "不予处理", "not processed"),
            Numbered("otherProcessing", "三（六）", "III.(6)", "其他处理", "other processing"),
            Numbered("total", "三（七）", "III.(7)", "总计", "total handled"));

        public static readonly ObjectShape Withheld = Of<WithheldCounts>(
            Numbered("stateSecret", "1.", "1", "属于国家秘密", "state secret"),
            Numbered("prohibitedByLaw", "2.", "2", "其他法律行政法规禁止公开", "prohibited by law"),
            Numbered("endangersSecurityOrStability", "3.", "3", "危及“三安全一稳定”", "endangers security or stability"),
            Numbered("thirdPartyInterests", "4.", "4", "保护第三方合法权益", "third-party interests"),
            Numbered("internalAffairs", "5.", "5", "属于三类内部事务信息", "internal affairs"),
            Numbered("processInformation", "6.", "6", "属于四类过程性信息", "process information"),
            Numbered("enforcementCaseFiles", "7.", "7", "属于行政执法案卷", "enforcement case files"),
            Numbered("administrativeQuery", "8.", "8", "属于行政查询事项", "administrative query"));

        public static readonly ObjectShape UnableToProvide = Of<UnableToProvideCounts>(
            Numbered("notHeld", "1.", "1", "本机关不掌握相关政府信息", "not held"),
            Numbered("needsCreation", "2.", "2", "没有现成信息需要另行制作", "needs creating"),
            Numbered("unclearAfterCorrection", "3.", "3", "补正后申请内容仍不明确", "unclear after amendment"));

        public static readonly ObjectShape NotProcessed = Of<NotProcessedCounts>(
            Numbered("petitionOrComplaint", "1.", "1", "信访举报投诉类申请", "petition or complaint"),
            Numbered("repeatedApplication", "2.", "2", "重复申请", "repeated application"),
            Numbered("publicationRequested", "3.", "3", "要求提供公开出版物", "publication requested"),
            Numbered("unreasonableMassRequests", "4.", "4", "无正当理由大量反复申请", "unreasonable mass requests"),
            Numbered("confirmationOrReissue", "5.", "5", "要求行政机关确认或重新出具已获取信息", "confirmation or reissue"));

        /// <summary>三(六): three numbered rows in the 2021 format; the 2019 format has only the one row, <c>other</c>, printed as 三（六）其他处理.</summary>
        public static readonly ObjectShape OtherProcessing = Of<OtherProcessingCounts>(
            Numbered("overdueCorrection", "1.", "1", "申请人无正当理由逾期不补正", "amendment overdue"),
            Numbered("overdueFee", "2.", "2", "申请人逾期未按收费通知缴纳费用", "fee overdue"),
            Numbered("other", "3.", "3", "其他", "other"));

        /// <summary>Table 四's groups.</summary>
        public static readonly ObjectShape ReviewAndLitigation = Of<ReviewAndLitigationTable>(
            Field("administrativeReconsideration", "行政复议", "administrative reconsideration"),
            Field("litigationWithoutReconsideration", "行政诉讼（未经复议直接起诉）", "litigation without reconsideration"),
            Field("litigationAfterReconsideration", "行政诉讼（复议后起诉）", "litigation after reconsideration"));

        /// <summary>The cells of a group of table 四: the four results, then 总计.</summary>
        public static readonly ObjectShape RemedyOutcomes = Of<RemedyOutcomeCounts>(
            Field("upheld", "结果维持", "upheld"),
            Field("corrected", "结果纠正", "corrected"),
            Field("other", "其他结果", "other result"),
            Field("pending", "尚未审结", "pending"),
            Field("total", "总计", "total"));

        public static readonly ObjectShape Amount = Of<ReportAmount>(
            Field("amount", "金额", "amount", Essential),
            Field("unit", "单位", "unit"),
            Field("text", "原文", "as written"));
    }
}
