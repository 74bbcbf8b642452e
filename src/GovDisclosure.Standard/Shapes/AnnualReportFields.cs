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

        /// <summary>第二十条: how the heading of each group of table 二's rows begins (第二十条第（一）项 …).</summary>
        public const string ProactiveItemPrefix = "第二十条";

        /// <summary>信息内容: the heading of table 二's label column, which begins the row of column headings.</summary>
        public const string ProactiveFirstHeading = "信息内容";

        /// <summary>申请人情况: the heading the form prints over table 三's columns.</summary>
        public const string ApplicantsHeading = "申请人情况";

        /// <summary>
        /// 勾稽: the word of the note the 2021 form prints in table 三's corner, above the label columns
        /// (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和): a note, not a column's heading.
        /// </summary>
        public const string ApplicationsCornerNoteWord = "勾稽";

        /// <summary>行政诉讼: the heading the form prints over the two litigation groups of table 四.</summary>
        public const string Litigation = "行政诉讼";

        private static readonly FormLabel PreviousYearItems = Read("上一年", "上年");

        private static readonly FormLabel NetChange = Read("增/减", "增减", "增/删", "增加/减少");

        /// <summary>Table 二 (2021): the column of the rows for licensing, penalties and compulsion, each one count.</summary>
        private static readonly FormLabel Decisions2021 = Printed("本年处理决定数量", "处理决定", "决定数");

        /// <summary>Table 二 (2021): the column of the row for administrative fees, one amount in 万元.</summary>
        private static readonly FormLabel FeeAmount2021 = Printed("本年收费金额（单位：万元）", "收费金额", "金额");

        /// <summary>Table 二 of the 2019 form (国办公开办函〔2019〕60号): its rows, each under the Art. 20 item it counts.</summary>
        public static readonly ObjectShape Proactive2019 = Of<ProactiveDisclosure2019>(
            UnderItem("rules", "第二十条第（一）项", "Art. 20(1)", "规章", "rules", Read("规章")),
            UnderItem("normativeDocuments", "第二十条第（一）项", "Art. 20(1)", "规范性文件", "normative documents", Read("规范性文件")),
            UnderItem("administrativeLicensing", "第二十条第（五）项", "Art. 20(5)", "行政许可", "licensing", Read("行政许可")),
            UnderItem("otherExternalServices", "第二十条第（五）项", "Art. 20(5)", "其他对外管理服务事项", "other external services", Read("对外管理服务")),
            UnderItem("administrativePenalties", "第二十条第（六）项", "Art. 20(6)", "行政处罚", "penalties", Read("行政处罚")),
            UnderItem("administrativeCompulsion", "第二十条第（六）项", "Art. 20(6)", "行政强制", "compulsion", Read("行政强制")),
            UnderItem("administrativeFees", "第二十条第（八）项", "Art. 20(8)", "行政事业性收费", "administrative fees", Read("收费")),
            UnderItem("centralisedProcurement", "第二十条第（九）项", "Art. 20(9)", "政府集中采购", "centralised procurement", Read("采购")));

        /// <summary>Table 二 (2019): the columns of the rows for documents (规章, 规范性文件).</summary>
        public static readonly ObjectShape Documents2019 = Of<DocumentCounts2019>(
            Field("newlyMade", "本年新制作数量", "made this year", Read("新制作", "制作")),
            Field("newlyPublished", "本年新公开数量", "published this year", Read("新公开")),
            Field("totalPublished", "对外公开总数量", "published in total", Read("公开总数", "总数")));

        /// <summary>Table 二 (2019): the columns of the rows for licensing, services, penalties and compulsion.</summary>
        public static readonly ObjectShape Items2019 = Of<ItemCounts2019>(
            Field("previousYearItems", "上一年项目数量", "items last year", PreviousYearItems),
            Field("netChange", "本年增/减", "net change", NetChange),
            Field("decisions", "处理决定数量", "decisions", Read("处理决定")));

        /// <summary>Table 二 (2019): the columns of the row for administrative fees.</summary>
        public static readonly ObjectShape FeeItems2019 = Of<FeeItemCounts2019>(
            Field("previousYearItems", "上一年项目数量", "items last year", PreviousYearItems),
            Field("netChange", "本年增/减", "net change", NetChange));

        /// <summary>Table 二 (2019): the columns of the row for centralised procurement (the form prints no unit for the amount).</summary>
        public static readonly ObjectShape Procurement2019 = Of<ProcurementCounts2019>(
            Field("projectCount", "采购项目数量", "projects", Read("项目数")),
            Field("totalAmount", "采购总金额", "total amount", Read("金额")));

        /// <summary>Table 二 of the 2021 form (国办公开办函〔2021〕30号): its rows, each under the Art. 20 item it counts; the last four are one value each, printed under their column.</summary>
        public static readonly ObjectShape Proactive2021 = Of<ProactiveDisclosure2021>(
            UnderItem("rules", "第二十条第（一）项", "Art. 20(1)", "规章", "rules", Read("规章")),
            UnderItem("normativeDocuments", "第二十条第（一）项", "Art. 20(1)", "行政规范性文件", "normative documents", Read("规范性文件")),
            UnderItem("licensingDecisions", "第二十条第（五）项", "Art. 20(5)", "行政许可本年处理决定数量", "licensing decisions", Printed("行政许可", "行政许可") with { ValueColumn = Decisions2021 }),
            UnderItem("penaltyDecisions", "第二十条第（六）项", "Art. 20(6)", "行政处罚本年处理决定数量", "penalty decisions", Printed("行政处罚", "行政处罚") with { ValueColumn = Decisions2021 }),
            UnderItem("compulsionDecisions", "第二十条第（六）项", "Art. 20(6)", "行政强制本年处理决定数量", "compulsion decisions", Printed("行政强制", "行政强制") with { ValueColumn = Decisions2021 }),
            UnderItem("feeAmountTenThousandYuan", "第二十条第（八）项", "Art. 20(8)", "行政事业性收费本年收费金额（万元）", "fees collected (10,000 yuan)", Printed("行政事业性收费", "收费") with { ValueColumn = FeeAmount2021 }));

        /// <summary>Table 二 (2021): the columns of the rows for documents (规章, 行政规范性文件).</summary>
        public static readonly ObjectShape Documents2021 = Of<DocumentCounts2021>(
            Field("issued", "本年制发件数", "issued", Read("制发")),
            Field("repealed", "本年废止件数", "repealed", Read("废止")),
            Field("inForce", "现行有效件数", "in force", Read("现行有效", "有效")));

        /// <summary>Table 三's rows: 一 + 二 = 三(七) + 四 in every column.</summary>
        public static readonly ObjectShape Applications = Of<ApplicationTable>(
            Numbered("newlyReceived", "一、", "I.", "本年新收申请", "received this year", Printed("一、本年新收政府信息公开申请数量", "本年新收")),
            Numbered("carriedOver", "二、", "II.", "上年结转申请", "carried over from last year", Printed("二、上年结转政府信息公开申请数量", "上年结转")),
            Numbered("outcomes", "三、", "III.", "本年度办理结果", "outcomes", Read("办理结果")),
            Numbered("carriedForward", "四、", "IV.", "结转下年度继续办理", "carried forward to next year", Read("结转下年", "下年度继续")));

        /// <summary>Table 三's columns: the six kinds of applicant, then 总计.</summary>
        public static readonly ObjectShape Applicants = Of<ApplicantCounts>(
            Field("naturalPerson", "自然人", "natural persons", Read("自然人")),
            Field("commercialEnterprise", "商业企业", "commercial enterprises", Read("商业企业")),
            Field("researchInstitution", "科研机构", "research institutions", Read("科研机构")),
            Field("publicInterestOrganisation", "社会公益组织", "public-interest organisations", Read("公益组织")),
            Field("legalServiceAgency", "法律服务机构", "legal service agencies", Read("法律服务")),
            Field("otherOrganisation", "其他（法人或其他组织）", "other organisations", Printed("其他", "其他")),
            Field("total", "总计", "total", Read("总计", "合计")));

        /// <summary>三、本年度办理结果: its seven rows, (三) to (六) each a group of numbered rows (three in 2019 for (六), see <see cref="OtherProcessing"/>).</summary>
        public static readonly ObjectShape Outcomes = Of<ApplicationOutcomes>(
            Numbered("disclosed", "三（一）", "III.(1)", "予以公开", "disclosed", Printed("（一）予以公开", "予以公开")),
            Numbered("partiallyDisclosed", "三（二）", "III.(2)", "部分公开", "partially disclosed", Printed("（二）部分公开", "部分公开")),
            Numbered("withheld", "三（三）", "III.(3)", "不予公开", "withheld", Printed("（三）不予公开", "不予公开")),
            Numbered("unableToProvide", "三（四）", "III.(4)", "无法提供", "unable to provide", Printed("（四）无法提供", "无法提供")),
            Numbered("notProcessed", "三（五）", "III.(5)", "不予处理", "not processed", Printed("（五）不予处理", "不予处理")),
            Numbered("otherProcessing", "三（六）", "III.(6)", "其他处理", "other processing", Printed("（六）其他处理", "其他处理")),
            Numbered("total", "三（七）", "III.(7)", "总计", "total handled", Printed("（七）总计", "总计", "合计")));

        public static readonly ObjectShape Withheld = Of<WithheldCounts>(
            Numbered("stateSecret", "1.", "1", "属于国家秘密", "state secret", Read("国家秘密")),
            Numbered("prohibitedByLaw", "2.", "2", "其他法律行政法规禁止公开", "prohibited by law", Read("禁止公开", "法律行政法规")),
            Numbered("endangersSecurityOrStability", "3.", "3", "危及“三安全一稳定”", "endangers security or stability", Read("三安全一稳定", "危及")),
            Numbered("thirdPartyInterests", "4.", "4", "保护第三方合法权益", "third-party interests", Read("第三方")),
            Numbered("internalAffairs", "5.", "5", "属于三类内部事务信息", "internal affairs", Read("内部事务")),
            Numbered("processInformation", "6.", "6", "属于四类过程性信息", "process information", Read("过程性")),
            Numbered("enforcementCaseFiles", "7.", "7", "属于行政执法案卷", "enforcement case files", Read("执法案卷")),
            Numbered("administrativeQuery", "8.", "8", "属于行政查询事项", "administrative query", Read("行政查询", "查询事项")));

        public static readonly ObjectShape UnableToProvide = Of<UnableToProvideCounts>(
            Numbered("notHeld", "1.", "1", "本机关不掌握相关政府信息", "not held", Read("不掌握")),
            Numbered("needsCreation", "2.", "2", "没有现成信息需要另行制作", "needs creating", Read("另行制作", "没有现成")),
            Numbered("unclearAfterCorrection", "3.", "3", "补正后申请内容仍不明确", "unclear after amendment", Read("补正后", "不明确")));

        public static readonly ObjectShape NotProcessed = Of<NotProcessedCounts>(
            Numbered("petitionOrComplaint", "1.", "1", "信访举报投诉类申请", "petition or complaint", Read("信访", "举报", "投诉")),
            Numbered("repeatedApplication", "2.", "2", "重复申请", "repeated application", Read("重复申请")),
            Numbered("publicationRequested", "3.", "3", "要求提供公开出版物", "publication requested", Read("出版物")),
            Numbered("unreasonableMassRequests", "4.", "4", "无正当理由大量反复申请", "unreasonable mass requests", Read("大量反复", "大量")),
            Numbered("confirmationOrReissue", "5.", "5", "要求行政机关确认或重新出具已获取信息", "confirmation or reissue", Read("重新出具", "确认")));

        /// <summary>三(六): three numbered rows in the 2021 format; the 2019 format has only the one row, <see cref="OtherProcessing2019"/>, printed as 三（六）其他处理.</summary>
        public static readonly ObjectShape OtherProcessing = Of<OtherProcessingCounts>(
            Numbered("overdueCorrection", "1.", "1", "申请人无正当理由逾期不补正", "amendment overdue", Printed("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "不补正")),
            Numbered("overdueFee", "2.", "2", "申请人逾期未按收费通知要求缴纳费用", "fee overdue", Printed("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "缴纳费用", "收费通知")),
            Numbered("other", "3.", "3", "其他", "other", Read("其他")));

        /// <summary>Table 四's groups: 行政复议, then 行政诉讼 in its two kinds, printed under the heading 行政诉讼.</summary>
        public static readonly ObjectShape ReviewAndLitigation = Of<ReviewAndLitigationTable>(
            Field("administrativeReconsideration", "行政复议", "administrative reconsideration", Read("行政复议")),
            Field("litigationWithoutReconsideration", "行政诉讼（未经复议直接起诉）", "litigation without reconsideration", Printed("未经复议直接起诉", "未经复议") with { Heading = Litigation }),
            Field("litigationAfterReconsideration", "行政诉讼（复议后起诉）", "litigation after reconsideration", Printed("复议后起诉", "复议后起诉") with { Heading = Litigation }));

        /// <summary>The cells of a group of table 四: the four results, then 总计.</summary>
        public static readonly ObjectShape RemedyOutcomes = Of<RemedyOutcomeCounts>(
            Field("upheld", "结果维持", "upheld", Read("维持")),
            Field("corrected", "结果纠正", "corrected", Read("纠正")),
            Field("other", "其他结果", "other result", Read("其他")),
            Field("pending", "尚未审结", "pending", Read("未审结", "未结")),
            Field("total", "总计", "total", Read("总计", "合计")));

        /// <summary>The row of 三(六) the 2019 form prints alone, as 三（六）其他处理 itself.</summary>
        public static FieldShape OtherProcessing2019 => OtherProcessing.Field("other")!;

        public static readonly ObjectShape Amount = Of<ReportAmount>(
            Field("amount", "金额", "amount", Essential),
            Field("unit", "单位", "unit"),
            Field("text", "原文", "as written"));
    }
}
