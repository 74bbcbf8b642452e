using System.Collections.Generic;
using GovDisclosure.Standard.Reports;

namespace GovDisclosure.Standard.Validation.Reports
{
    /// <summary>GD-AR-002: no cell of tables 二, 三 and 四 is blank (a blank is not 0).</summary>
    internal sealed class BlankCellsRule : DocumentRule<AnnualReport>
    {
        public static readonly BlankCellsRule Instance = new BlankCellsRule();

        private BlankCellsRule()
            : base(new RuleDescriptor(
                "GD-AR-002",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.AnnualReport,
                new BilingualText("年度报告表格有空白", "Blank cell in an annual report table"),
                new BilingualText(
                    "表格每一格都应填写数字，没有的填 0；空白不等于 0。含空白的合计关系不作核对（不会误报为合计错误），因此须先补齐。",
                    "Every cell of the tables holds a number, 0 when there is nothing; a blank is not 0. Sums with a blank cell are not checked (they are not reported as broken), so fill the blanks first.")))
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            foreach (ReportCells.Entry cell in ReportCells.All(document))
            {
                if (cell.Value != null || context.HasBindingFinding(cell.Pointer))
                {
                    continue;
                }

                if (cell.RowAbsent && document.Format == AnnualReportFormat.Format2021 && cell.Pointer.StartsWith("/applications/outcomes/otherProcessing/", System.StringComparison.Ordinal))
                {
                    continue;
                }

                yield return cell.RowAbsent
                    ? Report(context, cell.Pointer, new BilingualText($"缺少“{cell.Chinese}”这一行（整行空白）。", $"The row '{cell.English}' ({cell.Chinese}) is missing."))
                    : Report(context, cell.Pointer, new BilingualText($"“{cell.Chinese}”为空白，请填写数字（没有的填 0）。", $"The cell '{cell.English}' ({cell.Chinese}) is blank; fill in a number (0 when there is nothing)."));
            }
        }
    }
}
