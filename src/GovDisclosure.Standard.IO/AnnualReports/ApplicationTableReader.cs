using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// Reads table 三 (收到和处理政府信息公开申请情况) by its labels: each column by its heading under
    /// 申请人情况 (自然人, 商业企业 … 总计), each row by the labels written in its label columns
    /// (三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密), so a row the form lacks or leaves out is named.
    /// </summary>
    internal static class ApplicationTableReader
    {
        private static readonly string Table = AnnualReportTable.Applications.Name;

        private static readonly string TablePointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications)).Pointer;

        /// <summary>The applicant columns and 总计, as the field catalogue prints and reads them.</summary>
        private static IReadOnlyList<FieldShape> Columns => AnnualReportFields.Applicants.Fields;

        /// <summary>一、本年新收: the first row of the table, which also tells the table apart.</summary>
        private static FormLabel FirstRow => AnnualReportFields.Applications.Fields[0].Form!;

        /// <summary>Whether a table is table 三.</summary>
        public static bool Recognises(TableGrid grid) =>
            FirstRow.IsNamedBy(grid.Folded) && (Columns[0].Form!.IsNamedBy(grid.Folded) || grid.Folded.Contains(AnnualReportFields.ApplicantsHeading));

        /// <summary>Reads the table into <c>/applications</c>.</summary>
        public static void Read(TableGrid grid, bool format2021, PublishedReportReading reading)
        {
            int first = Enumerable.Range(0, grid.Height).FirstOrDefault(r => grid.Cells(r).Any(c => FirstRow.IsNamedBy(c.Cell.Folded)));
            var members = new Dictionary<int, (string Member, string Label)>();
            for (int c = 0; c < grid.Width; c++)
            {
                GridCell? bottom = first > 0 ? grid[first - 1, c] : null;
                if (bottom is null || ReferenceEquals(bottom.Element, grid[first, c]?.Element))
                {
                    continue;
                }

                string? member = Columns.Where(k => k.Form!.IsNamedBy(bottom.Folded)).Select(k => k.Name).FirstOrDefault();
                if (member != null && !members.Values.Any(m => m.Member == member))
                {
                    members[c] = (member, HeadingPath(grid, first, c));
                }
            }

            reading.Object(TablePointer);
            foreach (FieldShape column in Columns.Where(k => !members.Values.Any(m => m.Member == k.Name)))
            {
                reading.Note(ReadingNoteKind.MissingColumn, reading.At(Table, null, column.Form!.Printed, HtmlElementPath.Of(grid.Table)));
            }

            int labelWidth = members.Count == 0 ? 1 : members.Keys.Min();
            string[] carried = new string[labelWidth];
            for (int r = first; r < grid.Height; r++)
            {
                var segments = new List<GridCell>();
                for (int c = 0; c < labelWidth; c++)
                {
                    GridCell? cell = grid[r, c];
                    if (cell is null || cell.Folded.Length == 0)
                    {
                        continue;
                    }

                    if (segments.Count == 0 || !ReferenceEquals(segments[segments.Count - 1].Element, cell.Element))
                    {
                        segments.Add(cell);
                    }
                }

                if (segments.Count == 0)
                {
                    continue;
                }

                string rowLabel = string.Join(" / ", segments.Select(s => s.Text));
                bool hasValues = members.Keys.Any(c => grid[r, c] is GridCell v && v.IsOrigin && !PublishedCell.IsBlank(v.Folded));
                List<string> labels = segments.Select(s => s.Folded).ToList();
                ApplicationRow? row = ApplicationRow.Match(labels, format2021);
                string path = HtmlElementPath.Of(segments[segments.Count - 1].Element);
                if (row is null && ApplicationRow.Nearest(labels, format2021) is ApplicationRow nearest && !reading.Has(nearest.Pointer))
                {
                    // A misprinted label read as the form's row it is nearest, and said so (the values are the row's, not guessed).
                    string values = string.Join("，", members.OrderBy(m => m.Key).Select(m => m.Value.Label + " " + (grid[r, m.Key]?.Text ?? string.Empty)));
                    reading.Notes.Add(new ReadingNote(ReadingNoteKind.ExtraRow, reading.At(Table, rowLabel, null, path)) { Value = values, Expected = nearest.Label });
                    row = nearest;
                }

                if (row is null || reading.Has(row.Pointer))
                {
                    if (hasValues)
                    {
                        string values = string.Join("，", members.OrderBy(m => m.Key).Select(m => m.Value.Label + " " + (grid[r, m.Key]?.Text ?? string.Empty)));
                        reading.Note(row is null ? ReadingNoteKind.ExtraRow : ReadingNoteKind.RepeatedRow, reading.At(Table, rowLabel, null, path), values);
                    }

                    continue;
                }

                reading.Object(row.Pointer);
                reading.Locations[row.Pointer] = reading.At(Table, rowLabel, null, path);
                foreach (KeyValuePair<int, (string Member, string Label)> column in members)
                {
                    GridCell? cell = grid[r, column.Key];
                    string pointer = row.Pointer + "/" + column.Value.Member;
                    SourceLocation location = reading.At(Table, rowLabel, column.Value.Label, cell is null ? path : HtmlElementPath.Of(cell.Element));
                    string folded = cell != null && cell.IsOrigin ? cell.Folded : string.Empty;
                    if (!PublishedCell.TryCount(folded, out int? value))
                    {
                        reading.Note(ReadingNoteKind.UnreadableCell, location, cell!.Text);
                    }

                    reading.Set(pointer, value is int number ? JsonValue.Create(number) : null, location);
                }
            }

            foreach (ApplicationRow expected in ApplicationRow.Expected(format2021).Where(e => !reading.Has(e.Pointer)))
            {
                reading.Note(ReadingNoteKind.MissingRow, reading.At(Table, expected.Label, null, HtmlElementPath.Of(grid.Table)));
            }
        }

        private static string HeadingPath(TableGrid grid, int first, int column)
        {
            var texts = new List<string>();
            for (int r = 0; r < first; r++)
            {
                GridCell? cell = grid[r, column];
                if (cell != null && cell.Text.Length > 0 && !texts.Contains(cell.Text) && !cell.Folded.Contains(AnnualReportFields.ApplicationsCornerNoteWord))
                {
                    texts.Add(cell.Text);
                }
            }

            return string.Join(" / ", texts);
        }
    }
}
