using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Validation.AnnualReports.Narrative
{
    /// <summary>
    /// The figure the tables give for what a sentence counts: the written cells that make it up (a row's
    /// 总计 where written, else its written applicant cells), whether any of them is blank, and where they are.
    /// </summary>
    internal sealed record TableFigure(long Written, bool HasBlanks, IReadOnlyList<string> Pointers, string Chinese, string English)
    {
        /// <summary>Whether a stated count contradicts the tables: the written cells already exceed it, or, with no blank, differ from it. A blank leaves a larger statement unconfirmed, not wrong.</summary>
        public bool Contradicts(long stated) => Written > stated || (!HasBlanks && Written != stated);

        /// <summary>The figure of several rows of table 三 (each row's 总计, else the sum of its written applicant cells).</summary>
        public static TableFigure? OfRows(IEnumerable<ReportTable.Row> rows)
        {
            var parts = rows.ToList();
            if (parts.Count == 0 || parts.All(r => r.Counts is null))
            {
                return null;
            }

            long written = 0;
            bool blanks = false;
            var pointers = new List<string>();
            var chinese = new List<string>();
            var english = new List<string>();
            foreach (ReportTable.Row row in parts)
            {
                long rowSum = 0;
                if (row.Counts is null)
                {
                    blanks = true;
                    continue;
                }

                int? total = ReportTable.TotalColumn.Get(row.Counts);
                if (total != null)
                {
                    rowSum = total.Value;
                    pointers.Add(row.CellOf(ReportTable.TotalColumn).Pointer);
                }
                else
                {
                    foreach (ReportTable.Column column in ReportTable.ApplicantColumns)
                    {
                        int? value = column.Get(row.Counts);
                        if (value is null)
                        {
                            blanks = true;
                        }
                        else
                        {
                            rowSum += value.Value;
                            pointers.Add(row.CellOf(column).Pointer);
                        }
                    }
                }

                written += rowSum;
                chinese.Add(row.Chinese + " " + rowSum);
                english.Add(row.English + " " + rowSum);
            }

            return new TableFigure(written, blanks, pointers, string.Join(" + ", chinese), string.Join(" + ", english));
        }

        /// <summary>The 总计 of groups of table 四 (the written 总计, else the sum of the four written results).</summary>
        public static TableFigure? OfRemedies(ReviewAndLitigationTable? table, params string[] groupKeys)
        {
            if (table is null)
            {
                return null;
            }

            long written = 0;
            bool blanks = false;
            var pointers = new List<string>();
            var chinese = new List<string>();
            var english = new List<string>();
            foreach (var group in ReportTable.RemedyGroups.Where(g => groupKeys.Contains(g.Key)))
            {
                string pointer = JsonPointer.Append(ReportCells.Remedies, group.Key);
                RemedyOutcomeCounts? counts = group.Get(table);
                long sum = 0;
                if (counts?.Total != null)
                {
                    sum = counts.Total.Value;
                    pointers.Add(JsonPointer.Append(pointer, ReportTable.RemedyTotal));
                }
                else
                {
                    foreach (var cell in ReportTable.RemedyCells.Where(c => c.Key != "total"))
                    {
                        int? value = counts is null ? null : cell.Get(counts);
                        if (value is null)
                        {
                            blanks = true;
                        }
                        else
                        {
                            sum += value.Value;
                            pointers.Add(JsonPointer.Append(pointer, cell.Key));
                        }
                    }
                }

                written += sum;
                chinese.Add(ReportCells.Prefix.Chinese + group.Chinese + "·总计 " + sum);
                english.Add(ReportCells.Prefix.English + group.English + ", total " + sum);
            }

            return new TableFigure(written, blanks, pointers, string.Join(" + ", chinese), string.Join(" + ", english));
        }
    }
}
