namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-003: Value is not in the code list.</summary>
    internal static class UnknownCodeRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-003",
            FindingSeverity.Error,
            FindingCategory.ValueSet,
            null,
            new BilingualText("取值不在代码集中", "Value is not in the code list"),
            new BilingualText(
                "封闭代码集字段（公开层级、公开方式、试点领域等）的取值不是已知值；给出最接近的已知值供参考，该值不予采用。",
                "A value of a closed code list (level, mode, pilot domain…) is not known; the closest known value is suggested and the value is not used.")));
    }
}
