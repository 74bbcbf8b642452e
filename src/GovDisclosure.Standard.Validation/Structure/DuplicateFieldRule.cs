namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-007: Field given twice.</summary>
    internal static class DuplicateFieldRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-007",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("字段重复", "Field given twice"),
            new BilingualText(
                "同一对象中同一字段出现多次，无法确定以哪一个为准，两个值都不予采用。",
                "The same field appears more than once in one object; since it is unclear which one counts, neither value is used.")));
    }
}
