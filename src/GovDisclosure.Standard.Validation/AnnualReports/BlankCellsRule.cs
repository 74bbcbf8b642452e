using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// GD-AR-002: the blank cells of tables 二, 三 and 四, reported once per table as one warning that
    /// lists them (every blank cell is a related location of the finding).
    /// </summary>
    internal sealed class BlankCellsRule : DocumentRule<AnnualReport>
    {
        public static readonly BlankCellsRule Instance = new BlankCellsRule();

        /// <summary>How many blank cells the message names; the related locations list them all.</summary>
        private const int NamedInMessage = 8;

        private BlankCellsRule()
            : base(RuleDescriptors.BlankCells)
        {
        }

        public override IEnumerable<Finding> Check(AnnualReport document, RuleContext context)
        {
            // The blank cells come table by table (ReportCells.Blanks, in the order of ReportCells.All), so a table's blanks are together: one finding per table, in
            // the order the tables come. Not an iterator: the walk over every cell stays on the stack.
            List<Finding>? found = null;
            List<ReportCells.Entry>? cells = null;
            foreach (ReportCells.Entry cell in ReportCells.Blanks(document))
            {
                if (!context.HasBindingFinding(cell.Pointer)
                    && !(cell.RowAbsent && document.Format == AnnualReportFormat.Format2021 && cell.Pointer.StartsWith(ReportTable.OtherProcessingPointer + "/", System.StringComparison.Ordinal)))
                {
                    if (cells != null && cells.Count > 0 && cells[0].Table != cell.Table)
                    {
                        (found ??= new List<Finding>()).Add(Blanks(cells, context));
                        cells.Clear();
                    }

                    (cells ??= new List<ReportCells.Entry>()).Add(cell);
                }
            }

            if (cells != null && cells.Count > 0)
            {
                (found ??= new List<Finding>()).Add(Blanks(cells, context));
            }

            return found ?? (IEnumerable<Finding>)System.Array.Empty<Finding>();
        }

        /// <summary>The finding for the blank <paramref name="cells"/> of one table.</summary>
        private Finding Blanks(List<ReportCells.Entry> cells, RuleContext context)
        {
            string table = cells[0].Table;
            BilingualText name = TableName(table);
            string count = cells.Count.ToString(CultureInfo.InvariantCulture);
            string more = cells.Count > NamedInMessage ? "……" : string.Empty;
            string moreEn = cells.Count > NamedInMessage ? ", …" : string.Empty;
            string namesZh = string.Join("、", cells.Take(NamedInMessage).Select(c => c.RowAbsent ? c.Chinese + "（整行）" : c.Chinese)) + more;
            string namesEn = string.Join("; ", cells.Take(NamedInMessage).Select(c => c.RowAbsent ? c.English + " (whole row)" : c.English)) + moreEn;
            Finding finding = Report(
                context,
                table,
                "default",
                count,
                new FindingArgument("table", name.Chinese, name.English),
                new FindingArgument("count", count),
                new FindingArgument("cells", namesZh, namesEn));
            var pointers = new string[cells.Count];
            for (int i = 0; i < cells.Count; i++)
            {
                pointers[i] = cells[i].Pointer;
            }

            return finding with { RelatedLocations = context.Locate(pointers) };
        }

        private static BilingualText TableName(string table) =>
            (table == ReportCells.Applications ? AnnualReportTable.Applications
            : table == ReportCells.Remedies ? AnnualReportTable.ReviewAndLitigation
            : AnnualReportTable.Proactive).Title;
    }
}
