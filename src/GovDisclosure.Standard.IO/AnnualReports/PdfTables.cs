using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// Recovers tables 二, 三 and 四 from a PDF's text positions and writes each as an HTML table, so that the
    /// page's readers map it by its labels as they map a web page's table. Rows are the lines holding the cells'
    /// values (one baseline); columns are the header cells' widths (a header cell is the letters stacked in one
    /// width, a heading over several cells is a group); a row's label is the label text standing beside its values
    /// (a label wrapped over several lines stays whole). A table whose rows or columns cannot be told apart is
    /// left out — never guessed — and the reader reports it as not read.
    /// </summary>
    internal static class PdfTables
    {
        private static readonly Regex Value = new Regex(@"^[+\-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?(件|条|个|项|次|宗|人次|元|万元|亿元)?$", RegexOptions.CultureInvariant);
        private static readonly Regex PageNumber = new Regex(@"^([-—－]?[0-9]{1,3}[-—－]?|第[0-9]+页(,?共[0-9]+页)?|[0-9]+/[0-9]+)$", RegexOptions.CultureInvariant);
        private static readonly Regex Numbered = new Regex(@"^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|[0-9]{1,2}[.、．](?![0-9]))", RegexOptions.CultureInvariant);

        /// <summary>总计 of a group of table 四, the column that ends the group.</summary>
        private static readonly FieldShape RemedyTotal = FieldPaths.Of<RemedyOutcomeCounts>(nameof(RemedyOutcomeCounts.Total)).Field;

        /// <summary>The tables recovered, by form name (表二, 表三, 表四), each an HTML <c>table</c> whose cells carry their page and line; a table missing here was not recovered.</summary>
        public static IReadOnlyDictionary<string, string> Recover(IReadOnlyList<PdfLine> lines, bool format2021)
        {
            var found = new Dictionary<string, string>();
            // A page number is the first or last line of its page; a lone number elsewhere is a cell.
            List<PdfLine> content = lines.Where((l, i) => !(PageNumber.IsMatch(l.Folded)
                && (i == 0 || lines[i - 1].Page != l.Page || i == lines.Count - 1 || lines[i + 1].Page != l.Page))).ToList();
            var headings = new List<(int Number, int Index)>();
            for (int i = 0; i < content.Count; i++)
            {
                if (SectionHeading.Read(content[i].Folded) is (AnnualReportSection section, _) && section.Number > headings.Select(h => h.Number).DefaultIfEmpty(0).Last())
                {
                    headings.Add((section.Number, i));
                }
            }

            for (int n = 2; n <= 4; n++)
            {
                int at = headings.FindIndex(h => h.Number == n);
                if (at < 0)
                {
                    continue;
                }

                int end = at + 1 < headings.Count ? headings[at + 1].Index : content.Count;
                List<PdfLine> region = content.Skip(headings[at].Index + 1).Take(end - headings[at].Index - 1).ToList();
                string? table = n == 2 ? Proactive(region) : n == 3 ? Applications(region, format2021) : Review(region);
                if (table != null)
                {
                    found[AnnualReportTable.InSection(n)!.Name] = table;
                }
            }

            return found;
        }

        /// <summary>Whether a run is a cell's value: a number (with a count's or money's unit) or a mark for nothing.</summary>
        private static bool IsValue(PdfRun run) => Value.IsMatch(run.Folded) || PublishedCell.IsBlank(run.Folded);

        /// <summary>Table 二: a 第二十条 line names the item, a 信息内容 line gives the columns, each line with values is a row.</summary>
        private static string? Proactive(List<PdfLine> region)
        {
            var rows = new List<(double Page, double At, List<(PdfRun? Run, string Text, int Span)> Cells)>();
            List<(string Text, double Left, double Right, PdfRun Run)>? columns = null;
            PdfRun? contentHeading = null;
            var labelRuns = new List<PdfRun>();
            var anchors = new List<(PdfLine Line, int Row)>();
            int width = 1 + region.Where(l => l.Runs[0].Folded.StartsWith(AnnualReportFields.ProactiveFirstHeading, StringComparison.Ordinal)).Select(l => l.Runs.Count - 1).DefaultIfEmpty(0).Max();
            if (width < 2)
            {
                return null;
            }

            bool headingOpen = false;
            foreach (PdfLine line in region)
            {
                if (line.Runs[0].Folded.StartsWith(AnnualReportFields.ProactiveItemPrefix, StringComparison.Ordinal))
                {
                    rows.Add((line.Page, line.Baseline, new List<(PdfRun?, string, int)> { (line.Runs[0], string.Concat(line.Runs.Select(r => r.Text)), width) }));
                    columns = null;
                    continue;
                }

                if (line.Runs[0].Folded.StartsWith(AnnualReportFields.ProactiveFirstHeading, StringComparison.Ordinal))
                {
                    contentHeading = line.Runs[0];
                    columns = line.Runs.Skip(1).Select(r => (r.Text, r.Left, r.Right, r)).ToList();
                    rows.Add((line.Page, line.Baseline, Cells(line.Runs[0], line.Runs[0].Text, columns.Select(c => ((PdfRun?)c.Run, c.Text)).ToList(), width)));
                    headingOpen = true;
                    continue;
                }

                if (columns is null || contentHeading is null)
                {
                    continue;
                }

                double boundary = (contentHeading.Right + columns[0].Left) / 2;
                List<PdfRun> values = line.Runs.Where(r => r.Center > boundary).ToList();
                labelRuns.AddRange(line.Runs.Where(r => r.Center <= boundary));
                if (values.Count == 0)
                {
                    continue;
                }

                if (headingOpen && values.All(v => !IsValue(v)))
                {
                    // A heading wrapped onto the next line: each part joins the heading above it.
                    foreach (PdfRun part in values)
                    {
                        int c = Best(columns.Select(k => (k.Left, k.Right)).ToList(), part);
                        if (c < 0)
                        {
                            return null;
                        }

                        columns[c] = (columns[c].Text + part.Text, Math.Min(columns[c].Left, part.Left), Math.Max(columns[c].Right, part.Right), columns[c].Run);
                    }

                    var heading = rows[rows.Count - 1];
                    rows[rows.Count - 1] = (heading.Page, heading.At, Cells(heading.Cells[0].Run, heading.Cells[0].Text, columns.Select(k => ((PdfRun?)k.Run, k.Text)).ToList(), width));
                    continue;
                }

                headingOpen = false;
                (PdfRun? Run, string? Text)[]? cells = Placed(values, columns.Select(k => (k.Left, k.Right)).ToList());
                if (cells is null)
                {
                    return null;
                }

                anchors.Add((line, rows.Count));
                rows.Add((line.Page, line.Baseline, Cells(null, string.Empty, cells.Select(x => (x.Run, x.Text ?? string.Empty)).ToList(), width)));
            }

            if (anchors.Count == 0)
            {
                return null;
            }

            foreach ((int row, string label, PdfRun first) in Labels(labelRuns, anchors).ToList())
            {
                if (row >= 0)
                {
                    rows[row].Cells[0] = (first, label, 1);
                }
                else
                {
                    // A row left blank: its label alone, its cells empty, under the heading above it.
                    var above = rows.Where(r => r.Page < first.Page || r.Page == first.Page && r.At < first.Baseline).LastOrDefault();
                    int count = above.Cells is null ? width - 1 : above.Cells.Count - 1;
                    rows.Add((first.Page, first.Baseline, Cells(first, label, Enumerable.Repeat(((PdfRun?)null, string.Empty), Math.Max(count, 1)).ToList(), width)));
                }
            }

            return Html(rows.OrderBy(r => r.Page).ThenBy(r => r.At).Select(r => r.Cells).ToList());
        }

        /// <summary>Table 三: columns by the headings 自然人 … 总计, rows by the lines holding values, labels beside them (the group, e.g. （三）不予公开, where it stands beside the row, else the group whose items the form words so).</summary>
        private static string? Applications(List<PdfLine> region, bool format2021)
        {
            (List<PdfLine> header, List<PdfLine> lines) = Split(region);
            if (header.Count == 0)
            {
                return null;
            }

            (List<Header> leaves, List<PdfRun> groups) = Headers(header.SelectMany(l => l.Runs).ToList(), lines[0].Page, lines);
            List<Header> columns = ValueColumns(leaves, lines);
            if (columns.Count < 4)
            {
                return null;
            }

            double boundary = columns[0].Left - columns[0].Size;
            var rows = new List<(int Page, double At, List<(PdfRun? Run, string Text, int Span)> Cells)>();
            string labelHeading = string.Concat(leaves.Where(h => h.Right <= boundary).OrderBy(h => h.Top).Select(h => h.Text));
            var groupRow = new List<(PdfRun?, string, int)> { (null, string.Empty, 1), (null, string.Empty, 1) };
            var leafRow = new List<(PdfRun?, string, int)> { (null, labelHeading, 1), (null, string.Empty, 1) };
            foreach (Header column in columns)
            {
                groupRow.Add((null, string.Join(" ", groups.Where(g => g.Overlaps(column.Left, column.Right)).OrderBy(g => g.Page).ThenBy(g => g.Baseline).Select(g => g.Text)), 1));
                leafRow.Add((column.Runs[0], column.Text, 1));
            }

            var anchors = new List<(PdfLine Line, int Row)>();
            var labelRuns = new List<PdfRun>();
            foreach (PdfLine line in lines)
            {
                List<PdfRun> values = line.Runs.Where(r => r.Center > boundary).ToList();
                labelRuns.AddRange(line.Runs.Where(r => r.Center <= boundary));
                if (values.Count == 0)
                {
                    continue;
                }

                (PdfRun? Run, string? Text)[]? cells = Placed(values, columns.Select(k => (k.Left, k.Right)).ToList());
                if (cells is null)
                {
                    return null;
                }

                anchors.Add((line, rows.Count));
                var row = new List<(PdfRun? Run, string Text, int Span)> { (null, string.Empty, 2) };
                row.AddRange(cells.Select(c => (c.Run, c.Text ?? string.Empty, 1)));
                rows.Add((line.Page, line.Baseline, row));
            }

            var labelled = new Dictionary<int, List<(string Label, PdfRun First)>>();
            var blank = new List<(string Label, PdfRun First)>();
            foreach ((int row, string label, PdfRun first) in Labels(labelRuns, anchors, keepAll: true))
            {
                if (row < 0)
                {
                    blank.Add((label, first));
                    continue;
                }

                if (!labelled.TryGetValue(row, out List<(string, PdfRun)>? list))
                {
                    labelled[row] = list = new List<(string, PdfRun)>();
                }

                list.Add((label, first));
            }

            var pointers = new HashSet<string>();
            foreach (KeyValuePair<int, List<(string Label, PdfRun First)>> row in labelled)
            {
                (List<(PdfRun? Run, string Text, int Span)> cells, string? pointer) = ApplicationLabels(row.Value, format2021);
                rows[row.Key].Cells.RemoveAt(0);
                rows[row.Key].Cells.InsertRange(0, cells);
                if (pointer != null)
                {
                    pointers.Add(pointer);
                }
            }

            foreach ((string label, PdfRun first) in blank)
            {
                (List<(PdfRun? Run, string Text, int Span)> cells, string? pointer) = ApplicationLabels(new List<(string, PdfRun)> { (label, first) }, format2021);
                if (pointer != null && pointers.Add(pointer))
                {
                    cells.AddRange(columns.Select(_ => ((PdfRun?)null, string.Empty, 1)));
                    rows.Add((first.Page, first.Baseline, cells));
                }
            }

            var table = new List<List<(PdfRun? Run, string Text, int Span)>> { groupRow, leafRow };
            table.AddRange(rows.OrderBy(r => r.Page).ThenBy(r => r.At).Select(r => r.Cells));
            return Html(table);
        }

        /// <summary>
        /// The label cells of a row of table 三 (the group's and the item's, or one across both) and the form's row they
        /// name. Where the group's heading does not stand beside the row, the item names its group: the form words the
        /// items of 不予公开, 无法提供, 不予处理 and 其他处理 apart.
        /// </summary>
        private static (List<(PdfRun? Run, string Text, int Span)> Cells, string? Pointer) ApplicationLabels(List<(string Label, PdfRun First)> found, bool format2021)
        {
            List<(string Label, PdfRun First)> labels = found.OrderBy(l => l.First.Left).ToList();
            List<string> folded = labels.Select(l => PublishedText.Fold(l.Label)).ToList();
            (string item, PdfRun first) = labels[labels.Count - 1];
            string group = string.Join(" ", labels.Take(labels.Count - 1).Select(l => l.Label));
            ApplicationRow? row = ApplicationRow.Match(folded, format2021);
            if (row is null)
            {
                // The item's number must be the form's for that item: 2.其他法律行政止公开 (a misprint) is not 3.其他 of （六）其他处理.
                FieldShape[] named = ApplicationRow.Groups.Where(g => ApplicationRow.Match(new[] { PublishedText.Fold(g.Form!.Printed), folded[folded.Count - 1] }, format2021) is ApplicationRow match
                    && ApplicationRow.NumberAgrees(match, folded[folded.Count - 1])).ToArray();
                if (named.Length > 1)
                {
                    named = named.Where(g => g != ApplicationRow.OtherProcessing).ToArray();
                }

                if (named.Length == 1)
                {
                    group = named[0].Form!.Printed;
                    row = ApplicationRow.Match(new[] { PublishedText.Fold(group), folded[folded.Count - 1] }, format2021);
                }
            }

            var cells = group.Length == 0
                ? new List<(PdfRun?, string, int)> { (first, item, 2) }
                : new List<(PdfRun?, string, int)> { (labels[0].First, group, 1), (first, item, 1) };
            return (cells, row?.Pointer);
        }

        /// <summary>A table's header lines (above the first line with two values, and not beside it) and the lines from there on.</summary>
        private static (List<PdfLine> Header, List<PdfLine> Body) Split(List<PdfLine> region)
        {
            int body = region.FindIndex(l => l.Runs.Count(IsValue) >= 2);
            if (body <= 0)
            {
                return (new List<PdfLine>(), new List<PdfLine>());
            }

            PdfLine first = region[body];
            double size = first.Runs.Max(r => r.Size);
            int start = body;
            while (start > 0 && region[start - 1].Page == first.Page && first.Baseline - region[start - 1].Baseline < 1.0 * size)
            {
                start--;
            }

            return (region.Take(start).ToList(), region.Skip(start).ToList());
        }

        /// <summary>The header cells over the values: every cell from the first over a value rightwards (a column left blank throughout has no value under it, but has its heading).</summary>
        private static List<Header> ValueColumns(List<Header> leaves, List<PdfLine> body)
        {
            List<PdfRun> tokens = body.SelectMany(l => l.Runs).Where(IsValue).ToList();
            List<Header> over = leaves.Where(h => tokens.Any(t => t.Overlaps(h.Left, h.Right))).ToList();
            if (over.Count == 0)
            {
                return over;
            }

            double left = over.Min(h => h.Left);
            return leaves.Where(h => h.Left >= left - 1).OrderBy(h => h.Left).ToList();
        }

        /// <summary>Table 四: the results (结果维持 … 总计) under their groups; a group ends at its 总计, and is named by the headings over it (行政复议, 未经复议直接起诉, 复议后起诉).</summary>
        private static string? Review(List<PdfLine> region)
        {
            (List<PdfLine> header, List<PdfLine> body) = Split(region);
            if (header.Count == 0)
            {
                return null;
            }

            (List<Header> leaves, List<PdfRun> groups) = Headers(header.SelectMany(l => l.Runs).ToList(), body[0].Page, body);
            List<Header> columns = ValueColumns(leaves, body);
            var names = new List<string>();
            int start = 0;
            var kinds = new HashSet<FieldShape>();
            for (int c = 0; c < columns.Count; c++)
            {
                if (!RemedyTotal.Form!.IsNamedBy(PublishedText.Fold(columns[c].Text)))
                {
                    continue;
                }

                double left = columns[start].Left;
                double right = columns[c].Right;
                string path = string.Join(" ", groups.Where(g => g.Overlaps(left, right)).OrderBy(g => g.Page).ThenBy(g => g.Baseline).Select(g => g.Text)
                    .Concat(columns.Skip(start).Take(c - start + 1).Select(k => k.Text)));
                string folded = PublishedText.Fold(path);
                FieldShape? kind = ReviewTableReader.GroupNamedBy(folded);
                if (kind is null || !kinds.Add(kind))
                {
                    return null;
                }

                string name = kind.Form!.Heading is null ? kind.Form.Printed : kind.Form.Heading + " " + kind.Form.Printed;
                names.AddRange(Enumerable.Repeat(name, c - start + 1));
                start = c + 1;
            }

            if (names.Count == 0 || start != columns.Count)
            {
                return null;
            }

            var rows = new List<List<(PdfRun? Run, string Text, int Span)>>
            {
                names.Select(n => ((PdfRun?)null, n, 1)).ToList(),
                columns.Select(c => ((PdfRun?)c.Runs[0], c.Text, 1)).ToList(),
            };
            foreach (PdfLine line in body)
            {
                (PdfRun? Run, string? Text)[]? cells = Placed(line.Runs, columns.Select(k => (k.Left, k.Right)).ToList());
                if (cells is null)
                {
                    return null;
                }

                rows.Add(cells.Select(c => (c.Run, c.Text ?? string.Empty, 1)).ToList());
            }

            return Html(rows);
        }

        /// <summary>
        /// The header cells: a run over two runs below it that stand apart is a group's heading; the other runs
        /// stack, top to bottom, with those sharing their width (商业企 over 业 is 商业企业). A run over two values of the
        /// body that stand apart, each of its words (two letters or more) over a value, is two cells set close together
        /// (结果 其他 over two columns of table 四), taken apart at its spaces; a heading spaced letter by letter (总 计) is not.
        /// </summary>
        private static (List<Header> Leaves, List<PdfRun> Groups) Headers(List<PdfRun> headerRuns, int bodyPage, List<PdfLine> body)
        {
            List<PdfRun> values = body.SelectMany(l => l.Runs).Where(IsValue).ToList();
            List<PdfRun> runs = headerRuns.SelectMany(r =>
            {
                List<PdfRun> under = values.Where(v => v.Overlaps(r.Left, r.Right)).ToList();
                bool twoCells = r.Parts.Count > 1 && under.Any(a => under.Any(b => !a.Overlaps(b.Left, b.Right)))
                    && r.Parts.All(p => p.Text.Length >= 2 && under.Any(v => v.Overlaps(p.Left, p.Right)));
                return twoCells ? r.Parts : new[] { r };
            }).ToList();
            var groups = new List<PdfRun>();
            var rest = new List<PdfRun>();
            foreach (PdfRun run in runs)
            {
                List<PdfRun> below = runs.Where(b => b.Page == run.Page && b.Baseline > run.Baseline + 0.5 * run.Size && b.Overlaps(run.Left, run.Right)).ToList();
                bool spans = below.Any(a => below.Any(b => !a.Overlaps(b.Left, b.Right)));
                (spans ? groups : rest).Add(run);
            }

            var leaves = new List<Header>();
            foreach (PdfRun run in rest.OrderBy(r => r.Page).ThenBy(r => r.Baseline).ThenBy(r => r.Left))
            {
                List<Header> joined = leaves.Where(h => h.Page == run.Page && run.Overlaps(h.Left, h.Right)).ToList();
                var header = new Header(joined.SelectMany(h => h.Runs).Append(run).ToList());
                leaves.RemoveAll(joined.Contains);
                leaves.Add(header);
            }

            // A heading left at the foot of the page before the table goes on (申请人情况 over the columns on the next page) is a group's heading.
            List<Header> before = leaves.Where(h => h.Page < bodyPage && leaves.Any(o => o.Page == bodyPage && o.Left < h.Right && h.Left < o.Right)).ToList();
            groups.AddRange(before.SelectMany(h => h.Runs));
            leaves.RemoveAll(before.Contains);
            return (leaves, groups);
        }

        /// <summary>
        /// The labels beside the rows: label runs gather into blocks (a numbered line — 1.、（三）、一、 — starts one;
        /// a line under a block, sharing its width, continues it); a block beside one row's values labels that row, a
        /// block beside several rows (三、本年度办理结果 written down the side) labels none of them, and a block beside
        /// no values is returned with row -1 (a row left blank, or a group's heading).
        /// </summary>
        private static IEnumerable<(int Row, string Label, PdfRun First)> Labels(List<PdfRun> runs, List<(PdfLine Line, int Row)> anchors, bool keepAll = false)
        {
            var blocks = new List<List<PdfRun>>();
            foreach (PdfRun run in runs.OrderBy(r => r.Page).ThenBy(r => r.Baseline).ThenBy(r => r.Left))
            {
                List<PdfRun>? above = Numbered.IsMatch(run.Folded) ? null : blocks.LastOrDefault(b =>
                {
                    PdfRun last = b[b.Count - 1];
                    return last.Page == run.Page && run.Baseline - last.Baseline > 0.5 * run.Size && run.Baseline - last.Baseline <= 2.6 * run.Size && run.Overlaps(last.Left, last.Right);
                });
                if (above != null)
                {
                    above.Add(run);
                }
                else
                {
                    blocks.Add(new List<PdfRun> { run });
                }
            }

            var taken = new HashSet<int>();
            foreach (List<PdfRun> block in blocks)
            {
                double top = block[0].Baseline - 0.8 * block[0].Size;
                double bottom = block[block.Count - 1].Baseline + 0.8 * block[0].Size;
                List<(PdfLine Line, int Row)> beside = anchors.Where(a => a.Line.Page == block[0].Page && a.Line.Baseline >= top && a.Line.Baseline <= bottom).ToList();
                if (beside.Count == 0)
                {
                    // A one-line label a little off its values' baseline: the nearest row within a line's height.
                    beside = anchors.Where(a => a.Line.Page == block[0].Page && Math.Abs(a.Line.Baseline - (block[0].Baseline + block[block.Count - 1].Baseline) / 2) <= 1.5 * block[0].Size)
                        .OrderBy(a => Math.Abs(a.Line.Baseline - (block[0].Baseline + block[block.Count - 1].Baseline) / 2)).Take(1).ToList();
                }

                string label = PublishedText.Tidy(string.Join("\n", block.Select(r => r.Text)));
                if (beside.Count == 1 && (keepAll || taken.Add(beside[0].Row)))
                {
                    yield return (beside[0].Row, label, block[0]);
                }
                else if (beside.Count == 0)
                {
                    // A label beside no values: a row whose cells are all blank.
                    yield return (-1, label, block[0]);
                }
            }
        }

        /// <summary>The values of one line, each in the column it falls in (<see cref="Best"/>); <c>null</c> when one falls in none or two in the same column.</summary>
        private static (PdfRun? Run, string? Text)[]? Placed(IReadOnlyList<PdfRun> values, IReadOnlyList<(double Left, double Right)> columns)
        {
            var cells = new (PdfRun? Run, string? Text)[columns.Count];
            foreach (PdfRun v in values)
            {
                int c = Best(columns, v);
                if (c < 0 || cells[c].Text != null)
                {
                    return null;
                }

                cells[c] = (v, v.Text);
            }

            return cells;
        }

        /// <summary>The column a run falls in: the one it shares most width with, else the nearest within a column's width; -1 when none.</summary>
        private static int Best(IReadOnlyList<(double Left, double Right)> columns, PdfRun run)
        {
            int best = -1;
            double most = 0;
            for (int c = 0; c < columns.Count; c++)
            {
                double shared = Math.Min(run.Right, columns[c].Right) - Math.Max(run.Left, columns[c].Left);
                if (shared > most)
                {
                    most = shared;
                    best = c;
                }
            }

            if (best >= 0)
            {
                return best;
            }

            double nearest = double.MaxValue;
            for (int c = 0; c < columns.Count; c++)
            {
                double distance = Math.Abs(run.Center - (columns[c].Left + columns[c].Right) / 2);
                double reach = Math.Max(columns[c].Right - columns[c].Left, run.Right - run.Left);
                if (distance < nearest && distance <= reach)
                {
                    nearest = distance;
                    best = c;
                }
            }

            return best;
        }

        private static List<(PdfRun? Run, string Text, int Span)> Cells(PdfRun? first, string label, List<(PdfRun? Run, string Text)> values, int width)
        {
            var cells = new List<(PdfRun?, string, int)> { (first, label, 1) };
            for (int i = 0; i < values.Count; i++)
            {
                cells.Add((values[i].Run, values[i].Text, i == values.Count - 1 ? width - values.Count : 1));
            }

            return cells;
        }

        private static string Html(List<List<(PdfRun? Run, string Text, int Span)>> rows)
        {
            PdfRun? first = rows.SelectMany(r => r).Select(c => c.Run).FirstOrDefault(r => r != null);
            var html = new StringBuilder("<table");
            if (first != null)
            {
                html.Append(" data-page=\"").Append(first.Page.ToString(CultureInfo.InvariantCulture)).Append("\" data-line=\"").Append(first.Line.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            html.Append('>');
            foreach (List<(PdfRun? Run, string Text, int Span)> row in rows)
            {
                html.Append("<tr>");
                foreach ((PdfRun? run, string text, int span) in row)
                {
                    html.Append("<td");
                    if (span > 1)
                    {
                        html.Append(" colspan=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append('"');
                    }

                    if (run != null)
                    {
                        html.Append(" data-page=\"").Append(run.Page.ToString(CultureInfo.InvariantCulture)).Append("\" data-line=\"").Append(run.Line.ToString(CultureInfo.InvariantCulture)).Append('"');
                    }

                    html.Append('>').Append(WebUtility.HtmlEncode(text)).Append("</td>");
                }

                html.Append("</tr>");
            }

            return html.Append("</table>").ToString();
        }

        /// <summary>A header cell: the runs stacked in one width, top to bottom.</summary>
        private sealed class Header
        {
            public Header(List<PdfRun> runs)
            {
                Runs = runs.OrderBy(r => r.Baseline).ThenBy(r => r.Left).ToList();
                Text = string.Concat(Runs.Select(r => r.Text));
                Left = runs.Min(r => r.Left);
                Right = runs.Max(r => r.Right);
                Size = runs.Max(r => r.Size);
            }

            public List<PdfRun> Runs { get; }

            public string Text { get; }

            public int Page => Runs[0].Page;

            public double Top => Runs[0].Baseline;

            public double Left { get; }

            public double Right { get; }

            public double Size { get; }
        }
    }
}
