namespace GovDisclosure.Standard.Validation.PublishedReports
{
    /// <summary>GD-PUB-001: A published table has a row the form does not have</summary>
    internal static class ExtraRowRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-PUB-001",
            FindingSeverity.Warning,
            FindingCategory.Structure,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格中有格式没有的行", "A published table has a row the form does not have"),
            new BilingualText(
                "已发布年度报告的表格中有一行，其标签不是国办公开办函〔2019〕60号或〔2021〕30号格式的行（如 其他主动公开文件）。按标签读取单元格，这一行不计入任何格式中的行，不会使其他行错位；其数值列在提示中。",
                "A table of the published annual report has a row whose label is none of the rows of the 国办公开办函〔2019〕60号 or 〔2021〕30号 form (e.g. 其他主动公开文件). Cells are read by their labels, so the row shifts no other value; its numbers are shown in the finding.")));
    }
}
