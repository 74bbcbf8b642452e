namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-002: Field has the wrong type.</summary>
    internal static class WrongTypeRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-002",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("字段类型错误", "Field has the wrong type"),
            new BilingualText(
                "字段的值类型与规范不符（例如应为文字却填了对象，应为整数却填了小数或文字），该值不予采用。",
                "A field's value has the wrong JSON type (e.g. an object where text is expected, a fraction or text where a whole number is expected); the value is not used.")));
    }
}
