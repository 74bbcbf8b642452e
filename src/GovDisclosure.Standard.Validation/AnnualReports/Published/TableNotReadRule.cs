using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>GD-PUB-006: A table was not read from the document.</summary>
    internal static class TableNotReadRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PublishedTableNotRead);
    }
}
