namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-007: Field given twice.</summary>
    internal static class DuplicateFieldRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.DuplicateField);
    }
}
