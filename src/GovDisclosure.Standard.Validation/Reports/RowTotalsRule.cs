using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-005: per row of table 三, 总计 = the six applicant columns.</summary>
    internal sealed class RowTotalsRule : DocumentRule<AnnualReport>
    {
        public static readonly RowTotalsRule Instance = new RowTotalsRule();

        private RowTotalsRule()
            : base(new RuleDescriptor(
                "GD-AR-005",
                FindingSeverity.Error,
                FindingCategory.Consistency,
                DocumentKind.AnnualReport,
                new BilingualText("行合计不等于各类申请人之和", "Row total is not the sum of the applicants"),
                new BilingualText(
                    "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
                    "In every row of table III: total = natural persons + commercial enterprises + research institutions + public-interest organisations + legal service agencies + other organisations.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context) =>
            ReportIdentities.RowTotals(document)
                .Select(identity => SumIdentity.Check(Descriptor, context, identity, SumOutcome.Broken))
                .OfType<Finding>();
    }
}
