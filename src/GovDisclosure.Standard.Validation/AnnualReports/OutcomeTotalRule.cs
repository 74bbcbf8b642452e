using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-006: per column, 三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六).</summary>
    internal sealed class OutcomeTotalRule : DocumentRule<AnnualReport>
    {
        public static readonly OutcomeTotalRule Instance = new OutcomeTotalRule();

        private OutcomeTotalRule()
            : base(RuleDescriptors.OutcomeTotal)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ReportValues values = ReportValues.Of(document);
            return SumIdentity.CheckAll(Descriptor, context, values, values.Layout.OutcomeTotals, SumOutcome.Broken);
        }
    }
}
