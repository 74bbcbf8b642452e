using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// Reads table 四 (政府信息公开行政复议、行政诉讼情况) by its column headings: the group
    /// (行政复议, 未经复议直接起诉, 复议后起诉) over the result (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
    /// </summary>
    internal static class ReviewTableReader
    {
        private static readonly string Table = AnnualReportTable.ReviewAndLitigation.Name;

        private static readonly string TablePointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ReviewAndLitigation)).Pointer;

        /// <summary>The results of a group, as the field catalogue prints and reads them (结果维持 … 总计).</summary>
        private static IReadOnlyList<FieldShape> Results => AnnualReportFields.RemedyOutcomes.Fields;

        /// <summary>The groups (行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉).</summary>
        private static IReadOnlyList<FieldShape> Groups => AnnualReportFields.ReviewAndLitigation.Fields;

        /// <summary>The group a column's headings name; the litigation groups are told first, as their headings speak of 复议 too.</summary>
        public static FieldShape? GroupNamedBy(string folded) => Groups.Reverse().FirstOrDefault(g => g.Form!.IsNamedBy(folded));

        /// <summary>Whether a table is table 四.</summary>
        public static bool Recognises(TableGrid grid) =>
            Groups[0].Form!.IsNamedBy(grid.Folded) && grid.Folded.Contains(Groups[1].Form!.Heading!) && Results[0].Form!.IsNamedBy(grid.Folded)
            && !AnnualReportFields.Applications.Fields[0].Form!.IsNamedBy(grid.Folded);

        /// <summary>Reads the table into <c>/reviewAndLitigation</c>.</summary>
        public static void Read(TableGrid grid, PublishedReportReading reading)
        {
            int heading = Enumerable.Range(0, grid.Height).LastOrDefault(r => grid.Cells(r).Any(c => Results[0].Form!.IsNamedBy(c.Cell.Folded)));
            var columns = new Dictionary<int, (string Pointer, string Label)>();
            for (int c = 0; c < grid.Width; c++)
            {
                var texts = new List<string>();
                for (int r = 0; r <= heading; r++)
                {
                    GridCell? cell = grid[r, c];
                    if (cell != null && cell.Text.Length > 0 && !texts.Contains(cell.Text))
                    {
                        texts.Add(cell.Text);
                    }
                }

                string path = PublishedText.Fold(string.Concat(texts));
                string? group = GroupNamedBy(path)?.Name;
                string bottom = grid[heading, c]?.Folded ?? string.Empty;
                string? result = Results.FirstOrDefault(k => k.Form!.IsNamedBy(bottom))?.Name;
                string pointer = JsonPointer.Append(JsonPointer.Append(TablePointer, group ?? string.Empty), result ?? string.Empty);
                if (group != null && result != null && !columns.Values.Any(v => v.Pointer == pointer))
                {
                    columns[c] = (pointer, string.Join(" / ", texts));
                }
            }

            foreach (FieldShape group in Groups)
            {
                string at = JsonPointer.Append(TablePointer, group.Name);
                reading.Object(at);
                foreach (FieldShape result in Results.Where(k => !columns.Values.Any(v => v.Pointer == JsonPointer.Append(at, k.Name))))
                {
                    reading.Note(ReadingNoteKind.MissingColumn, reading.At(Table, null, group.Form!.Path + " / " + result.Form!.Printed, HtmlElementPath.Of(grid.Table)));
                }
            }

            bool read = false;
            for (int r = heading + 1; r < grid.Height; r++)
            {
                bool hasValues = columns.Keys.Any(c => grid[r, c] is GridCell v && v.IsOrigin && !PublishedCell.IsBlank(v.Folded));
                if (read)
                {
                    if (hasValues)
                    {
                        reading.Note(ReadingNoteKind.ExtraRow, reading.At(Table, "第 " + (r + 1) + " 行", null, HtmlElementPath.Of(grid.Cells(r)[0].Cell.Element)), string.Join("，", grid.Cells(r).Select(c => c.Cell.Text)));
                    }

                    continue;
                }

                if (!columns.Keys.Any(c => grid[r, c] != null))
                {
                    continue;
                }

                read = true;
                foreach (KeyValuePair<int, (string Pointer, string Label)> column in columns)
                {
                    GridCell? cell = grid[r, column.Key];
                    SourceLocation location = reading.At(Table, null, column.Value.Label, cell is null ? HtmlElementPath.Of(grid.Table) : HtmlElementPath.Of(cell.Element));
                    string folded = cell != null && cell.IsOrigin ? cell.Folded : string.Empty;
                    if (!PublishedCell.TryCount(folded, out int? value))
                    {
                        reading.Note(ReadingNoteKind.UnreadableCell, location, cell!.Text);
                    }

                    reading.Set(column.Value.Pointer, value is int number ? JsonValue.Create(number) : null, location);
                }
            }
        }
    }
}
