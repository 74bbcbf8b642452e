using GovDisclosure.Standard.DisclosureGuides;
using static GovDisclosure.Standard.Shapes.Rows;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// The fields of a disclosure guide (政府信息公开指南), titled in the words of Art. 12 of the
    /// Regulations (行政机关编制、公布的政府信息公开指南包括政府信息的分类、编排体系、获取方式和政府信息公开工作机构的
    /// 名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容), which also gives the required ones.
    /// </summary>
    internal static class DisclosureGuideFields
    {
        public static readonly ObjectShape Guide = Of<DisclosureGuide>(
            Column("agencyName", "行政机关名称", "agency name", Required, CellType.Text, "机关名称"),
            Column("informationHeld", "本机关持有政府信息基本情况", "information held", Optional, CellType.Text, "信息基本情况"),
            Column("classification", "政府信息的分类", "classification", Required, CellType.Text, "信息分类"),
            Column("arrangement", "编排体系", "arrangement", Required, CellType.Text),
            Column("publishedInformation", "本机关对外发布政府信息情况", "information published", Optional, CellType.Text),
            Column("howToObtain", "获取方式", "how to obtain information", Required, CellType.Text),
            Column("applicationChannels", "政府信息公开申请渠道", "how to apply", Optional, CellType.Text, "申请渠道"),
            Field("office", "政府信息公开工作机构", "disclosure office", Required),
            Column("otherMatters", "其他事项", "other matters", Optional, CellType.Text),
            Column("updatedOn", "更新日期", "date updated", Optional, CellType.Date));

        public static readonly ObjectShape Office = Of<DisclosureOffice>(
            Column("name", "工作机构名称", "office name", Required, CellType.Text),
            Column("address", "办公地址", "office address", Required, CellType.Text),
            Column("officeHours", "办公时间", "office hours", Required, CellType.Text),
            Column("phone", "联系电话", "phone", Required, CellType.Text),
            Column("fax", "传真号码", "fax", Required, CellType.Text, "传真"),
            Column("internetContact", "互联网联系方式", "internet contact", Required, CellType.Text),
            Column("postcode", "邮政编码", "postcode", Optional, CellType.Text));
    }
}
