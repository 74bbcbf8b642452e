using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports.Published
{
    /// <summary>GD-PUB-005: Section headings skip or repeat a numeral.</summary>
    internal static class SectionNumberingRule
    {
        public static readonly CompanionRule Rule = new CompanionRule(RuleDescriptors.PublishedSectionNumbering);
    }
}
