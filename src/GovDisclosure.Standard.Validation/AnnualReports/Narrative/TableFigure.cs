using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports.Narrative
{
    /// <summary>
    /// The figure the tables give for what a sentence counts: the written cells that make it up (a row's
    /// 总计 where written, else its written applicant cells), whether any of them is blank, and where they are.
    /// </summary>
    internal sealed record TableFigure(long Written, bool HasBlanks, IReadOnlyList<string> Pointers, string Chinese, string English)
    {
        /// <summary>The title of 总计 in a group of table 四, as its cells are labelled.</summary>
        private static readonly BilingualText RemedyTotal = FieldPaths.Of<RemedyOutcomeCounts>(nameof(RemedyOutcomeCounts.Total)).Field.Title;

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

            var figure = new Sum();
            foreach (ReportTable.Row row in parts)
            {
                long rowSum = 0;
                if (row.Counts is null)
                {
                    figure.Blanks = true;
                    continue;
                }

                int? total = ReportTable.TotalColumn.Get(row.Counts);
                if (total != null)
                {
                    rowSum = total.Value;
                    figure.Pointers.Add(row.CellOf(ReportTable.TotalColumn).Pointer);
                }
                else
                {
                    foreach (ReportTable.Column column in ReportTable.ApplicantColumns)
                    {
                        int? value = column.Get(row.Counts);
                        if (value is null)
                        {
                            figure.Blanks = true;
                        }
                        else
                        {
                            rowSum += value.Value;
                            figure.Pointers.Add(row.CellOf(column).Pointer);
                        }
                    }
                }

                figure.Add(rowSum, row.Chinese, row.English);
            }

            return figure.ToFigure();
        }

        /// <summary>The 总计 of groups of table 四 (the written 总计, else the sum of the four written results).</summary>
        public static TableFigure? OfRemedies(ReviewAndLitigationTable? table, params string[] groupKeys)
        {
            if (table is null)
            {
                return null;
            }

            var figure = new Sum();
            foreach (var group in ReportTable.RemedyGroups.Where(g => groupKeys.Contains(g.Key)))
            {
                string pointer = JsonPointer.Append(ReportCells.Remedies, group.Key);
                RemedyOutcomeCounts? counts = group.Get(table);
                long sum = 0;
                if (counts?.Total != null)
                {
                    sum = counts.Total.Value;
                    figure.Pointers.Add(JsonPointer.Append(pointer, ReportTable.RemedyTotal));
                }
                else
                {
                    foreach (var cell in ReportTable.RemedyCells.Where(c => c.Key != ReportTable.RemedyTotal))
                    {
                        int? value = counts is null ? null : cell.Get(counts);
                        if (value is null)
                        {
                            figure.Blanks = true;
                        }
                        else
                        {
                            sum += value.Value;
                            figure.Pointers.Add(JsonPointer.Append(pointer, cell.Key));
                        }
                    }
                }

                figure.Add(sum, ReportCells.Prefix.Chinese + group.Chinese + "·" + RemedyTotal.Chinese, ReportCells.Prefix.English + group.English + ", " + RemedyTotal.English);
            }

            return figure.ToFigure();
        }

        /// <summary>A figure as it is summed: the written cells, whether any is blank, where they are, and each part's label and sum.</summary>
        private sealed class Sum
        {
            private readonly List<string> chinese = new List<string>();
            private readonly List<string> english = new List<string>();
            private long written;

            public bool Blanks { get; set; }

            public List<string> Pointers { get; } = new List<string>();

            public void Add(long sum, string chinese, string english)
            {
                written += sum;
                this.chinese.Add(chinese + " " + sum);
                this.english.Add(english + " " + sum);
            }

            public TableFigure ToFigure() =>
                new TableFigure(written, Blanks, Pointers, string.Join(" + ", chinese), string.Join(" + ", english));
        }
    }
}
