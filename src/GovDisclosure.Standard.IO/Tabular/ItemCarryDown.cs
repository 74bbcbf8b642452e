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
        public void Apply(string?[] cells)
        {
            if (columns.Length < 2)
            {
                return;
            }

            // The lowest filled level decides which higher levels may be carried (a lower item level of the row is filled).
            int lowestFilled = -1;
            for (int level = columns.Length - 1; level >= 0; level--)
            {
                if (!string.IsNullOrWhiteSpace(Cell(cells, columns[level])))
                {
                    lowestFilled = level;
                    break;
                }
            }

            bool carrying = true;
            string?[] result = spare;
            for (int level = 0; level < columns.Length; level++)
            {
                string? own = Cell(cells, columns[level]);
                bool blank = string.IsNullOrWhiteSpace(own);
                if (blank && carrying && level < lowestFilled && above[level] != null)
                {
                    result[level] = above[level];
                }
                else
                {
                    carrying = false;
                    result[level] = blank ? null : own;
                }

                if (columns[level] < cells.Length)
                {
                    cells[columns[level]] = result[level];
                }
            }

            spare = above;
            above = result;
        }

        private static string? Cell(string?[] cells, int column) => column < cells.Length ? cells[column] : null;

        /// <summary>Forgets the row above (after an unreadable row, nothing is carried past it).</summary>
        public void Reset() => System.Array.Clear(above, 0, above.Length);
    }
}
