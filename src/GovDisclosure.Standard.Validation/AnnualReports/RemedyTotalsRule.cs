using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-008: per group of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    internal sealed class RemedyTotalsRule : DocumentRule<AnnualReport>
    {
        public static readonly RemedyTotalsRule Instance = new RemedyTotalsRule();

        private RemedyTotalsRule()
            : base(RuleDescriptors.RemedyTotals)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ReportValues values = ReportValues.Of(document);
            return SumIdentity.CheckAll(Descriptor, context, values, values.Layout.RemedyTotals, SumOutcome.Broken);
        }
    }
}
