namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-005: Additional field.</summary>
    internal static class AdditionalFieldRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-005",
            FindingSeverity.Information,
            FindingCategory.Structure,
            null,
            new BilingualText("附加字段", "Additional field"),
            new BilingualText(
                "记录含有规范未定义的字段。该字段原样保留，不影响检查；若是拼写错误，请改为建议的字段名。",
                "The record has a field the schema does not define. It is kept as it is and does not affect the checks; if it is a misspelling, use the suggested field name.")));
    }
}
