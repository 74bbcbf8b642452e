namespace GovDisclosure.Standard.Shapes
{
    /// <summary>How a spreadsheet or CSV cell is written for one field (单元格写法); see src/GovDisclosure.Standard.Cli/README.md for the syntax of each.</summary>
    public enum CellType
    {
        /// <summary>Plain text, taken verbatim.</summary>
        Text = 0,

        /// <summary>A list of texts separated by 、，,;；/ or line breaks (not inside 《》 or brackets).</summary>
        TextList = 1,

        /// <summary>One code-list value, by Chinese name, synonym or code.</summary>
        Code = 2,

        /// <summary>A list of code-list values, by Chinese name, synonym or code.</summary>
        CodeList = 3,

        /// <summary>Publication channels (公开渠道和载体): channel names, or <c>其他：名称</c>.</summary>
        Channels = 4,

        /// <summary>Article 20 item numbers (1–15), one or a list.</summary>
        CategoryNumbers = 5,

        /// <summary>One Article 20 item number.</summary>
        CategoryNumber = 6,

        /// <summary>A whole number.</summary>
        Integer = 7,

        /// <summary>A decimal number.</summary>
        Decimal = 8,

        /// <summary>是 / 否 (also true/false, √/×, Y/N).</summary>
        Boolean = 9,

        /// <summary>A date: 2024-03-01, 2024/3/1, 2024年3月1日 or a spreadsheet date.</summary>
        Date = 10,

        /// <summary>A period: <c>20个工作日</c>, <c>15日</c>.</summary>
        TimePeriod = 11,

        /// <summary>Content elements (公开内容（要素）): names with an optional ● (required) or 〇 (optional) mark.</summary>
        ContentElements = 12,

        /// <summary>Service materials (办理材料): one per line, <c>名称｜必要性｜形式｜来源｜份数｜受理标准｜依据</c>.</summary>
        Materials = 13,

        /// <summary>Fees (收费标准): one per line, <c>项目｜标准｜依据｜减免依据</c>; <c>不收费</c> for none.</summary>
        Fees = 14,
    }
}
