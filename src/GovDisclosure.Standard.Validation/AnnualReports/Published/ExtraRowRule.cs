using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>GD-PUB-001: A published table has a row the form does not have.</summary>
    internal static class ExtraRowRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PublishedExtraRow);
    }
}
