namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-005: Additional field.</summary>
    internal static class AdditionalFieldRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.AdditionalField);
    }
}
