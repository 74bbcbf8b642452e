using GovDisclosure.Standard.Directories;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of a disclosure directory item (政府信息公开目录). Art. 12 of the Regulations: the
    /// directory gives each item's 索引、名称、内容概述、生成日期; the other columns are those published
    /// directories carry.
    /// </summary>
    internal static class DirectoryItemFields
    {
        public static readonly ObjectShape Item = Of<DirectoryItem>(
            Column("indexNumber", "索引号", "index number", Required, CellType.Text),
            Column("title", "信息名称", "title", Required, CellType.Text, "名称", "标题"),
            Column("summary", "内容概述", "summary", Required, CellType.Text, "摘要", "内容摘要"),
            Column("createdOn", "生成日期", "date created", Required, CellType.Date, "成文日期", "发文日期"),
            Column("documentNumber", "文号", "document number", Optional, CellType.Text),
            Column("publishingBody", "发布机构", "publishing body", Optional, CellType.Text, "发文机关"),
            Column("publishedOn", "公开日期", "date published", Optional, CellType.Date, "发布日期"),
            Column("topicCategory", "主题分类", "subject classification", Optional, CellType.Text),
            Column("category", "公开事项类别", "Article 20 item", Optional, CellType.CategoryNumber),
            Column("mode", "公开方式", "mode", Optional, CellType.Code),
            Column("validity", "有效性", "validity", Optional, CellType.Text),
            Column("repealedOn", "废止日期", "date repealed", Optional, CellType.Date));
    }
}
