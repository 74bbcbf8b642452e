using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The identities of tables 三 and 四 that a report's numbers must satisfy, each listed once per
    /// <see cref="ReportLayout"/> so that the error rules (GD-AR-004, 005, 006, 008) and the rules for what blanks leave
    /// open (GD-AR-010, GD-AR-011) speak of the same sums in the same words.
    /// </summary>
    internal static class ReportIdentities
    {
        private static readonly string NewlyReceivedPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.NewlyReceived)).Pointer;

        private static readonly string OutcomeTotalPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes), nameof(ApplicationOutcomes.Total)).Pointer;

        /// <summary>The identities of <paramref name="layout"/>, by kind.</summary>
        public static void Lay(
            ReportLayout layout,
            out IReadOnlyList<ReportIdentity> columnBalances,
            out IReadOnlyList<ReportIdentity> rowTotals,
            out IReadOnlyList<ReportIdentity> outcomeTotals,
            out IReadOnlyList<ReportIdentity> remedyTotals)
        {
            columnBalances = ColumnBalances(layout);
            rowTotals = RowTotals(layout);
            outcomeTotals = OutcomeTotals(layout);
            remedyTotals = RemedyTotals(layout);
        }

        /// <summary>Per column of table 三: 一 + 二 = 三(七) + 四 (the form prints it); only when 三 is there.</summary>
        private static ReportIdentity[] ColumnBalances(ReportLayout layout)
        {
            int total = layout.RowAt(OutcomeTotalPointer);
            if (total < 0)
            {
                return System.Array.Empty<ReportIdentity>();
            }

            int received = layout.RowAt(NewlyReceivedPointer);
            int carriedOver = layout.RowAt(ReportTable.CarriedOverPointer);
            int carriedForward = layout.RowAt(ReportTable.CarriedForwardPointer);
            var identities = new ReportIdentity[ReportTable.Columns.Count];
            for (int c = 0; c < identities.Length; c++)
            {
                ReportTable.Column column = ReportTable.Columns[c];
                int anchor = ReportLayout.CellOf(carriedForward, c);
                identities[c] = new ReportIdentity(
                    anchor,
                    new[] { ReportLayout.CellOf(received, c), ReportLayout.CellOf(carriedOver, c) },
                    new[] { ReportLayout.CellOf(total, c), anchor },
                    -1,
                    new BilingualText($"“{column.Chinese}”列 一 + 二 = 三（七）+ 四", $"In the column {column.English}, I + II = III(7) + IV"),
                    -1);
            }

            return identities;
        }

        /// <summary>Per row of table 三 that is in the report: 总计 = the six applicant columns.</summary>
        private static ReportIdentity[] RowTotals(ReportLayout layout)
        {
            var identities = new List<ReportIdentity>();
            int totalColumn = ReportTable.Columns.Count - 1;
            for (int r = 0; r < layout.Rows.Count; r++)
            {
                ReportLayout.RowSlot row = layout.Rows[r];
                if (row.Get is null)
                {
                    continue;
                }

                int total = ReportLayout.CellOf(r, totalColumn);
                var parts = new int[ReportTable.ApplicantColumns.Count];
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = ReportLayout.CellOf(r, i);
                }

                identities.Add(new ReportIdentity(
                    total,
                    new[] { total },
                    parts,
                    total,
                    new BilingualText($"“{row.Chinese}”行 总计 = 各类申请人之和", $"In the row {row.English}, total = sum of the applicants"),
                    r));
            }

            return identities.ToArray();
        }

        /// <summary>Per column of table 三: 三(七) = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六); only when 三 is there.</summary>
        private static ReportIdentity[] OutcomeTotals(ReportLayout layout)
        {
            int total = layout.RowAt(OutcomeTotalPointer);
            if (total < 0)
            {
                return System.Array.Empty<ReportIdentity>();
            }

            // The parts are the rows between 二、上年结转 and 三（七）总计 (ReportTable.AllRows lists ReportTable.OutcomeParts there).
            int first = layout.RowAt(ReportTable.CarriedOverPointer) + 1;
            var identities = new ReportIdentity[ReportTable.Columns.Count];
            for (int c = 0; c < identities.Length; c++)
            {
                ReportTable.Column column = ReportTable.Columns[c];
                int anchor = ReportLayout.CellOf(total, c);
                var cells = new int[total - first];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = ReportLayout.CellOf(first + i, c);
                }

                identities[c] = new ReportIdentity(
                    anchor,
                    new[] { anchor },
                    cells,
                    anchor,
                    new BilingualText($"“{column.Chinese}”列 三（七）总计 = 各项办理结果之和", $"In the column {column.English}, III(7) total = sum of the outcomes"),
                    -1);
            }

            return identities;
        }

        /// <summary>Per group of table 四 that is in the report: 总计 = 维持 + 纠正 + 其他 + 尚未审结.</summary>
        private static ReportIdentity[] RemedyTotals(ReportLayout layout)
        {
            var identities = new ReportIdentity[ReportTable.RemedyGroups.Count];
            for (int g = 0; g < identities.Length; g++)
            {
                var group = ReportTable.RemedyGroups[g];
                int total = layout.RemedyCell(g, 4);
                identities[g] = new ReportIdentity(
                    total,
                    new[] { total },
                    new[] { layout.RemedyCell(g, 0), layout.RemedyCell(g, 1), layout.RemedyCell(g, 2), layout.RemedyCell(g, 3) },
                    total,
                    new BilingualText($"“{group.Chinese}”总计 = 维持 + 纠正 + 其他 + 尚未审结", $"For {group.English}, total = upheld + corrected + other + pending"),
                    layout.RemedyGroup(g));
            }

            return identities;
        }
    }
}
