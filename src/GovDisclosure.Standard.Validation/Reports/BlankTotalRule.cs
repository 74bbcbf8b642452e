using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-011: a 总计 cell is blank while the parts it totals are not all 0.</summary>
    internal sealed class BlankTotalRule : DocumentRule<AnnualReport>
    {
        public static readonly BlankTotalRule Instance = new BlankTotalRule();

        private BlankTotalRule()
            : base(new RuleDescriptor(
                "GD-AR-011",
                FindingSeverity.Information,
                FindingCategory.Completeness,
                DocumentKind.AnnualReport,
                new BilingualText("总计为空白", "A total is blank"),
                new BilingualText(
                    "表三的行、列总计或表四的总计为空白，而它所合计的各项已填写且不全为 0：该合计关系无从核对，报告各项之和供核对。",
                    "A total of table III (row or column) or of table IV is blank while the parts it totals are written and not all 0: the identity cannot be checked; the finding gives the sum of the parts.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context) =>
            ReportIdentities.All(document)
                .Select(identity => SumIdentity.Check(Descriptor, context, identity, SumOutcome.TotalBlank))
                .OfType<Finding>();
    }
}
