using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
            // This thread's list of one table's cells (the rule keeps none after it returns; a rule does not run within itself).
            List<ReportCells.Entry> cells = tableCells ??= new List<ReportCells.Entry>();
            cells.Clear();
            foreach (ReportCells.Entry cell in ReportCells.Blanks(document))
            {
                if (!context.HasBindingFinding(cell.Pointer)
                    && !(cell.RowAbsent && document.Format == AnnualReportFormat.Format2021 && cell.Pointer.StartsWith(Tables.OtherProcessingCells, System.StringComparison.Ordinal)))
                {
                    if (cells.Count > 0 && cells[0].Table != cell.Table)
                    {
                        (found ??= new List<Finding>()).Add(Blanks(cells, context));
                        cells.Clear();
                    }

                    cells.Add(cell);
                }
            }

            if (cells.Count > 0)
            {
                (found ??= new List<Finding>()).Add(Blanks(cells, context));
                cells.Clear();
            }

            return found ?? (IEnumerable<Finding>)System.Array.Empty<Finding>();
        }

        /// <summary>The finding for the blank <paramref name="cells"/> of one table.</summary>
        private Finding Blanks(List<ReportCells.Entry> cells, RuleContext context)
        {
            string table = cells[0].Table;
            string count = cells.Count.ToString(CultureInfo.InvariantCulture);
            string namesZh = Names(cells, zh: true);
            string namesEn = Names(cells, zh: false);
            var pointers = new string[cells.Count];
            for (int i = 0; i < cells.Count; i++)
            {
                pointers[i] = cells[i].Pointer;
            }

            // The table is located first, then its blank cells, as before; the finding is made once with its related
            // locations (not copied to add them).
            context.Locate(table);
            SourceLocation[] related = context.Locate(pointers);
            var arguments = new[]
            {
                TableArgument(table),
                new FindingArgument("count", count),
                new FindingArgument("cells", namesZh, namesEn),
            };
            return RuleFindings.Create(Descriptor, context, table, "default", count, arguments, related);
        }

        /// <summary>
        /// The first <see cref="NamedInMessage"/> cells' names joined (、 or ; ), a whole absent row marked (整行 / whole row),
        /// and …… or , … when there are more: written into this thread's builder, only the finished text is a new string.
        /// </summary>
        private static string Names(List<ReportCells.Entry> cells, bool zh)
        {
            StringBuilder text = (builder ??= new StringBuilder(256)).Clear();
            int named = System.Math.Min(cells.Count, NamedInMessage);
            for (int i = 0; i < named; i++)
            {
                if (i > 0)
                {
                    text.Append(zh ? "、" : "; ");
                }

                ReportCells.Entry cell = cells[i];
                text.Append(zh ? cell.Chinese : cell.English);
                if (cell.RowAbsent)
                {
                    text.Append(zh ? "（整行）" : " (whole row)");
                }
            }

            if (cells.Count > NamedInMessage)
            {
                text.Append(zh ? "……" : ", …");
            }

            string names = text.ToString();
            text.Clear();
            return names;
        }

        /// <summary>The <c>table</c> argument of a finding about <paramref name="table"/>: one for each table, made once (arguments do not change).</summary>
        private static FindingArgument TableArgument(string table) =>
            table == ReportCells.Applications ? Tables.ApplicationsArgument
            : table == ReportCells.Remedies ? Tables.RemediesArgument
            : Tables.ProactiveArgument;

        private static FindingArgument Named(AnnualReportTable table) => new FindingArgument("table", table.Title.Chinese, table.Title.English);

        /// <summary>This thread's list of one table's blank cells.</summary>
        [System.ThreadStatic]
        private static List<ReportCells.Entry>? tableCells;

        /// <summary>This thread's builder for the cells' names.</summary>
        [System.ThreadStatic]
        private static StringBuilder? builder;

        /// <summary>
        /// The rule's texts made from the annual-report tables (<see cref="ReportTable"/>, <see cref="AnnualReportTable"/>),
        /// built the first time a report is checked: a run of other records, which makes the rule set, never builds them.
        /// </summary>
        private static class Tables
        {
            /// <summary>The start of the pointers of the cells of 其他处理 (2021 form), whose absent row is not reported blank.</summary>
            internal static readonly string OtherProcessingCells = ReportTable.OtherProcessingPointer + "/";

            /// <summary>The <c>table</c> argument of a finding about table 三 (each table's is made once: arguments do not change).</summary>
            internal static readonly FindingArgument ApplicationsArgument = Named(AnnualReportTable.Applications);

            /// <summary>The <c>table</c> argument of a finding about table 四.</summary>
            internal static readonly FindingArgument RemediesArgument = Named(AnnualReportTable.ReviewAndLitigation);

            /// <summary>The <c>table</c> argument of a finding about table 二.</summary>
            internal static readonly FindingArgument ProactiveArgument = Named(AnnualReportTable.Proactive);
        }
    }
}
