using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>GD-AR-010: an identity of tables 三 and 四 holds only if its blank cells held a non-zero difference.</summary>
    internal sealed class UnconfirmedSumRule : DocumentRule<AnnualReport>
    {
        public static readonly UnconfirmedSumRule Instance = new UnconfirmedSumRule();

        private UnconfirmedSumRule()
            : base(RuleDescriptors.UnconfirmedSum)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ReportValues values = ReportValues.Of(document);
            return SumIdentity.CheckAll(Descriptor, context, values, values.Layout.All, SumOutcome.Unconfirmed);
        }
    }
}
