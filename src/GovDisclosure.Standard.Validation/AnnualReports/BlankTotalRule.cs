using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-011: a 总计 cell is blank while the parts it totals are not all 0.</summary>
    internal sealed class BlankTotalRule : DocumentRule<AnnualReport>
    {
        public static readonly BlankTotalRule Instance = new BlankTotalRule();

        private BlankTotalRule()
            : base(RuleDescriptors.BlankTotal)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ReportValues values = ReportValues.Of(document);
            return SumIdentity.CheckAll(Descriptor, context, values, values.Layout.All, SumOutcome.TotalBlank);
        }
    }
}
