using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-008: per group of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
    internal sealed class RemedyTotalsRule : DocumentRule<AnnualReport>
    {
        public static readonly RemedyTotalsRule Instance = new RemedyTotalsRule();

        private RemedyTotalsRule()
            : base(new RuleDescriptor(
                "GD-AR-008",
                FindingSeverity.Error,
                FindingCategory.Consistency,
                DocumentKind.AnnualReport,
                new BilingualText("复议、诉讼总计不等于各项之和", "Reconsideration or litigation total does not add up"),
                new BilingualText(
                    "表四的行政复议、未经复议直接起诉、复议后起诉各组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
                    "In each group of table IV (reconsideration, litigation without reconsideration, litigation after reconsideration): total = upheld + corrected + other + pending.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context) =>
            ReportIdentities.RemedyTotals(document)
                .Select(identity => SumIdentity.Check(Descriptor, context, identity, SumOutcome.Broken))
                .OfType<Finding>();
    }
}
