using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-006: per column, 三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六).</summary>
    internal sealed class OutcomeTotalRule : DocumentRule<AnnualReport>
    {
        public static readonly OutcomeTotalRule Instance = new OutcomeTotalRule();

        private OutcomeTotalRule()
            : base(new RuleDescriptor(
                "GD-AR-006",
                FindingSeverity.Error,
                FindingCategory.Consistency,
                DocumentKind.AnnualReport,
                new BilingualText("办理结果总计不等于各项之和", "Total handled is not the sum of the outcomes"),
                new BilingualText(
                    "表三每一列：三（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开各项 + （四）无法提供各项 + （五）不予处理各项 + （六）其他处理各项。",
                    "In every column of table III: III(7) total = (1) disclosed + (2) partially disclosed + the rows of (3) withheld + (4) unable to provide + (5) not processed + (6) other processing.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context) =>
            ReportIdentities.OutcomeTotals(document)
                .Select(identity => SumIdentity.Check(Descriptor, context, identity, SumOutcome.Broken))
                .OfType<Finding>();
    }
}
