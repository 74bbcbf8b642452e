using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>GD-PUB-002: A row of the form is missing from the published table.</summary>
    internal static class MissingRowRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PublishedMissingRow);
    }
}
