using System;
using System.Linq;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Reads a blank item cell of a CSV catalogue as the merged cell it stands for (合并单元格下延).
    /// Published catalogues merge 一级事项 (and, where there are three levels, 二级事项) down over the
    /// rows of the items below it; a CSV cannot merge, so such a table is written with the item on
    /// its first row and blank below. A blank item cell takes the value of the same column in the
    /// record row just above exactly when
    /// <list type="number">
    /// <item>a lower item level of its own row is filled (the row is an item of the group above),</item>
    /// <item>every higher item level of its own row is blank and carried too (a row that writes a new
    /// 一级事项 starts a new group, so its blank 二级事项 is not the one above), and</item>
    /// <item>the record row just above has a value for it (written or carried), and was readable.</item>
    /// </list>
    /// Otherwise the cell stays blank and a missing item is reported at it: the first row of a
    /// table, a row with no item at any level, and a row after an unreadable one are never filled
    /// in. XLSX files are read from their merged ranges instead (mergeCells), never by this rule.
    /// </summary>
    internal sealed class ItemCarryDown
    {
        private readonly int[] columns;
        private string?[] above;
        private string?[] spare;

        public ItemCarryDown(TabularHeader header)
        {
            columns = header.Layout.ItemLevels
                .Select(level => header.Cells.FirstOrDefault(c => c.Column == level && c.Tick is null)?.Index ?? -1)
                .Where(i => i >= 0)
                .ToArray();
            above = new string?[columns.Length];
            spare = new string?[columns.Length];
        }

        /// <summary>
        /// Carries the blank item cells of a record row down, in place (a blank item cell that is not carried becomes
        /// <c>null</c>); remembers the row for the next one.
        /// </summary>
        /// <param name="cells">The row's cells by 0-based column index.</param>
        public void Apply(string?[] cells) => Apply(new TextRow(cells));

        /// <summary>
        /// Carries the blank item cells of a CSV row down: a carried cell is replaced by the text above (a blank one that is
        /// not carried stays blank); remembers the row for the next one, making a string only of an item that differs from
        /// the one above.
        /// </summary>
        /// <param name="row">The row being read.</param>
        public void Apply(CsvRow row) => Apply(new SpanRow(row));

        private void Apply<TRow>(TRow cells)
            where TRow : IItemCells
        {
            if (columns.Length < 2)
            {
                return;
            }

            // The lowest filled level decides which higher levels may be carried (a lower item level of the row is filled).
            int lowestFilled = -1;
            for (int level = columns.Length - 1; level >= 0; level--)
            {
                if (!cells.IsBlank(columns[level]))
                {
                    lowestFilled = level;
                    break;
                }
            }

            bool carrying = true;
            string?[] result = spare;
            for (int level = 0; level < columns.Length; level++)
            {
                bool blank = cells.IsBlank(columns[level]);
                bool carried = blank && carrying && level < lowestFilled && above[level] != null;
                if (carried)
                {
                    result[level] = above[level];
                }
                else
                {
                    carrying = false;
                    result[level] = blank ? null : cells.Text(columns[level], above[level]);
                }

                cells.Set(columns[level], result[level], carried);
            }

            spare = above;
            above = result;
        }

        /// <summary>The item cells of a row as the carrying reads and writes them.</summary>
        private interface IItemCells
        {
            /// <summary>Whether the cell is blank or missing.</summary>
            bool IsBlank(int column);

            /// <summary>The text of a filled cell: <paramref name="above"/> itself when the cell says the same.</summary>
            string Text(int column, string? above);

            /// <summary>Sets a cell to its item (<c>null</c>: blank), carried or its own.</summary>
            void Set(int column, string? item, bool carried);
        }

        /// <summary>A row of strings, set in place (a cell the row does not have is left alone).</summary>
        private readonly struct TextRow : IItemCells
        {
            private readonly string?[] cells;

            public TextRow(string?[] cells) => this.cells = cells;

            public bool IsBlank(int column) => column >= cells.Length || string.IsNullOrWhiteSpace(cells[column]);

            public string Text(int column, string? above) => cells[column]!;

            public void Set(int column, string? item, bool carried)
            {
                if (column < cells.Length)
                {
                    cells[column] = item;
                }
            }
        }

        /// <summary>A CSV row read as spans: only a carried cell is replaced (its own text, or its blank, stands as read).</summary>
        private readonly struct SpanRow : IItemCells
        {
            private readonly CsvRow row;

            public SpanRow(CsvRow row) => this.row = row;

            public bool IsBlank(int column) => row.IsBlank(column);

            public string Text(int column, string? above) =>
                above != null && row[column].SequenceEqual(above.AsSpan()) ? above : row.Text(column)!;

            public void Set(int column, string? item, bool carried)
            {
                if (carried && column < row.Count)
                {
                    row.Replace(column, item);
                }
            }
        }

        /// <summary>Forgets the row above (after an unreadable row, nothing is carried past it).</summary>
        public void Reset() => System.Array.Clear(above, 0, above.Length);
    }
}
