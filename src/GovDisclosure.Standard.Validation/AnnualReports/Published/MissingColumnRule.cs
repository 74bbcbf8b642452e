using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>GD-PUB-004: A column of the form is missing from the published table.</summary>
    internal static class MissingColumnRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PublishedMissingColumn);
    }
}
