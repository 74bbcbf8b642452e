namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-004: Date cannot be read.</summary>
    internal static class UnreadableDateRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.UnreadableDate);
    }
}
