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

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            if (document.Applications is null)
            {
                yield break;
            }

            foreach (ReportTable.Row row in ReportTable.AllRows(document.Applications, document.Format).Where(r => r.Counts != null))
            {
                Finding? finding = SumIdentity.Check(
                    Descriptor,
                    context,
                    row.CellOf(ReportTable.TotalColumn),
                    new[] { row.CellOf(ReportTable.TotalColumn) },
                    ReportTable.ApplicantColumns.Select(row.CellOf).ToArray(),
                    new BilingualText($"“{row.Chinese}”行 总计 = 各类申请人之和", $"In the row {row.English}, total = sum of the applicants"));
                if (finding != null)
                {
                    yield return finding;
                }
            }
        }
    }
}
