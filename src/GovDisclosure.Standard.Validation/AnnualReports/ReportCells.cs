using System;
using System.Collections.Concurrent;
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
        public static readonly string Proactive2019 = FieldPaths.Of<AnnualReport>(r => r.ProactiveDisclosure2019).Pointer;

        /// <summary>Table 二 in the 2021 format.</summary>
        public static readonly string Proactive2021 = FieldPaths.Of<AnnualReport>(r => r.ProactiveDisclosure2021).Pointer;

        /// <summary>Table 三.</summary>
        public static readonly string Applications = FieldPaths.Of<AnnualReport>(r => r.Applications).Pointer;

        /// <summary>Table 四.</summary>
        public static readonly string Remedies = FieldPaths.Of<AnnualReport>(r => r.ReviewAndLitigation).Pointer;

        /// <summary>How a cell of table 四 is named: 四·行政复议·总计, IV. administrative reconsideration, total.</summary>
        public static readonly BilingualText Prefix = AnnualReportTable.ReviewAndLitigation.CellPrefix;

        /// <summary>Each remedy group's pointer, by the group's index, worked out once.</summary>
        private static readonly string[] RemedyGroupPointers = ReportTable.RemedyGroups.Select(g => JsonPointer.Append(Remedies, g.Key)).ToArray();

        /// <summary>Each remedy cell's pointer and labels, by its group's and its own index, worked out once (they are the form's).</summary>
        private static readonly (string Pointer, string Chinese, string English)[][] RemedyCellNames = ReportTable.RemedyGroups
            .Select((group, g) => ReportTable.RemedyCells
                .Select(cell => (JsonPointer.Append(RemedyGroupPointers[g], cell.Key), Prefix.Chinese + group.Chinese + "·" + cell.Chinese, Prefix.English + group.English + ", " + cell.English))
                .ToArray())
            .ToArray();

        /// <summary>
        /// Every cell of the report, in table order. The rules that read them (GD-AR-002, 003 and the region summary)
        /// run one after another on the same report, on one thread: they are listed once per report, not once per rule.
        /// </summary>
        public static IReadOnlyList<Entry> All(AnnualReport report)
        {
            (AnnualReport Report, Entry[] Cells)? known = lastReport;
            if (known is { } last && ReferenceEquals(last.Report, report))
            {
                return last.Cells;
            }

            Entry[] cells = Build(report).ToArray();
            lastReport = (report, cells);
            return cells;
        }

        /// <summary>The cells of the report this thread listed last.</summary>
        [ThreadStatic]
        private static (AnnualReport Report, Entry[] Cells)? lastReport;

        private static IEnumerable<Entry> Build(AnnualReport report)
        {
            if (report.ProactiveDisclosure2019 != null)
            {
                foreach (ProactiveCell c in ProactiveTable.Cells2019(report.ProactiveDisclosure2019))
                {
                    yield return new Entry(Proactive2019, c.Pointer, c.Chinese, c.English, c.Value, c.MayBeNegative, c.RowAbsent);
                }
            }

            if (report.ProactiveDisclosure2021 != null)
            {
                foreach (ProactiveCell c in ProactiveTable.Cells2021(report.ProactiveDisclosure2021))
                {
                    yield return new Entry(Proactive2021, c.Pointer, c.Chinese, c.English, c.Value, c.MayBeNegative, c.RowAbsent);
                }
            }

            if (report.Applications != null)
            {
                foreach (ReportTable.Row row in ReportTable.AllRows(report.Applications, report.Format))
                {
                    if (row.Counts is null)
                    {
                        yield return new Entry(Applications, row.Pointer, row.Chinese, row.English, null, false, true);
                        continue;
                    }

                    foreach (ReportTable.Column column in ReportTable.Columns)
                    {
                        Cell cell = row.CellOf(column);
                        yield return new Entry(Applications, cell.Pointer, cell.Chinese, cell.English, cell.Value, false, false);
                    }
                }
            }

            if (report.ReviewAndLitigation != null)
            {
                for (int g = 0; g < ReportTable.RemedyGroups.Count; g++)
                {
                    var group = ReportTable.RemedyGroups[g];
                    RemedyOutcomeCounts? counts = group.Get(report.ReviewAndLitigation);
                    if (counts is null)
                    {
                        yield return new Entry(Remedies, RemedyGroupPointer(g), Prefix.Chinese + group.Chinese, Prefix.English + group.English, null, false, true);
                        continue;
                    }

                    for (int i = 0; i < ReportTable.RemedyCells.Count; i++)
                    {
                        (string cellPointer, string chinese, string english) = RemedyCell(g, i);
                        yield return new Entry(Remedies, cellPointer, chinese, english, ReportTable.RemedyCells[i].Get(counts), false, false);
                    }
                }
            }
        }

        /// <summary>The pointer of remedy group <paramref name="group"/> (an index of <see cref="ReportTable.RemedyGroups"/>) in table 四.</summary>
        public static string RemedyGroupPointer(int group) => RemedyGroupPointers[group];

        /// <summary>The pointer and labels of cell <paramref name="cell"/> of remedy group <paramref name="group"/> (indexes of <see cref="ReportTable.RemedyCells"/> and <see cref="ReportTable.RemedyGroups"/>).</summary>
        public static (string Pointer, string Chinese, string English) RemedyCell(int group, int cell) => RemedyCellNames[group][cell];

        /// <summary>One cell, or an absent row, with the pointer of its table.</summary>
        internal sealed record Entry(string Table, string Pointer, string Chinese, string English, decimal? Value, bool MayBeNegative, bool RowAbsent);
    }
}
