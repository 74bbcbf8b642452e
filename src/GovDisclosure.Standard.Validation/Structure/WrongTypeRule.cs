namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-002: Field has the wrong type.</summary>
    internal static class WrongTypeRule
    {
        public static readonly BindingRule Rule = new BindingRule(RuleDescriptors.WrongType);
    }
}
