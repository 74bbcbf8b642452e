namespace GovDisclosure.Standard.Validation.PublishedReports
{
    /// <summary>GD-PUB-003: A cell of a published table is not a number</summary>
    internal static class UnreadableCellRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-PUB-003",
            FindingSeverity.Error,
            FindingCategory.ValueSet,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格的单元格不是数字", "A cell of a published table is not a number"),
            new BilingualText(
                "已发布年度报告表格中应填数字的单元格写的是无法读作数字的文字；该格视为未填写，原文列在提示中。“0”读作 0；空白、“—”“/”“无”读作未填写。",
                "A cell of a published annual report's table that should hold a number holds text that cannot be read as one; the cell is taken as not filled in and its text is shown. \"0\" reads as 0; a blank, \"—\", \"/\" or \"无\" reads as not filled in.")));
    }
}
