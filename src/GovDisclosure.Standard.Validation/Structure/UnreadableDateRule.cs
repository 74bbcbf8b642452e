namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-004: Date cannot be read.</summary>
    internal static class UnreadableDateRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-004",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("日期无法识别", "Date cannot be read"),
            new BilingualText(
                "日期字段无法识别为年月日（应写作 yyyy-MM-dd，如 2024-03-15），该值不予采用。",
                "A date field cannot be read as a date (write yyyy-MM-dd, e.g. 2024-03-15); the value is not used.")));
    }
}
