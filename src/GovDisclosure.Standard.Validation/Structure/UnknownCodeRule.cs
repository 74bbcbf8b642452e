namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-003: Value is not in the code list.</summary>
    internal static class UnknownCodeRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.UnknownCode);
    }
}
