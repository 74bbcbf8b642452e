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
        /// Every cell of the report, in table order (an absent row or group of tables 三 and 四 as one entry): tables 三 and
        /// 四 from the report's <see cref="ReportValues"/>, read once per report for every rule that needs them.
        /// </summary>
        public static IEnumerable<Entry> All(AnnualReport report)
        {
            if (report.ProactiveDisclosure2019 != null)
            {
                foreach (Entry e in Proactive(ProactiveLayout.Format2019, Proactive2019, report.ProactiveDisclosure2019))
                {
                    yield return e;
                }
            }

            if (report.ProactiveDisclosure2021 != null)
            {
                foreach (Entry e in Proactive(ProactiveLayout.Format2021, Proactive2021, report.ProactiveDisclosure2021))
                {
                    yield return e;
                }
            }

            if (report.Applications is null && report.ReviewAndLitigation is null)
            {
                yield break;
            }

            ReportValues values = ReportValues.Of(report);
            ReportLayout layout = values.Layout;
            for (int r = 0; r < layout.Rows.Count; r++)
            {
                if (!values.IsPresent(r))
                {
                    ReportLayout.RowSlot row = layout.Rows[r];
                    yield return new Entry(Applications, row.Pointer, row.Chinese, row.English, null, false, true);
                    continue;
                }

                for (int c = 0; c < ReportTable.Columns.Count; c++)
                {
                    int cell = ReportLayout.CellOf(r, c);
                    (string pointer, string chinese, string english) = layout.Names[cell];
                    yield return new Entry(Applications, pointer, chinese, english, values[cell], false, false);
                }
            }

            if (report.ReviewAndLitigation is null)
            {
                yield break;
            }

            for (int g = 0; g < ReportTable.RemedyGroups.Count; g++)
            {
                if (!values.IsPresent(layout.RemedyGroup(g)))
                {
                    var group = ReportTable.RemedyGroups[g];
                    yield return new Entry(Remedies, RemedyGroupPointer(g), Prefix.Chinese + group.Chinese, Prefix.English + group.English, null, false, true);
                    continue;
                }

                for (int i = 0; i < ReportTable.RemedyCells.Count; i++)
                {
                    int cell = layout.RemedyCell(g, i);
                    (string pointer, string chinese, string english) = layout.Names[cell];
                    yield return new Entry(Remedies, pointer, chinese, english, values[cell], false, false);
                }
            }
        }

        /// <summary>The cells of table 二 (<paramref name="table"/>, laid out as <paramref name="layout"/>): an absent row as one entry.</summary>
        private static IEnumerable<Entry> Proactive(ProactiveLayout layout, string tablePointer, object table)
        {
            IReadOnlyList<ProactiveLayout.RowSlot> rows = layout.Rows;
            for (int r = 0; r < rows.Count; r++)
            {
                ProactiveLayout.RowSlot row = rows[r];
                object? owner = row.Get is null ? table : row.Get(table);
                if (owner is null)
                {
                    yield return new Entry(tablePointer, row.Pointer, row.Chinese, row.English, null, false, true);
                    continue;
                }

                IReadOnlyList<ProactiveLayout.CellSlot> cells = row.Cells;
                for (int c = 0; c < cells.Count; c++)
                {
                    ProactiveLayout.CellSlot cell = cells[c];
                    yield return new Entry(tablePointer, cell.Pointer, cell.Chinese, cell.English, cell.Get(owner), cell.MayBeNegative, false);
                }
            }
        }

        /// <summary>The pointer of remedy group <paramref name="group"/> (an index of <see cref="ReportTable.RemedyGroups"/>) in table 四.</summary>
        public static string RemedyGroupPointer(int group) => RemedyGroupPointers[group];

        /// <summary>The pointer and labels of cell <paramref name="cell"/> of remedy group <paramref name="group"/> (indexes of <see cref="ReportTable.RemedyCells"/> and <see cref="ReportTable.RemedyGroups"/>).</summary>
        public static (string Pointer, string Chinese, string English) RemedyCell(int group, int cell) => RemedyCellNames[group][cell];

        /// <summary>One cell, or an absent row, with the pointer of its table (a value, made as the cells are listed).</summary>
        internal readonly record struct Entry(string Table, string Pointer, string Chinese, string English, decimal? Value, bool MayBeNegative, bool RowAbsent);
    }
}
