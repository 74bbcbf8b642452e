namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-001: Record cannot be read.</summary>
    internal static class UnreadableRecordRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.UnreadableRecord);
    }
}
