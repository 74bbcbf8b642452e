namespace GovDisclosure.Standard.Validation.PublishedReports
{
    /// <summary>GD-PUB-002: A row of the form is missing from the published table</summary>
    internal static class MissingRowRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-PUB-002",
            FindingSeverity.Error,
            FindingCategory.Completeness,
            DocumentKind.AnnualReport,
            new BilingualText("已发布表格缺少格式中的行", "A row of the form is missing from the published table"),
            new BilingualText(
                "已发布年度报告的表格缺少格式中的一行（按行标签查找，如 （四）无法提供 / 3.补正后申请内容仍不明确）；该行的数值无从读取，视为未填写。",
                "A table of the published annual report lacks a row of the form (looked for by its label, e.g. （四）无法提供 / 3.补正后申请内容仍不明确); its values cannot be read and are taken as not filled in.")));
    }
}
