using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-004: per column of table 三, 一 + 二 = 三(七) + 四.</summary>
    internal sealed class ColumnBalanceRule : DocumentRule<AnnualReport>
    {
        public static readonly ColumnBalanceRule Instance = new ColumnBalanceRule();

        private ColumnBalanceRule()
            : base(RuleDescriptors.ColumnBalance)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ReportValues values = ReportValues.Of(document);
            return SumIdentity.CheckAll(Descriptor, context, values, values.Layout.ColumnBalances, SumOutcome.Broken);
        }
    }
}
