namespace GovDisclosure.Standard.Validation.Structure
{
    /// <summary>GD-STR-006: Required part missing.</summary>
    internal static class MissingMemberRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.MissingMember);
    }
}
