namespace GovDisclosure.Standard.Validation.PublishedReports
{
    /// <summary>GD-PUB-004: A column of the form is missing from the published table</summary>
    internal static class MissingColumnRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-PUB-004",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格缺少格式中的列", "A column of the form is missing from the published table"),
            new BilingualText(
                "已发布年度报告的表格缺少格式中的一列（按列标题查找，如 申请人情况 / 科研机构）；该列的数值无从读取，视为未填写。",
                "A table of the published annual report lacks a column of the form (looked for by its heading, e.g. 申请人情况 / 科研机构); its values cannot be read and are taken as not filled in.")));
    }
}
