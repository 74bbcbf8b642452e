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
        public static IEnumerable<ReportIdentity> All(AnnualReport report) =>
            ColumnBalances(report).Concat(RowTotals(report)).Concat(OutcomeTotals(report)).Concat(RemedyTotals(report));

        /// <summary>Per column of table 三: 一 + 二 = 三(七) + 四 (the form prints it).</summary>
        public static IEnumerable<ReportIdentity> ColumnBalances(AnnualReport report)
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
                yield return new ReportIdentity(carriedForward, new[] { received, carriedOver }, new[] { handled, carriedForward }, null, new BilingualText(
                    $"“{column.Chinese}”列 一 + 二 = 三（七）+ 四",
                    $"In the column {column.English}, I + II = III(7) + IV"));
            }
        }

        /// <summary>Per row of table 三: 总计 = the six applicant columns.</summary>
        public static IEnumerable<ReportIdentity> RowTotals(AnnualReport report)
        {
            if (report.Applications is null)
            {
                yield break;
            }

            foreach (ReportTable.Row row in ReportTable.AllRows(report.Applications, report.Format).Where(r => r.Counts != null))
            {
                Cell total = row.CellOf(ReportTable.TotalColumn);
                yield return new ReportIdentity(total, new[] { total }, ReportTable.ApplicantColumns.Select(row.CellOf).ToArray(), total, new BilingualText(
                    $"“{row.Chinese}”行 总计 = 各类申请人之和",
                    $"In the row {row.English}, total = sum of the applicants"));
            }
        }

        /// <summary>Per column of table 三: 三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六).</summary>
        public static IEnumerable<ReportIdentity> OutcomeTotals(AnnualReport report)
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
                yield return new ReportIdentity(total, new[] { total }, parts.Select(r => r.CellOf(column)).ToArray(), total, new BilingualText(
                    $"“{column.Chinese}”列 三（七）总计 = 各项办理结果之和",
                    $"In the column {column.English}, III(7) total = sum of the outcomes"));
            }
        }

        /// <summary>Per group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
        public static IEnumerable<ReportIdentity> RemedyTotals(AnnualReport report)
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

                Cell[] cells = ReportTable.RemedyCells
                    .Select(c => new Cell(JsonPointer.Append(JsonPointer.Append(ReportCells.Remedies, group.Key), c.Key), ReportCells.Prefix.Chinese + group.Chinese + "·" + c.Chinese, ReportCells.Prefix.English + group.English + ", " + c.English, c.Get(counts)))
                    .ToArray();
                yield return new ReportIdentity(cells[4], new[] { cells[4] }, cells.Take(4).ToArray(), cells[4], new BilingualText(
                    $"“{group.Chinese}”总计 = 维持 + 纠正 + 其他 + 尚未审结",
                    $"For {group.English}, total = upheld + corrected + other + pending"));
            }
        }
    }
}
