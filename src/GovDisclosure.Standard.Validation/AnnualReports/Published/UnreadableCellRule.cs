using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>GD-PUB-003: A cell of a published table is not a number.</summary>
    internal static class UnreadableCellRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PublishedUnreadableCell);
    }
}
