using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// Reads table 二 (主动公开政府信息情况), which a page may publish as one table or one per item of Art. 20:
    /// a 第二十条第（X）项 row names the item, a 信息内容 row names the columns, and each data row is known
    /// by its label (规章, 规范性文件, 行政许可 …). A row the form lacks (e.g. 其他主动公开文件) is named, not counted.
    /// </summary>
    internal static class ProactiveTableReader
    {
        private static readonly string Table = AnnualReportTable.Proactive.Name;

        private static readonly string[] RowWords = ProactiveRow.Of(false).Concat(ProactiveRow.Of(true)).SelectMany(r => r.Words).Distinct().ToArray();

        /// <summary>The column headings only the 2021 form prints, by their first word (制发, 废止 …).</summary>
        private static readonly string[] Only2021 = OnlyIn(ProactiveRow.Of(true), ProactiveRow.Of(false));

        /// <summary>The column headings only the 2019 form prints, by their first word (新制作, 上一年 …).</summary>
        private static readonly string[] Only2019 = OnlyIn(ProactiveRow.Of(false), ProactiveRow.Of(true));

        /// <summary>Whether a table is (part of) table 二.</summary>
        public static bool Recognises(TableGrid grid) =>
            !ApplicationTableReader.Recognises(grid) && !ReviewTableReader.Recognises(grid)
            && PublishedText.HasAny(grid.Folded, AnnualReportFields.ProactiveItemPrefix, AnnualReportFields.ProactiveFirstHeading)
            && PublishedText.HasAny(grid.Folded, RowWords);

        /// <summary>The format table 二's column headings show, or <c>null</c>.</summary>
        public static bool? Shows2021(IEnumerable<TableGrid> grids)
        {
            string all = string.Concat(grids.Select(g => g.Folded));
            if (PublishedText.HasAny(all, Only2021))
            {
                return true;
            }

            return PublishedText.HasAny(all, Only2019) ? false : (bool?)null;
        }

        /// <summary>Reads the tables into <c>/proactiveDisclosure2019</c> or <c>/proactiveDisclosure2021</c>.</summary>
        public static void Read(IReadOnlyList<TableGrid> grids, bool format2021, PublishedReportReading reading)
        {
            reading.Object(ProactiveRow.TablePointer(format2021));
            var missingColumns = new HashSet<string>();
            foreach (TableGrid grid in grids)
            {
                var headings = new Dictionary<int, GridCell>();
                string item = string.Empty;
                for (int r = 0; r < grid.Height; r++)
                {
                    IReadOnlyList<(int Column, GridCell Cell)> cells = grid.Cells(r);
                    if (cells.Count == 0)
                    {
                        continue;
                    }

                    string first = cells[0].Cell.Folded;
                    if (first.StartsWith(AnnualReportFields.ProactiveItemPrefix, System.StringComparison.Ordinal) && cells.All(c => c.Cell.Folded.StartsWith(AnnualReportFields.ProactiveItemPrefix, System.StringComparison.Ordinal) || c.Cell.Folded.Length == 0))
                    {
                        item = cells[0].Cell.Text;
                        continue;
                    }

                    if (first == AnnualReportFields.ProactiveFirstHeading || first.Length == 0 && cells.Skip(1).Any(c => c.Cell.Folded.Length > 0 && !PublishedCell.TryCount(c.Cell.Folded, out _)))
                    {
                        headings.Clear();
                        foreach ((int column, GridCell cell) in cells.Skip(1))
                        {
                            for (int c = column; c < grid.Width && ReferenceEquals(grid[r, c]?.Element, cell.Element); c++)
                            {
                                headings[c] = cell;
                            }
                        }

                        continue;
                    }

                    ProactiveRow? row = ProactiveRow.Match(first, format2021);
                    string rowLabel = item.Length > 0 ? item + " / " + cells[0].Cell.Text : cells[0].Cell.Text;
                    string rowPath = HtmlElementPath.Of(cells[0].Cell.Element);
                    bool hasValues = cells.Skip(1).Any(c => !PublishedCell.IsBlank(c.Cell.Folded));
                    if (row is null || reading.Has(row.Pointer))
                    {
                        if (hasValues)
                        {
                            reading.Note(row is null ? ReadingNoteKind.ExtraRow : ReadingNoteKind.RepeatedRow, reading.At(Table, rowLabel, null, rowPath),
                                string.Join("，", cells.Skip(1).Select(c => (headings.TryGetValue(c.Column, out GridCell? h) ? h.Text + " " : string.Empty) + c.Cell.Text)));
                        }

                        continue;
                    }

                    if (row.Columns[0].Member.Length > 0)
                    {
                        reading.Object(row.Pointer);
                    }

                    reading.Locations[row.Pointer] = reading.At(Table, rowLabel, null, rowPath);
                    foreach (ProactiveColumn column in row.Columns)
                    {
                        int at = cells.Skip(1).Select(c => c.Column).FirstOrDefault(c => headings.TryGetValue(c, out GridCell? h) && column.Words.Any(h.Folded.Contains));
                        string pointer = column.Member.Length > 0 ? row.Pointer + "/" + column.Member : row.Pointer;
                        if (at == 0)
                        {
                            if (missingColumns.Add(row.Pointer + column.Heading))
                            {
                                reading.Note(ReadingNoteKind.MissingColumn, reading.At(Table, rowLabel, column.Heading, rowPath));
                            }

                            continue;
                        }

                        GridCell cell = grid[r, at]!;
                        SourceLocation location = reading.At(Table, rowLabel, headings[at].Text, HtmlElementPath.Of(cell.Element));
                        JsonNode? value = null;
                        bool readable;
                        if (column.IsAmount)
                        {
                            readable = PublishedCell.TryAmount(cell.Text, out ReportAmount? amount);
                            value = amount is null ? null : column.Member.Length > 0 ? AmountNode(amount) : JsonValue.Create(TenThousandYuan(amount));
                        }
                        else
                        {
                            readable = PublishedCell.TryCount(cell.Folded, out int? count);
                            value = count is int number ? JsonValue.Create(number) : null;
                        }

                        if (!readable)
                        {
                            reading.Note(ReadingNoteKind.UnreadableCell, location, cell.Text);
                        }

                        reading.Set(pointer, value, location);
                    }
                }
            }

            TableGrid? last = grids.LastOrDefault();
            foreach (ProactiveRow expected in ProactiveRow.Of(format2021).Where(e => !reading.Has(e.Pointer)))
            {
                reading.Note(ReadingNoteKind.MissingRow, reading.At(Table, expected.Label, null, last is null ? null : HtmlElementPath.Of(last.Table)));
            }
        }

        /// <summary>The first word of each column heading of <paramref name="rows"/> that no heading of <paramref name="others"/> contains.</summary>
        private static string[] OnlyIn(IReadOnlyList<ProactiveRow> rows, IReadOnlyList<ProactiveRow> others)
        {
            string[] otherHeadings = others.SelectMany(r => r.Columns).Select(c => c.Heading).Distinct().ToArray();
            return rows.SelectMany(r => r.Columns).Select(c => c.Words[0]).Distinct().Where(w => !otherHeadings.Any(h => h.Contains(w))).ToArray();
        }

        private static JsonObject AmountNode(ReportAmount amount)
        {
            var node = new JsonObject { ["amount"] = JsonValue.Create(amount.Amount) };
            if (amount.Unit != null)
            {
                node["unit"] = amount.Unit;
            }

            node["text"] = amount.Text;
            return node;
        }

        /// <summary>The 2021 form's fee column is in 万元; a cell that writes another unit is converted exactly.</summary>
        private static decimal TenThousandYuan(ReportAmount amount) => amount.Unit switch
        {
            ReportAmount.Yuan => amount.Amount / 10_000m,
            ReportAmount.HundredMillionYuan => amount.Amount * 10_000m,
            _ => amount.Amount,
        };
    }
}
