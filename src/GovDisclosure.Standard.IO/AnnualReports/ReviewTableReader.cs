using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// Reads table 四 (政府信息公开行政复议、行政诉讼情况) by its column headings: the group
    /// (行政复议, 未经复议直接起诉, 复议后起诉) over the result (结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
    /// </summary>
    internal static class ReviewTableReader
    {
        private const string Table = "表四";

        private static readonly (string Member, string Label, string[] Words)[] Results =
        {
            ("upheld", "结果维持", new[] { "维持" }),
            ("corrected", "结果纠正", new[] { "纠正" }),
            ("other", "其他结果", new[] { "其他" }),
            ("pending", "尚未审结", new[] { "未审结", "未结" }),
            ("total", "总计", new[] { "总计", "合计" }),
        };

        private static readonly (string Member, string Label)[] Groups =
        {
            ("administrativeReconsideration", "行政复议"),
            ("litigationWithoutReconsideration", "行政诉讼 / 未经复议直接起诉"),
            ("litigationAfterReconsideration", "行政诉讼 / 复议后起诉"),
        };

        /// <summary>Whether a table is table 四.</summary>
        public static bool Recognises(TableGrid grid) =>
            grid.Folded.Contains("行政复议") && grid.Folded.Contains("行政诉讼") && grid.Folded.Contains("维持") && !grid.Folded.Contains("本年新收");

        /// <summary>Reads the table into <c>/reviewAndLitigation</c>.</summary>
        public static void Read(TableGrid grid, PublishedReportReading reading)
        {
            int heading = Enumerable.Range(0, grid.Height).LastOrDefault(r => grid.Cells(r).Any(c => c.Cell.Folded.Contains("维持")));
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
                string? group = path.Contains("复议后起诉") ? Groups[2].Member : path.Contains("未经复议") ? Groups[1].Member : path.Contains("行政复议") ? Groups[0].Member : null;
                string bottom = grid[heading, c]?.Folded ?? string.Empty;
                string? result = Results.Where(k => PublishedText.HasAny(bottom, k.Words)).Select(k => k.Member).FirstOrDefault();
                string pointer = "/reviewAndLitigation/" + group + "/" + result;
                if (group != null && result != null && !columns.Values.Any(v => v.Pointer == pointer))
                {
                    columns[c] = (pointer, string.Join(" / ", texts));
                }
            }

            foreach ((string member, string label) in Groups)
            {
                reading.Object("/reviewAndLitigation/" + member);
                foreach (var result in Results.Where(k => !columns.Values.Any(v => v.Pointer == "/reviewAndLitigation/" + member + "/" + k.Member)))
                {
                    reading.Note(ReadingNoteKind.MissingColumn, reading.At(Table, null, label + " / " + result.Label, HtmlElementPath.Of(grid.Table)));
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
