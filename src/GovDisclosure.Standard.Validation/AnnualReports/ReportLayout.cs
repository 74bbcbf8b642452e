using System;
using System.Collections.Generic;
using System.Threading;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The cells of tables 三 and 四 as one form lays them out, worked out once per layout and shared by every report that
    /// has it: each cell's index, pointer and printed name, each row's getter, and the identities the rules check as
    /// indexes of cells. Which rows table 三 has depends on the report (an absent group of 三 is one row; 三（六） is one
    /// row in the 2019 form and three in the 2021 form), so there are a few layouts (<see cref="KeyOf"/>), not one;
    /// a report's own values are a <see cref="ReportValues"/>.
    /// </summary>
    /// <remarks>
    /// The cell of row <c>r</c> and column <c>c</c> of table 三 is <c>r × 7 + c</c> (the columns of
    /// <see cref="ReportTable.Columns"/>); cell <c>i</c> of group <c>g</c> of table 四 follows them, at
    /// <see cref="RemedyCell"/>. Row <c>r</c>'s presence is <c>r</c>, group <c>g</c>'s is <see cref="RemedyGroup"/>.
    /// </remarks>
    internal sealed class ReportLayout
    {
        /// <summary>How many layouts there can be: <see cref="KeyOf"/>'s values.</summary>
        private const int Keys = 65;

        /// <summary>The key of a report without table 三.</summary>
        private const int NoApplications = 64;

        private static readonly int Width = ReportTable.Columns.Count;

        private static readonly int RemedyWidth = ReportTable.RemedyCells.Count;

        private static readonly string TablePrefix = ReportCells.Applications + "/";

        /// <summary>The layouts made so far, by key.</summary>
        private static readonly ReportLayout?[] Made = new ReportLayout?[Keys];

        private ReportLayout(IReadOnlyList<ReportTable.Row> rows)
        {
            var slots = new RowSlot[rows.Count];
            for (int r = 0; r < rows.Count; r++)
            {
                slots[r] = new RowSlot(rows[r].Pointer, rows[r].Chinese, rows[r].English, GetterOf(rows[r].Pointer));
            }

            Rows = slots;
            int remedyGroups = ReportTable.RemedyGroups.Count;
            var names = new (string Pointer, string Chinese, string English)[(Rows.Count * Width) + (remedyGroups * RemedyWidth)];
            for (int r = 0; r < rows.Count; r++)
            {
                for (int c = 0; c < Width; c++)
                {
                    Cell cell = rows[r].CellOf(ReportTable.Columns[c]);
                    names[(r * Width) + c] = (cell.Pointer, cell.Chinese, cell.English);
                }
            }

            for (int g = 0; g < remedyGroups; g++)
            {
                for (int i = 0; i < RemedyWidth; i++)
                {
                    names[(Rows.Count * Width) + (g * RemedyWidth) + i] = ReportCells.RemedyCell(g, i);
                }
            }

            Names = names;
            ReportIdentities.Lay(this, out IReadOnlyList<ReportIdentity> balances, out IReadOnlyList<ReportIdentity> rowTotals, out IReadOnlyList<ReportIdentity> outcomeTotals, out IReadOnlyList<ReportIdentity> remedyTotals);
            var all = new List<ReportIdentity>(balances.Count + rowTotals.Count + outcomeTotals.Count + remedyTotals.Count);
            ColumnBalances = Numbered(balances, all);
            RowTotals = Numbered(rowTotals, all);
            OutcomeTotals = Numbered(outcomeTotals, all);
            RemedyTotals = Numbered(remedyTotals, all);
            All = all.ToArray();
        }

        /// <summary>The rows of table 三, in table order (<see cref="ReportTable.AllRows"/>'s); none without the table.</summary>
        public IReadOnlyList<RowSlot> Rows { get; }

        /// <summary>Each cell's pointer and printed name, by index.</summary>
        public IReadOnlyList<(string Pointer, string Chinese, string English)> Names { get; }

        /// <summary>How many cells a report of this layout has, tables 三 and 四.</summary>
        public int CellCount => Names.Count;

        /// <summary>How many presence flags a report of this layout has: a row of table 三 each, then a group of table 四 each.</summary>
        public int PresenceCount => Rows.Count + ReportTable.RemedyGroups.Count;

        /// <summary>GD-AR-004's identities: per column of table 三, 一 + 二 = 三(七) + 四.</summary>
        public IReadOnlyList<ReportIdentity> ColumnBalances { get; }

        /// <summary>GD-AR-005's identities: per row of table 三, 总计 = the six applicant columns.</summary>
        public IReadOnlyList<ReportIdentity> RowTotals { get; }

        /// <summary>GD-AR-006's identities: per column of table 三, 三(七) = the sum of the outcomes.</summary>
        public IReadOnlyList<ReportIdentity> OutcomeTotals { get; }

        /// <summary>GD-AR-008's identities: per group of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
        public IReadOnlyList<ReportIdentity> RemedyTotals { get; }

        /// <summary>Every identity, in the order above (GD-AR-010, GD-AR-011).</summary>
        public IReadOnlyList<ReportIdentity> All { get; }

        /// <summary>The index of cell <paramref name="column"/> of row <paramref name="row"/> of table 三.</summary>
        public static int CellOf(int row, int column) => (row * Width) + column;

        /// <summary>The index of cell <paramref name="cell"/> of group <paramref name="group"/> of table 四 (indexes of <see cref="ReportTable.RemedyCells"/> and <see cref="ReportTable.RemedyGroups"/>).</summary>
        public int RemedyCell(int group, int cell) => (Rows.Count * Width) + (group * RemedyWidth) + cell;

        /// <summary>The presence flag of group <paramref name="group"/> of table 四.</summary>
        public int RemedyGroup(int group) => Rows.Count + group;

        /// <summary>The index of the row at <paramref name="pointer"/>, or -1.</summary>
        public int RowAt(string pointer)
        {
            for (int r = 0; r < Rows.Count; r++)
            {
                if (string.Equals(Rows[r].Pointer, pointer, StringComparison.Ordinal))
                {
                    return r;
                }
            }

            return -1;
        }

        /// <summary>
        /// <paramref name="identities"/>, each laid in this layout (<see cref="ReportIdentity.Laid"/>: its cells' pointers worked
        /// out once) at its place in <see cref="All"/> (the count of <paramref name="all"/> so far) and added to it.
        /// </summary>
        private ReportIdentity[] Numbered(IReadOnlyList<ReportIdentity> identities, List<ReportIdentity> all)
        {
            var numbered = new ReportIdentity[identities.Count];
            for (int i = 0; i < numbered.Length; i++)
            {
                numbered[i] = identities[i].Laid(all.Count, Names);
                all.Add(numbered[i]);
            }

            return numbered;
        }

        /// <summary>The layout of <paramref name="report"/>'s tables, made the first time a report has it.</summary>
        public static ReportLayout Of(AnnualReport report)
        {
            int key = KeyOf(report);
            ReportLayout? layout = Volatile.Read(ref Made[key]);
            if (layout is null)
            {
                IReadOnlyList<ReportTable.Row> rows = report.Applications is null
                    ? Array.Empty<ReportTable.Row>()
                    : new List<ReportTable.Row>(ReportTable.AllRows(report.Applications, report.Format));
                layout = new ReportLayout(rows);
                Interlocked.CompareExchange(ref Made[key], layout, null);
            }

            return layout;
        }

        /// <summary>
        /// What decides the rows of table 三 (<see cref="ReportTable.AllRows"/>): whether the table and its 三 are there,
        /// which groups of 三 are absent (one row instead of their sub-rows), and whether 三（六） has one row or three.
        /// </summary>
        internal static int KeyOf(AnnualReport report)
        {
            ApplicationTable? table = report.Applications;
            if (table is null)
            {
                return NoApplications;
            }

            ApplicationOutcomes? o = table.Outcomes;
            if (o is null)
            {
                return 0;
            }

            OtherProcessingCounts? x = o.OtherProcessing;
            int other = x is null ? 0
                : report.Format == AnnualReportFormat.Format2021 || x.OverdueCorrection != null || x.OverdueFee != null ? 1
                : 2;
            return 1 | (o.Withheld is null ? 0 : 2) | (o.UnableToProvide is null ? 0 : 4) | (o.NotProcessed is null ? 0 : 8) | (other << 4);
        }

        /// <summary>
        /// The getter of the counts of the row at <paramref name="pointer"/> from table 三, following the pointer's members
        /// through the field catalogue (<see cref="RowCountsGetter"/>: their typed accessors, composed once per row);
        /// <c>null</c> for a row that stands for an absent group (not a row of counts).
        /// </summary>
        private static Func<ApplicationTable, ApplicantCounts?>? GetterOf(string pointer)
        {
            if (!pointer.StartsWith(TablePrefix, StringComparison.Ordinal))
            {
                return null;
            }

            string[] names = pointer.Substring(TablePrefix.Length).Split('/');
            var path = new FieldShape[names.Length];
            Type type = typeof(ApplicationTable);
            for (int i = 0; i < names.Length; i++)
            {
                FieldShape? field = DocumentShapes.Of(type)?.Field(names[i]);
                if (field is null)
                {
                    return null;
                }

                path[i] = field;
                type = Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
            }

            if (type != typeof(ApplicantCounts))
            {
                return null;
            }

            return RowCountsGetter.Of(path);
        }

        /// <summary>A row of table 三: where it is, its printed name, and how its counts are read (<c>null</c>: it stands for an absent group).</summary>
        internal sealed record RowSlot(string Pointer, string Chinese, string English, Func<ApplicationTable, ApplicantCounts?>? Get);
    }
}
