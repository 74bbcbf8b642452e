namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-002: Field has the wrong type.</summary>
    internal static class WrongTypeRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.WrongType);
    }
}
