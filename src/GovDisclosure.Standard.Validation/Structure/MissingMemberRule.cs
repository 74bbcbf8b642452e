namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-006: Required part missing.</summary>
    internal static class MissingMemberRule
    {
        public static readonly BindingRule Rule = new BindingRule(new RuleDescriptor(
            "GD-STR-006",
            FindingSeverity.Error,
            FindingCategory.Structure,
            null,
            new BilingualText("缺少必需的组成部分", "Required part missing"),
            new BilingualText(
                "一个值缺少不可或缺的组成部分（如期限缺少数量或单位、公开内容要素缺少名称），整个值不予采用。",
                "A value lacks a part it cannot exist without (a period without its count or unit, a content element without its name); the whole value is not used.")));
    }
}
