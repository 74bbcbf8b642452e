using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A published table laid out as the reader sees it: every <c>rowspan</c> and <c>colspan</c> expanded, so
    /// that each grid position knows the cell covering it. Only the table's own rows are read; a table nested
    /// in a cell is a table of its own.
    /// </summary>
    internal sealed class TableGrid
    {
        /// <summary>At most this many rows or columns are laid out: a span beyond it is a broken page, not a report.</summary>
        public const int MaxExtent = 2000;

        private readonly List<GridCell?[]> rows;

        private TableGrid(IElement table, List<GridCell?[]> rows, int width)
        {
            Table = table;
            this.rows = rows;
            Width = width;
            Folded = string.Concat(rows.SelectMany(r => r).Where(c => c != null && c.IsOrigin).Select(c => c!.Folded));
        }

        /// <summary>The <c>table</c> element.</summary>
        public IElement Table { get; }

        /// <summary>The number of rows.</summary>
        public int Height => rows.Count;

        /// <summary>The number of columns.</summary>
        public int Width { get; }

        /// <summary>The folded text of every cell, in order: what the table is recognised by.</summary>
        public string Folded { get; }

        /// <summary>The cell covering a position, or <c>null</c> where the row is short.</summary>
        public GridCell? this[int row, int column] => column < rows[row].Length ? rows[row][column] : null;

        /// <summary>The distinct cells of a row, left to right.</summary>
        public IReadOnlyList<(int Column, GridCell Cell)> Cells(int row)
        {
            var seen = new List<(int, GridCell)>();
            for (int c = 0; c < Width; c++)
            {
                GridCell? cell = this[row, c];
                if (cell != null && (seen.Count == 0 || !ReferenceEquals(seen[seen.Count - 1].Item2.Element, cell.Element)))
                {
                    seen.Add((c, cell));
                }
            }

            return seen;
        }

        /// <summary>Lays out a table's own rows.</summary>
        public static TableGrid Of(IElement table)
        {
            var ownRows = new List<IElement>();
            foreach (IElement child in table.Children)
            {
                if (child.LocalName == "tr")
                {
                    ownRows.Add(child);
                }
                else if (child.LocalName == "thead" || child.LocalName == "tbody" || child.LocalName == "tfoot")
                {
                    ownRows.AddRange(child.Children.Where(r => r.LocalName == "tr"));
                }
            }

            int count = Math.Min(ownRows.Count, MaxExtent);
            var grid = new List<GridCell?[]>();
            int width = 0;
            for (int r = 0; r < count; r++)
            {
                EnsureRow(grid, r);
                int c = 0;
                foreach (IElement cell in ownRows[r].Children.Where(e => e.LocalName == "td" || e.LocalName == "th"))
                {
                    while (c < grid[r].Length && grid[r][c] != null)
                    {
                        c++;
                    }

                    int rowSpan = Span(cell, "rowspan", count - r);
                    int colSpan = Span(cell, "colspan", MaxExtent - c);
                    if (colSpan <= 0)
                    {
                        break;
                    }

                    string text = PublishedText.Of(cell);
                    string folded = PublishedText.Fold(text);
                    for (int dr = 0; dr < rowSpan; dr++)
                    {
                        EnsureRow(grid, r + dr);
                        for (int dc = 0; dc < colSpan; dc++)
                        {
                            GridCell?[] row = Widen(grid, r + dr, c + dc + 1);
                            row[c + dc] = new GridCell(cell, text, folded, dr == 0 && dc == 0);
                        }
                    }

                    c += colSpan;
                    width = Math.Max(width, c);
                }
            }

            while (grid.Count > count)
            {
                grid.RemoveAt(grid.Count - 1);
            }

            return new TableGrid(table, grid, width);
        }

        private static int Span(IElement cell, string attribute, int limit)
        {
            string? written = cell.GetAttribute(attribute);
            int span = int.TryParse(written?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) && value > 1 ? value : 1;
            return Math.Min(span, Math.Max(limit, 0));
        }

        private static void EnsureRow(List<GridCell?[]> grid, int row)
        {
            while (grid.Count <= row)
            {
                grid.Add(Array.Empty<GridCell?>());
            }
        }

        private static GridCell?[] Widen(List<GridCell?[]> grid, int row, int width)
        {
            if (grid[row].Length < width)
            {
                GridCell?[] wider = new GridCell?[width];
                Array.Copy(grid[row], wider, grid[row].Length);
                grid[row] = wider;
            }

            return grid[row];
        }
    }
}
