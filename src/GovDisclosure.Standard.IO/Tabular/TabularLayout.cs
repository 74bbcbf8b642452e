using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// The spreadsheet and CSV layout of one document kind (表格版式): its standard columns in order,
    /// with the Chinese headers of the standard catalogues and service guides. Reading accepts the standard header, the
    /// listed variants and the canonical field code (e.g. <c>timeLimit</c>); any other header is kept
    /// as an additional field. Annual reports have no tabular layout (they are read from JSON).
    /// </summary>
    public sealed class TabularLayout
    {
        private static readonly Lazy<IReadOnlyList<TabularLayout>> Layouts = new Lazy<IReadOnlyList<TabularLayout>>(Create);
        private readonly Dictionary<string, TabularColumn> byHeader;

        private TabularLayout(DocumentKind kind, IReadOnlyList<TabularColumn> columns, params string[] itemLevels)
        {
            Kind = kind;
            Columns = columns;
            ItemLevels = itemLevels.Select(p => columns.Single(c => c.Path == p)).ToArray();
            byHeader = new Dictionary<string, TabularColumn>(StringComparer.Ordinal);
            foreach (TabularColumn column in columns)
            {
                foreach (string name in new[] { column.Header, column.Path }.Concat(column.Aliases))
                {
                    string key = Normalize(name);
                    if (!byHeader.ContainsKey(key))
                    {
                        byHeader.Add(key, column);
                    }
                }
            }
        }

        /// <summary>The layouts of every kind that has one.</summary>
        public static IReadOnlyList<TabularLayout> All => Layouts.Value;

        /// <summary>The document kind.</summary>
        public DocumentKind Kind { get; }

        /// <summary>The standard columns, in the order a template or a conversion writes them.</summary>
        public IReadOnlyList<TabularColumn> Columns { get; }

        /// <summary>
        /// The item hierarchy (事项层级), top level first: 一级事项, 二级事项, 三级事项 for a catalogue, none for
        /// the other kinds. Published tables merge an item down over the rows of the items below it;
        /// see <see cref="ItemCarryDown"/> for how a CSV, which cannot merge, is read.
        /// </summary>
        internal IReadOnlyList<TabularColumn> ItemLevels { get; }

        /// <summary>The layout of <paramref name="kind"/>, or <c>null</c> when the kind is not read from tables (annual reports).</summary>
        /// <param name="kind">A document kind.</param>
        public static TabularLayout? For(DocumentKind kind) => All.FirstOrDefault(l => l.Kind == kind);

        /// <summary>
        /// The kind whose layout recognises the most of <paramref name="headers"/> (at least two), or
        /// <c>null</c>; used to tell the kind of a CSV or spreadsheet from its header row.
        /// </summary>
        /// <param name="headers">The header cells.</param>
        public static DocumentKind? DetectKind(IEnumerable<string> headers)
        {
            string[] list = headers.ToArray();
            TabularLayout? best = null;
            int bestScore = 1;
            foreach (TabularLayout layout in All)
            {
                int score = layout.Score(list);
                if (score > bestScore)
                {
                    best = layout;
                    bestScore = score;
                }
            }

            return best?.Kind;
        }

        /// <summary>The standard column a header names, or <c>null</c> (the column is then an additional field).</summary>
        /// <param name="header">A header cell as written, e.g. <c>公开内容(要素)</c>, <c>公开渠道</c> or <c>channels</c>.</param>
        public TabularColumn? Match(string? header) =>
            header != null && byHeader.TryGetValue(Normalize(header), out TabularColumn? column) ? column : null;

        /// <summary>How many of <paramref name="headers"/> are standard columns of this layout (each column counted once).</summary>
        /// <param name="headers">Header cells.</param>
        public int Score(IEnumerable<string> headers) =>
            headers.Select(Match).Where(c => c != null).Distinct().Count();

        internal static string Normalize(string header)
        {
            string folded = ChineseText.Fold(header).Replace("*", string.Empty).Replace("★", string.Empty);
            return folded;
        }

        private static IReadOnlyList<TabularLayout> Create() => new[]
        {
            new TabularLayout(DocumentKind.CatalogueEntry, new[]
            {
                Col("sequenceNumber", "序号", CellType.Text, null, "编号"),
                Col("code", "事项编码", CellType.Text, null, "条目编码"),
                Col("domain", "试点领域", CellType.Code, typeof(PilotDomain), "领域"),
                Col("firstLevelItem", "一级事项", CellType.Text, null, "公开事项一级事项", "公开事项(一级事项)", "一级"),
                Col("secondLevelItem", "二级事项", CellType.Text, null, "公开事项二级事项", "公开事项(二级事项)", "二级"),
                Col("thirdLevelItem", "三级事项", CellType.Text, null, "公开事项三级事项", "三级"),
                Col("contentElements", "公开内容（要素）", CellType.ContentElements, null, "公开内容", "公开要素", "公开内容要素", "内容要素"),
                Col("legalBasis", "公开依据", CellType.TextList, null, "依据"),
                Col("timeLimit", "公开时限", CellType.Text, null, "时限"),
                Col("responsibleBody", "公开主体", CellType.Text, null, "主体", "责任主体", "公开责任主体"),
                Col("channels", "公开渠道和载体", CellType.Channels, null, "公开渠道", "公开载体", "渠道和载体", "公开渠道及载体", "公开渠道与载体"),
                Col("audiences", "公开对象", CellType.CodeList, typeof(DisclosureAudience), "对象"),
                Col("modes", "公开方式", CellType.CodeList, typeof(DisclosureMode), "方式"),
                Col("levels", "公开层级", CellType.CodeList, typeof(AdministrativeLevel), "层级"),
                Col("categories", "条例第二十条事项", CellType.CategoryNumbers, null, "第二十条事项", "公开类别"),
                Col("verified", "已核对", CellType.Boolean, null),
                Col("note", "备注", CellType.Text, null, "说明"),
            }, "firstLevelItem", "secondLevelItem", "thirdLevelItem"),
            new TabularLayout(DocumentKind.ServiceGuide, new[]
            {
                Col("itemName", "事项名称", CellType.Text, null, "办理事项", "事项"),
                Col("basicCode", "基本编码", CellType.Text, null),
                Col("implementationCode", "实施编码", CellType.Text, null),
                Col("implementingBody", "实施主体", CellType.Text, null),
                Col("itemType", "事项类型", CellType.Text, null),
                Col("exercisingLevel", "行使层级", CellType.Text, null),
                Col("legalBasis", "设定依据", CellType.TextList, null, "办理依据", "依据"),
                Col("conditions", "申请条件", CellType.Text, null, "受理条件", "办理条件"),
                Col("materials", "办理材料", CellType.Materials, null, "申请材料", "申报材料", "材料"),
                Col("handlingPlace", "办理地点", CellType.Text, null, "地点"),
                Col("handlingBody", "办理机构", CellType.Text, null, "受理机构", "办理部门"),
                Col("isCharged", "是否收费", CellType.Boolean, null),
                Col("fees", "收费标准", CellType.Fees, null, "收费项目"),
                Col("officeHours", "办理时间", CellType.Text, null, "办公时间"),
                Col("contactPhone", "联系电话", CellType.Text, null, "咨询电话"),
                Col("procedure", "办理流程", CellType.Text, null, "办事流程", "流程"),
                Col("handlingForm", "办理形式", CellType.Text, null),
                Col("legalTimeLimit", "法定办结时限", CellType.TimePeriod, null),
                Col("promisedTimeLimit", "承诺办结时限", CellType.TimePeriod, null),
                Col("onSiteVisits", "到办事现场次数", CellType.Integer, null, "跑动次数", "到现场次数"),
                Col("consultationMethod", "咨询方式", CellType.Text, null),
                Col("complaintMethod", "监督投诉方式", CellType.Text, null, "投诉方式"),
                Col("onlineServiceAddress", "网办地址", CellType.Text, null, "在线办理地址"),
                Col("resultName", "结果名称", CellType.Text, null, "审批结果名称"),
                Col("resultType", "结果类型", CellType.Text, null, "审批结果类型"),
            }),
            new TabularLayout(DocumentKind.DirectoryItem, new[]
            {
                Col("indexNumber", "索引号", CellType.Text, null),
                Col("title", "信息名称", CellType.Text, null, "名称", "标题"),
                Col("summary", "内容概述", CellType.Text, null, "摘要", "内容摘要"),
                Col("createdOn", "生成日期", CellType.Date, null, "成文日期", "发文日期"),
                Col("documentNumber", "文号", CellType.Text, null),
                Col("publishingBody", "发布机构", CellType.Text, null, "发文机关"),
                Col("publishedOn", "公开日期", CellType.Date, null, "发布日期"),
                Col("topicCategory", "主题分类", CellType.Text, null),
                Col("category", "公开事项类别", CellType.CategoryNumber, null),
                Col("mode", "公开方式", CellType.Code, typeof(DisclosureMode)),
                Col("validity", "有效性", CellType.Text, null),
                Col("repealedOn", "废止日期", CellType.Date, null),
            }),
            new TabularLayout(DocumentKind.EnforcementDisclosure, new[]
            {
                Col("enforcingBody", "执法机关", CellType.Text, null, "执法主体", "执法部门", "处罚机关", "许可机关"),
                Col("party", "行政相对人名称", CellType.Text, null, "行政相对人", "相对人", "当事人"),
                Col("partyCreditCode", "统一社会信用代码", CellType.Text, null, "行政相对人代码"),
                Col("category", "执法类别", CellType.Code, typeof(EnforcementCategory), "类别"),
                Col("decisionNumber", "决定文书号", CellType.Text, null, "决定书文号", "文书号"),
                Col("matter", "执法事项", CellType.Text, null),
                Col("legalBasis", "执法依据", CellType.TextList, null, "依据"),
                Col("conclusion", "执法结论", CellType.Text, null, "处罚结果", "决定内容", "处理结果"),
                Col("decidedOn", "决定日期", CellType.Date, null, "作出决定日期", "处罚决定日期"),
                Col("publishedOn", "公示日期", CellType.Date, null, "公开日期"),
            }),
            new TabularLayout(DocumentKind.DisclosureGuide, new[]
            {
                Col("agencyName", "机关名称", CellType.Text, null),
                Col("informationHeld", "本机关持有政府信息基本情况", CellType.Text, null, "信息基本情况"),
                Col("classification", "信息分类", CellType.Text, null),
                Col("arrangement", "编排体系", CellType.Text, null),
                Col("publishedInformation", "本机关对外发布政府信息情况", CellType.Text, null),
                Col("howToObtain", "获取方式", CellType.Text, null),
                Col("applicationChannels", "政府信息公开申请渠道", CellType.Text, null, "申请渠道"),
                Col("office.name", "工作机构名称", CellType.Text, null),
                Col("office.address", "办公地址", CellType.Text, null),
                Col("office.officeHours", "办公时间", CellType.Text, null),
                Col("office.phone", "联系电话", CellType.Text, null),
                Col("office.fax", "传真", CellType.Text, null),
                Col("office.internetContact", "互联网联系方式", CellType.Text, null),
                Col("office.postcode", "邮政编码", CellType.Text, null),
                Col("otherMatters", "其他事项", CellType.Text, null),
                Col("updatedOn", "更新日期", CellType.Date, null),
            }),
        };

        private static TabularColumn Col(string path, string header, CellType type, Type? codelist, params string[] aliases) =>
            new TabularColumn(path, header, type, codelist, aliases);
    }
}
