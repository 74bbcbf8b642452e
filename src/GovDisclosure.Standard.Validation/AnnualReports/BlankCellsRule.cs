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
            IEnumerable<ReportCells.Entry> blanks = ReportCells.All(document).Where(cell =>
                cell.Value is null
                && !context.HasBindingFinding(cell.Pointer)
                && !(cell.RowAbsent && document.Format == AnnualReportFormat.Format2021 && cell.Pointer.StartsWith(ReportTable.OtherProcessingPointer + "/", System.StringComparison.Ordinal)));
            foreach (IGrouping<string, ReportCells.Entry> table in blanks.GroupBy(cell => cell.Table))
            {
                ReportCells.Entry[] cells = table.ToArray();
                BilingualText name = TableName(table.Key);
                string count = cells.Length.ToString(CultureInfo.InvariantCulture);
                string more = cells.Length > NamedInMessage ? "……" : string.Empty;
                string moreEn = cells.Length > NamedInMessage ? ", …" : string.Empty;
                string namesZh = string.Join("、", cells.Take(NamedInMessage).Select(c => c.RowAbsent ? c.Chinese + "（整行）" : c.Chinese)) + more;
                string namesEn = string.Join("; ", cells.Take(NamedInMessage).Select(c => c.RowAbsent ? c.English + " (whole row)" : c.English)) + moreEn;
                yield return Report(
                    context,
                    table.Key,
                    "default",
                    count,
                    new FindingArgument("table", name.Chinese, name.English),
                    new FindingArgument("count", count),
                    new FindingArgument("cells", namesZh, namesEn)) with
                {
                    RelatedLocations = context.Locate(cells.Select(c => c.Pointer).ToArray()),
                };
            }
        }

        private static BilingualText TableName(string table) =>
            (table == ReportCells.Applications ? AnnualReportTable.Applications
            : table == ReportCells.Remedies ? AnnualReportTable.ReviewAndLitigation
            : AnnualReportTable.Proactive).Title;
    }
}
