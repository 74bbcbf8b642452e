using System.Collections.Generic;
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

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            ApplicationTable? t = document.Applications;
            if (t?.Outcomes is null)
            {
                yield break;
            }

            foreach (ReportTable.Column column in ReportTable.Columns)
            {
                Cell received = ReportTable.NewlyReceived(t).CellOf(column);
                Cell carriedOver = ReportTable.CarriedOver(t).CellOf(column);
                Cell handled = ReportTable.OutcomeTotal(t.Outcomes).CellOf(column);
                Cell carriedForward = ReportTable.CarriedForward(t).CellOf(column);
                Finding? finding = SumIdentity.Check(Descriptor, context, carriedForward, new[] { received, carriedOver }, new[] { handled, carriedForward }, new BilingualText(
                    $"“{column.Chinese}”列 一 + 二 = 三（七）+ 四",
                    $"In the column {column.English}, I + II = III(7) + IV"));
                if (finding != null)
                {
                    yield return finding;
                }
            }
        }
    }
}
