using GovDisclosure.Standard.Enforcement;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of an enforcement disclosure (行政执法公示). The headers of the required fields are
    /// the words of 国办发〔2018〕118号 (加强事后公开: 向社会公布执法机关、执法对象、执法类别、执法结论等信息);
    /// the wording of the credit-publicity tables (行政相对人名称, 处罚机关) is read as an alias.
    /// </summary>
    internal static class EnforcementDisclosureFields
    {
        public static readonly ObjectShape Disclosure = Of<EnforcementDisclosure>(
            Column("enforcingBody", "执法机关", "enforcing body", Required, CellType.Text, "执法主体", "执法部门", "处罚机关", "许可机关"),
            Column("party", "执法对象", "party", Required, CellType.Text, "行政相对人名称", "行政相对人", "相对人", "当事人"),
            Column("partyCreditCode", "统一社会信用代码", "party's credit code", Optional, CellType.Text, "行政相对人代码"),
            Column("category", "执法类别", "category", Required, CellType.Code, "类别"),
            Column("decisionNumber", "决定文书号", "decision number", Optional, CellType.Text, "决定书文号", "文书号"),
            Column("matter", "执法事项", "matter", Optional, CellType.Text),
            Column("legalBasis", "执法依据", "legal basis", Optional, CellType.TextList, "依据"),
            Column("conclusion", "执法结论", "conclusion", Required, CellType.Text, "处罚结果", "决定内容", "处理结果"),
            Column("decidedOn", "决定日期", "decision date", Required, CellType.Date, "作出决定日期", "处罚决定日期"),
            Column("publishedOn", "公示日期", "date published", Optional, CellType.Date, "公开日期"));
    }
}
