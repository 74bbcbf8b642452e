using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The walk over every cell of a report (<see cref="ReportCells.All"/>, a value enumerator) lists the same entries, in
    /// the same order, as the nested iterators it replaced, whichever tables, rows and groups are present; the walks of the
    /// blank and of the negative cells list what the whole walk lists of them.
    /// </summary>
    public class ReportCellsWalkTests
    {
        private static readonly Gen<AnnualReport> Reports =
            from tables in ReportLayoutTests.Reports
            from proactive in ProactiveLayoutTests.Reports
            select new AnnualReport
            {
                Format = tables.Format,
                Applications = tables.Applications,
                ReviewAndLitigation = tables.ReviewAndLitigation,
                ProactiveDisclosure2019 = proactive.ProactiveDisclosure2019,
                ProactiveDisclosure2021 = proactive.ProactiveDisclosure2021,
            };

        [Property(MaxTest = 300)]
        public Property The_walk_lists_the_entries_the_iterators_listed()
        {
            return Prop.ForAll(Reports.ToArbitrary(), report =>
                Walked(ReportCells.All(report)).SequenceEqual(ByIterators(report)));
        }

        [Property(MaxTest = 300)]
        public Property The_blank_walk_lists_the_entries_of_the_whole_walk_without_a_value()
        {
            return Prop.ForAll(Reports.ToArbitrary(), report =>
                Walked(ReportCells.Blanks(report)).SequenceEqual(ByIterators(report).Where(e => e.Value is null)));
        }

        [Property(MaxTest = 300)]
        public Property The_negative_walk_lists_the_entries_of_the_whole_walk_that_may_not_be_negative_and_are()
        {
            return Prop.ForAll(Reports.ToArbitrary(), report =>
                Walked(ReportCells.Negatives(report)).SequenceEqual(ByIterators(report).Where(e => e.Value < 0 && !e.MayBeNegative)));
        }

        [Fact]
        public void A_report_without_tables_has_no_cells()
        {
            Assert.Empty(ReportCells.All(new AnnualReport()));
        }

        /// <summary>The entries a walk lists, walked by its value enumerator.</summary>
        private static List<ReportCells.Entry> Walked(ReportCells.Cells cells)
        {
            var walked = new List<ReportCells.Entry>();
            foreach (ReportCells.Entry entry in cells)
            {
                walked.Add(entry);
            }

            return walked;
        }

        /// <summary>The cells as the iterators listed them before the walk (the oracle).</summary>
        private static IEnumerable<ReportCells.Entry> ByIterators(AnnualReport report)
        {
            if (report.ProactiveDisclosure2019 != null)
            {
                foreach (ReportCells.Entry e in Proactive(ProactiveLayout.Format2019, ReportCells.Proactive2019, report.ProactiveDisclosure2019))
                {
                    yield return e;
                }
            }

            if (report.ProactiveDisclosure2021 != null)
            {
                foreach (ReportCells.Entry e in Proactive(ProactiveLayout.Format2021, ReportCells.Proactive2021, report.ProactiveDisclosure2021))
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
                    yield return new ReportCells.Entry(ReportCells.Applications, row.Pointer, row.Chinese, row.English, null, false, true);
                    continue;
                }

                for (int c = 0; c < ReportTable.Columns.Count; c++)
                {
                    int cell = ReportLayout.CellOf(r, c);
                    (string pointer, string chinese, string english) = layout.Names[cell];
                    yield return new ReportCells.Entry(ReportCells.Applications, pointer, chinese, english, values[cell], false, false);
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
                    yield return new ReportCells.Entry(ReportCells.Remedies, ReportCells.RemedyGroupPointer(g), ReportCells.Prefix.Chinese + group.Chinese, ReportCells.Prefix.English + group.English, null, false, true);
                    continue;
                }

                for (int i = 0; i < ReportTable.RemedyCells.Count; i++)
                {
                    int cell = layout.RemedyCell(g, i);
                    (string pointer, string chinese, string english) = layout.Names[cell];
                    yield return new ReportCells.Entry(ReportCells.Remedies, pointer, chinese, english, values[cell], false, false);
                }
            }
        }

        private static IEnumerable<ReportCells.Entry> Proactive(ProactiveLayout layout, string tablePointer, object table)
        {
            foreach (ProactiveLayout.RowSlot row in layout.Rows)
            {
                object? owner = row.Get is null ? table : row.Get(table);
                if (owner is null)
                {
                    yield return new ReportCells.Entry(tablePointer, row.Pointer, row.Chinese, row.English, null, false, true);
                    continue;
                }

                foreach (ProactiveLayout.CellSlot cell in row.Cells)
                {
                    yield return new ReportCells.Entry(tablePointer, cell.Pointer, cell.Chinese, cell.English, cell.Get(owner), cell.MayBeNegative, false);
                }
            }
        }
    }
}
