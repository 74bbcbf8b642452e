using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// GD-AR-018 and GD-AR-019 in a <see cref="RuleSet"/>: they compare a batch's reports with each other, so they check
    /// no record alone; <see cref="AnnualReportRegions"/> reports them after the batch's last report.
    /// </summary>
    internal static class RegionSummaryRules
    {
        /// <summary>GD-AR-018: a summary's cell does not add up with its members' reports.</summary>
        public static readonly CompanionRule Differs = new CompanionRule(RuleDescriptors.RegionSummary);

        /// <summary>GD-AR-019: a summary cannot be confirmed from the reports of the batch.</summary>
        public static readonly CompanionRule Unconfirmed = new CompanionRule(RuleDescriptors.RegionSummaryUnconfirmed);
    }
}
