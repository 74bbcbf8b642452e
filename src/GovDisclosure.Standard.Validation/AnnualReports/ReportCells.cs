using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>Every cell of tables 二, 三 and 四 of a report, for the blank and sign checks.</summary>
    internal static class ReportCells
    {
        /// <summary>Table 二 in the 2019 format.</summary>
        public static readonly string Proactive2019 = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosure2019)).Pointer;

        /// <summary>Table 二 in the 2021 format.</summary>
        public static readonly string Proactive2021 = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosure2021)).Pointer;

        /// <summary>Table 三.</summary>
        public static readonly string Applications = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications)).Pointer;

        /// <summary>Table 四.</summary>
        public static readonly string Remedies = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ReviewAndLitigation)).Pointer;

        /// <summary>How a cell of table 四 is named: 四·行政复议·总计, IV. administrative reconsideration, total.</summary>
        public static readonly BilingualText Prefix = AnnualReportTable.ReviewAndLitigation.CellPrefix;

        /// <summary>Each remedy group's pointer, by the group's index, worked out once.</summary>
        private static readonly string[] RemedyGroupPointers = ReportTable.RemedyGroups.Select(g => JsonPointer.Append(Remedies, g.Key)).ToArray();

        /// <summary>Each remedy cell's pointer and labels, by its group's and its own index, worked out once (they are the form's).</summary>
        private static readonly (string Pointer, string Chinese, string English)[][] RemedyCellNames = NameRemedyCells();

        /// <summary>
        /// The pointer and labels of every remedy cell, by its group's and its own index (loops, not queries over tuples,
        /// which are compiled when the first report is checked).
        /// </summary>
        private static (string Pointer, string Chinese, string English)[][] NameRemedyCells()
        {
            var names = new (string Pointer, string Chinese, string English)[ReportTable.RemedyGroups.Count][];
            for (int g = 0; g < names.Length; g++)
            {
                ReportTable.Part<ReviewAndLitigationTable, RemedyOutcomeCounts?> group = ReportTable.RemedyGroups[g];
                names[g] = new (string Pointer, string Chinese, string English)[ReportTable.RemedyCells.Count];
                for (int c = 0; c < names[g].Length; c++)
                {
                    ReportTable.Part<RemedyOutcomeCounts, int?> cell = ReportTable.RemedyCells[c];
                    names[g][c] = (JsonPointer.Append(RemedyGroupPointers[g], cell.Key), Prefix.Chinese + group.Chinese + "·" + cell.Chinese, Prefix.English + group.English + ", " + cell.English);
                }
            }

            return names;
        }

        /// <summary>
        /// Every cell of the report, in table order (an absent row or group of tables 三 and 四 as one entry): tables 三 and
        /// 四 from the report's <see cref="ReportValues"/>, read once per report for every rule that needs them. A value:
        /// <c>foreach</c> over it makes no iterator and copies each entry once (GD-AR-002 and GD-AR-003 list some 300 cells
        /// of every report).
        /// </summary>
        public static Cells All(AnnualReport report) => new Cells(report, Kept.Every);

        /// <summary>
        /// The entries of <see cref="All"/> without a value (blank cells and absent rows or groups), in the same order: the
        /// cells of tables 三 and 四 that have a value are passed over by their index, without an entry (GD-AR-002).
        /// </summary>
        public static Cells Blanks(AnnualReport report) => new Cells(report, Kept.Blank);

        /// <summary>
        /// The entries of <see cref="All"/> with a negative value that may not be negative, in the same order: the cells of
        /// tables 三 and 四 that are not negative are passed over by their index, without an entry (GD-AR-003).
        /// </summary>
        public static Cells Negatives(AnnualReport report) => new Cells(report, Kept.Negative);

        /// <summary>The pointer of remedy group <paramref name="group"/> (an index of <see cref="ReportTable.RemedyGroups"/>) in table 四.</summary>
        public static string RemedyGroupPointer(int group) => RemedyGroupPointers[group];

        /// <summary>The pointer and labels of cell <paramref name="cell"/> of remedy group <paramref name="group"/> (indexes of <see cref="ReportTable.RemedyCells"/> and <see cref="ReportTable.RemedyGroups"/>).</summary>
        public static (string Pointer, string Chinese, string English) RemedyCell(int group, int cell) => RemedyCellNames[group][cell];

        /// <summary>One cell, or an absent row, with the pointer of its table (a value, made as the cells are listed).</summary>
        internal readonly record struct Entry(string Table, string Pointer, string Chinese, string English, decimal? Value, bool MayBeNegative, bool RowAbsent);

        /// <summary>Which entries a walk lists.</summary>
        internal enum Kept
        {
            /// <summary>Every entry.</summary>
            Every,

            /// <summary>The entries without a value.</summary>
            Blank,

            /// <summary>The entries with a negative value that may not be negative.</summary>
            Negative,
        }

        /// <summary>The cells of one report, listed as <see cref="Enumerator"/> walks them.</summary>
        internal readonly struct Cells : IEnumerable<Entry>
        {
            private readonly AnnualReport report;
            private readonly Kept kept;

            public Cells(AnnualReport report, Kept kept)
            {
                this.report = report ?? throw new ArgumentNullException(nameof(report));
                this.kept = kept;
            }

            public Enumerator GetEnumerator() => new Enumerator(report, kept);

            IEnumerator<Entry> IEnumerable<Entry>.GetEnumerator() => GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>
        /// Walks the tables in order: table 二 of 2019, of 2021 (row by row, an absent row as one entry), then table 三 row by
        /// row and table 四 group by group from the report's values (an absent row or group as one entry).
        /// </summary>
        internal struct Enumerator : IEnumerator<Entry>
        {
            private const int Proactive2019Tables = 0;
            private const int Proactive2021Tables = 1;
            private const int ApplicationTable = 2;
            private const int RemedyTable = 3;
            private const int Done = 4;

            private readonly AnnualReport report;
            private readonly Kept kept;
            private int table;
            private int row;

            /// <summary>The next cell of the row; -1 before the row is entered.</summary>
            private int cell;
            private object? owner;
            private ReportValues? values;
            private Entry current;

            public Enumerator(AnnualReport report, Kept kept = Kept.Every)
            {
                this.report = report;
                this.kept = kept;
                table = Proactive2019Tables;
                row = 0;
                cell = -1;
                owner = null;
                values = null;
                current = default;
            }

            public readonly Entry Current => current;

            readonly object System.Collections.IEnumerator.Current => current;

            public bool MoveNext()
            {
                while (Step())
                {
                    if (IsKept(current))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Whether <paramref name="entry"/> is one this walk lists.</summary>
            private readonly bool IsKept(in Entry entry) => IsKept(entry.Value, entry.MayBeNegative);

            /// <summary>Whether a cell of table 二 with <paramref name="value"/> is one this walk lists (asked before its entry is made).</summary>
            private readonly bool IsKept(decimal? value, bool mayBeNegative) => kept switch
            {
                Kept.Blank => value is null,
                Kept.Negative => value is decimal written && written < 0 && !mayBeNegative,
                _ => true,
            };

            /// <summary>Whether a value of table 三 or 四 (none of which may be negative) is one this walk lists.</summary>
            private readonly bool IsKept(int? value) => kept switch
            {
                Kept.Blank => value is null,
                Kept.Negative => value < 0,
                _ => true,
            };

            /// <summary>The next entry of the walk, kept or not (a cell of tables 二, 三 and 四 that is not kept is passed over there; an absent row is not).</summary>
            private bool Step()
            {
                while (true)
                {
                    switch (table)
                    {
                        case Proactive2019Tables:
                            if (report.ProactiveDisclosure2019 is object t2019 && NextProactive(ProactiveLayout.Format2019, Proactive2019, t2019))
                            {
                                return true;
                            }

                            Next(Proactive2021Tables);
                            continue;
                        case Proactive2021Tables:
                            if (report.ProactiveDisclosure2021 is object t2021 && NextProactive(ProactiveLayout.Format2021, Proactive2021, t2021))
                            {
                                return true;
                            }

                            Next(report.Applications is null && report.ReviewAndLitigation is null ? Done : ApplicationTable);
                            continue;
                        case ApplicationTable:
                            if (NextValue(remedies: false))
                            {
                                return true;
                            }

                            Next(report.ReviewAndLitigation is null ? Done : RemedyTable);
                            continue;
                        case RemedyTable:
                            if (NextValue(remedies: true))
                            {
                                return true;
                            }

                            Next(Done);
                            continue;
                        default:
                            return false;
                    }
                }
            }

            public void Reset() => this = new Enumerator(report, kept);

            public readonly void Dispose()
            {
            }

            private void Next(int nextTable)
            {
                table = nextTable;
                row = 0;
                cell = -1;
                owner = null;
            }

            /// <summary>The next entry of table 二 (<paramref name="tableObject"/>, laid out as <paramref name="layout"/>); <c>false</c> after its last.</summary>
            private bool NextProactive(ProactiveLayout layout, string tablePointer, object tableObject)
            {
                IReadOnlyList<ProactiveLayout.RowSlot> rows = layout.Rows;
                while (row < rows.Count)
                {
                    ProactiveLayout.RowSlot slot = rows[row];
                    if (cell < 0)
                    {
                        owner = slot.Get is null ? tableObject : slot.Get(tableObject);
                        if (owner is null)
                        {
                            current = new Entry(tablePointer, slot.Pointer, slot.Chinese, slot.English, null, false, true);
                            row++;
                            return true;
                        }

                        cell = 0;
                    }

                    if (cell < slot.Cells.Count)
                    {
                        // Whether the walk keeps the cell is asked of its value first: an entry is made only for a cell kept
                        // (GD-AR-002 and GD-AR-003 keep a few of table 二's cells).
                        ProactiveLayout.CellSlot c = slot.Cells[cell++];
                        decimal? value = c.Get(owner!);
                        if (!IsKept(value, c.MayBeNegative))
                        {
                            continue;
                        }

                        current = new Entry(tablePointer, c.Pointer, c.Chinese, c.English, value, c.MayBeNegative, false);
                        return true;
                    }

                    row++;
                    cell = -1;
                }

                return false;
            }

            /// <summary>The next entry of table 三, or of table 四 when <paramref name="remedies"/> (group by group); <c>false</c> after its last.</summary>
            private bool NextValue(bool remedies)
            {
                ReportValues v = values ??= ReportValues.Of(report);
                ReportLayout layout = v.Layout;
                int rows = remedies ? ReportTable.RemedyGroups.Count : layout.Rows.Count;
                int width = remedies ? ReportTable.RemedyCells.Count : ReportTable.Columns.Count;
                while (row < rows)
                {
                    if (cell < 0)
                    {
                        if (!v.IsPresent(remedies ? layout.RemedyGroup(row) : row))
                        {
                            current = remedies ? AbsentGroup(row) : AbsentRow(layout.Rows[row]);
                            row++;
                            return true;
                        }

                        // A row with no cell this walk keeps is passed over whole: one without a blank (its bits tested a word
                        // at a time), or any row of a report with no negative number.
                        if ((kept == Kept.Blank && v.AllWritten(remedies ? layout.RemedyCell(row, 0) : ReportLayout.CellOf(row, 0), width))
                            || (kept == Kept.Negative && !v.HasNegative))
                        {
                            row++;
                            continue;
                        }

                        cell = 0;
                    }

                    while (cell < width)
                    {
                        int at = remedies ? layout.RemedyCell(row, cell++) : ReportLayout.CellOf(row, cell++);
                        int? value = v[at];
                        if (!IsKept(value))
                        {
                            continue;
                        }

                        (string pointer, string chinese, string english) = layout.Names[at];
                        current = new Entry(remedies ? Remedies : Applications, pointer, chinese, english, value, false, false);
                        return true;
                    }

                    row++;
                    cell = -1;
                }

                return false;
            }

            private static Entry AbsentRow(ReportLayout.RowSlot slot) => new Entry(Applications, slot.Pointer, slot.Chinese, slot.English, null, false, true);

            private static Entry AbsentGroup(int group)
            {
                var named = ReportTable.RemedyGroups[group];
                return new Entry(Remedies, RemedyGroupPointer(group), Prefix.Chinese + named.Chinese, Prefix.English + named.English, null, false, true);
            }
        }
    }
}
