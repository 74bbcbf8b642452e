using GovDisclosure.Standard.Catalogue;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of a standard catalogue entry (标准目录), with the column headers of the national
    /// minimum (国办发〔2019〕54号: 公开事项（一级事项、二级事项）、公开内容（要素）、公开依据、公开时限、公开主体、
    /// 公开渠道和载体、公开对象、公开方式; 公开层级 is not among them, several ministries' catalogues have no level column).
    /// </summary>
    internal static class CatalogueEntryFields
    {
        public static readonly ObjectShape Entry = Of<CatalogueEntry>(
            Column("sequenceNumber", "序号", "sequence number", Optional, CellType.Text, "编号"),
            Column("code", "事项编码", "code", Optional, CellType.Text, "条目编码"),
            Column("domain", "试点领域", "pilot domain", Optional, CellType.Code, "领域"),
            Column("firstLevelItem", "一级事项", "first-level item", Required, CellType.Text, "公开事项一级事项", "公开事项(一级事项)", "一级"),
            Column("secondLevelItem", "二级事项", "second-level item", Required, CellType.Text, "公开事项二级事项", "公开事项(二级事项)", "二级"),
            Column("thirdLevelItem", "三级事项", "third-level item", Optional, CellType.Text, "公开事项三级事项", "三级"),
            Column("contentElements", "公开内容（要素）", "content elements", Required, CellType.ContentElements, "公开内容", "公开要素", "公开内容要素", "内容要素"),
            Column("legalBasis", "公开依据", "legal basis", Required, CellType.TextList, "依据"),
            Column("timeLimit", "公开时限", "time limit", Required, CellType.Text, "时限"),
            Column("responsibleBody", "公开主体", "responsible body", Required, CellType.Text, "主体", "责任主体", "公开责任主体"),
            Column("channels", "公开渠道和载体", "channels", Required, CellType.Channels, "公开渠道", "公开载体", "渠道和载体", "公开渠道及载体", "公开渠道与载体"),
            Column("audiences", "公开对象", "audience", Required, CellType.CodeList, "对象"),
            Column("modes", "公开方式", "mode", Required, CellType.CodeList, "方式"),
            Column("levels", "公开层级", "levels", Optional, CellType.CodeList, "层级"),
            Column("categories", "条例第二十条事项", "Article 20 items", Optional, CellType.CategoryNumbers, "第二十条事项", "公开类别"),
            Field("categoriesInferred", "第二十条事项系推断", "Article 20 items inferred"),
            Column("verified", "已核对", "verified", Optional, CellType.Boolean),
            Field("confirmedBy", "印证的公开文本", "confirmed by"),
            Column("note", "备注", "note", Optional, CellType.Text, "说明"));

        public static readonly ObjectShape ContentElement = Of<ContentElement>(
            Field("name", "要素名称", "name", Essential),
            Field("requirement", "要素要求", "requirement"));
    }
}
