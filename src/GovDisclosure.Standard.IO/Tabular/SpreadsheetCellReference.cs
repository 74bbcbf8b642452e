using System;
using System.Globalization;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// A worksheet cell's reference (单元格引用) — its column's letters and its 1-based row, <c>C7</c> — made as one string:
    /// <see cref="SpreadsheetColumnName.Of"/> and the row's digits concatenated made a builder, its buffer and three strings.
    /// </summary>
    internal static class SpreadsheetCellReference
    {
        /// <summary>The most characters a reference has: seven letters (an <see cref="int"/> column) and 19 digits (a <see cref="long"/> row).</summary>
        private const int Longest = 26;

        /// <summary>The reference of a cell: <c>SpreadsheetColumnName.Of(column) + row</c>, the row in the invariant culture.</summary>
        /// <param name="column">The 0-based column index.</param>
        /// <param name="row">The 1-based row.</param>
        public static string Of(int column, long row)
        {
            if (column < 0 || row < 0)
            {
                return SpreadsheetColumnName.Of(column) + row.ToString(CultureInfo.InvariantCulture);
            }

            // Written from the end: the row's digits, then the column's letters as SpreadsheetColumnName.Of works them out.
            Span<char> reference = stackalloc char[Longest];
            int start = Longest;
            do
            {
                reference[--start] = (char)('0' + (int)(row % 10));
                row /= 10;
            }
            while (row > 0);

            for (long n = (long)column + 1; n > 0; n = (n - 1) / 26)
            {
                reference[--start] = (char)('A' + (int)((n - 1) % 26));
            }

            return reference.Slice(start).ToString();
        }
    }
}
