using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-004: per column of table 三, 一 + 二 = 三(七) + 四.</summary>
    internal sealed class ColumnBalanceRule : DocumentRule<AnnualReport>
    {
        public static readonly ColumnBalanceRule Instance = new ColumnBalanceRule();

        private ColumnBalanceRule()
            : base(new RuleDescriptor(
                "GD-AR-004",
                FindingSeverity.Error,
                FindingCategory.Consistency,
                DocumentKind.AnnualReport,
                new BilingualText("申请数与办理数不平衡", "Applications received and handled do not balance"),
                new BilingualText(
                    "表三每一列（各类申请人及总计）：一、本年新收 + 二、上年结转 = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理（表格本身印有此关系）。",
                    "In every column of table III (each kind of applicant and the total): I received this year + II carried over = III(7) total handled + IV carried forward (the form prints this identity).")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context) =>
            ReportIdentities.ColumnBalances(document)
                .Select(identity => SumIdentity.Check(Descriptor, context, identity, SumOutcome.Broken))
                .OfType<Finding>();
    }
}
