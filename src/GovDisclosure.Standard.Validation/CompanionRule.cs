namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A rule whose findings other rules report on its behalf, e.g. GD-TIME-004 "not checkable",
    /// reported by every timeliness rule when a date lies outside the calendar. It is part of a
    /// <see cref="RuleSet"/> so that it is listed, and can be left out or re-graded like any rule.
    /// </summary>
    public sealed class CompanionRule : ValidationRule
    {
        internal CompanionRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }
    }
}
