using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-005: per row of table 三, 总计 = the six applicant columns.</summary>
    internal sealed class RowTotalsRule : DocumentRule<AnnualReport>
    {
        public static readonly RowTotalsRule Instance = new RowTotalsRule();

        private RowTotalsRule()
            : base(RuleDescriptors.RowTotals)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ReportValues values = ReportValues.Of(document);
            return SumIdentity.CheckAll(Descriptor, context, values, values.Layout.RowTotals, SumOutcome.Broken);
        }
    }
}
