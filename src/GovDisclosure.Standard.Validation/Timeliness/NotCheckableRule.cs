using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Timeliness
{
    /// <summary>GD-TIME-004: a time limit that cannot be checked (outside the calendar, or the agency kind unknown) is said so, never guessed.</summary>
    internal static class NotCheckableRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.NotCheckable);
    }
}
