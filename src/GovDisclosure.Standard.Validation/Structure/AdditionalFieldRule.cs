namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-005: Additional field.</summary>
    internal static class AdditionalFieldRule
    {
        public static readonly BindingRule Rule = new BindingRule(RuleDescriptors.AdditionalField);
    }
}
