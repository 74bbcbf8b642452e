using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The identities of tables 三 and 四 that a report's numbers must satisfy, each listed once so that
    /// the error rules (GD-AR-004, 005, 006, 008) and the rules for what blanks leave open (GD-AR-010,
    /// GD-AR-011) speak of the same sums in the same words.
    /// </summary>
    internal static class ReportIdentities
    {
        /// <summary>Every identity of the report.</summary>
        public static IEnumerable<ReportIdentity> All(AnnualReport report) => Of(report).All;

        public static IEnumerable<ReportIdentity> ColumnBalances(AnnualReport report) => Of(report).ColumnBalances;

        public static IEnumerable<ReportIdentity> RowTotals(AnnualReport report) => Of(report).RowTotals;

        public static IEnumerable<ReportIdentity> OutcomeTotals(AnnualReport report) => Of(report).OutcomeTotals;

        public static IEnumerable<ReportIdentity> RemedyTotals(AnnualReport report) => Of(report).RemedyTotals;

        /// <summary>
        /// The identities of a report. The rules that check them (GD-AR-004, 005, 006, 008, 010, 011) run one after
        /// another on the same report, on one thread: they are worked out once per report, not once per rule.
        /// </summary>
        private static Identities Of(AnnualReport report)
        {
            Identities? known = lastReport;
            if (known != null && ReferenceEquals(known.Report, report))
            {
                return known;
            }

            known = new Identities(report);
            lastReport = known;
            return known;
        }

        /// <summary>The identities of the report this thread checked last.</summary>
        [ThreadStatic]
        private static Identities? lastReport;

        /// <summary>The identities' names, by what they are about, worked out once (they are the form's).</summary>
        private static readonly ConcurrentDictionary<(string Identity, string Key), BilingualText> Names = new ConcurrentDictionary<(string, string), BilingualText>();

        /// <summary>The cells of each remedy group, without their values, worked out once.</summary>
        private static readonly ConcurrentDictionary<string, (string Pointer, string Chinese, string English)[]> RemedyCellNames =
            new ConcurrentDictionary<string, (string, string, string)[]>();

        /// <summary>Per column of table 三: 一 + 二 = 三(七) + 四 (the form prints it).</summary>
        private static IEnumerable<ReportIdentity> BuildColumnBalances(AnnualReport report)
        {
            ApplicationTable? t = report.Applications;
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
                yield return new ReportIdentity(carriedForward, new[] { received, carriedOver }, new[] { handled, carriedForward }, null, ReportTable.Once(Names, (Identity: "balance", Key: column.Key), static (_, column) => new BilingualText(
                    $"“{column.Chinese}”列 一 + 二 = 三（七）+ 四",
                    $"In the column {column.English}, I + II = III(7) + IV"), column));
            }
        }

        /// <summary>Per row of table 三: 总计 = the six applicant columns.</summary>
        private static IEnumerable<ReportIdentity> BuildRowTotals(AnnualReport report)
        {
            if (report.Applications is null)
            {
                yield break;
            }

            foreach (ReportTable.Row row in ReportTable.AllRows(report.Applications, report.Format))
            {
                if (row.Counts is null)
                {
                    continue;
                }

                Cell total = row.CellOf(ReportTable.TotalColumn);
                var parts = new Cell[ReportTable.ApplicantColumns.Count];
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = row.CellOf(ReportTable.ApplicantColumns[i]);
                }

                yield return new ReportIdentity(total, new[] { total }, parts, total, ReportTable.Once(Names, (Identity: "row", Key: row.Pointer), static (_, row) => new BilingualText(
                    $"“{row.Chinese}”行 总计 = 各类申请人之和",
                    $"In the row {row.English}, total = sum of the applicants"), row));
            }
        }

        /// <summary>Per column of table 三: 三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六).</summary>
        private static IEnumerable<ReportIdentity> BuildOutcomeTotals(AnnualReport report)
        {
            ApplicationOutcomes? outcomes = report.Applications?.Outcomes;
            if (outcomes is null)
            {
                yield break;
            }

            IReadOnlyList<ReportTable.Row> parts = ReportTable.OutcomeParts(outcomes, report.Format);
            foreach (ReportTable.Column column in ReportTable.Columns)
            {
                Cell total = ReportTable.OutcomeTotal(outcomes).CellOf(column);
                var cells = new Cell[parts.Count];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = parts[i].CellOf(column);
                }

                yield return new ReportIdentity(total, new[] { total }, cells, total, ReportTable.Once(Names, (Identity: "outcomes", Key: column.Key), static (_, column) => new BilingualText(
                    $"“{column.Chinese}”列 三（七）总计 = 各项办理结果之和",
                    $"In the column {column.English}, III(7) total = sum of the outcomes"), column));
            }
        }

        /// <summary>Per group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
        private static IEnumerable<ReportIdentity> BuildRemedyTotals(AnnualReport report)
        {
            if (report.ReviewAndLitigation is null)
            {
                yield break;
            }

            foreach (var group in ReportTable.RemedyGroups)
            {
                RemedyOutcomeCounts? counts = group.Get(report.ReviewAndLitigation);
                if (counts is null)
                {
                    continue;
                }

                (string Pointer, string Chinese, string English)[] names = ReportTable.Once(RemedyCellNames, group.Key, static (_, group) => ReportTable.RemedyCells
                    .Select(c => (JsonPointer.Append(JsonPointer.Append(ReportCells.Remedies, group.Key), c.Key), ReportCells.Prefix.Chinese + group.Chinese + "·" + c.Chinese, ReportCells.Prefix.English + group.English + ", " + c.English))
                    .ToArray(), group);
                var cells = new Cell[names.Length];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = new Cell(names[i].Pointer, names[i].Chinese, names[i].English, ReportTable.RemedyCells[i].Get(counts));
                }

                yield return new ReportIdentity(cells[4], new[] { cells[4] }, cells.Take(4).ToArray(), cells[4], ReportTable.Once(Names, (Identity: "remedy", Key: group.Key), static (_, group) => new BilingualText(
                    $"“{group.Chinese}”总计 = 维持 + 纠正 + 其他 + 尚未审结",
                    $"For {group.English}, total = upheld + corrected + other + pending"), group));
            }
        }

        /// <summary>A report's identities, by kind.</summary>
        private sealed class Identities
        {
            public Identities(AnnualReport report)
            {
                Report = report;
                ColumnBalances = BuildColumnBalances(report).ToArray();
                RowTotals = BuildRowTotals(report).ToArray();
                OutcomeTotals = BuildOutcomeTotals(report).ToArray();
                RemedyTotals = BuildRemedyTotals(report).ToArray();
                All = ColumnBalances.Concat(RowTotals).Concat(OutcomeTotals).Concat(RemedyTotals).ToArray();
            }

            public AnnualReport Report { get; }

            public ReportIdentity[] ColumnBalances { get; }

            public ReportIdentity[] RowTotals { get; }

            public ReportIdentity[] OutcomeTotals { get; }

            public ReportIdentity[] RemedyTotals { get; }

            public ReportIdentity[] All { get; }
        }
    }
}
