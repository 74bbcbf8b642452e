using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Fills the empty cells of a sheet's merged ranges (合并单元格) with the text of each range's top-left cell, row by row
    /// as the sheet is read: a table's 一级事项 written once for the rows it spans is given to each of them. Only the ranges
    /// that span the row being read are looked at — those whose first row has been reached and whose last row has not
    /// passed — so a sheet costs in proportion to its rows and ranges, not to their product. The ranges are applied in
    /// the order the sheet lists them, so overlapping ranges (a damaged sheet) fill as they always did. Rows are expected
    /// in ascending order, as Excel writes them; a row numbered below the one before starts the look-over anew.
    /// </summary>
    internal sealed class XlsxMergeFill
    {
        private readonly IReadOnlyList<XlsxRecordReader.MergedRange> ranges;

        /// <summary>The ranges' indexes by first row (then by index): the order in which rows reach them.</summary>
        private readonly int[] byFirstRow;

        /// <summary>The indexes of the ranges that span the current row and those before it, ascending (the sheet's order).</summary>
        private readonly List<int> active = new List<int>();

        /// <summary>The text of each range's top-left cell, by its column and row, once its row is read.</summary>
        private readonly Dictionary<(int Column, long Row), string> anchors = new Dictionary<(int Column, long Row), string>();

        private int reached;
        private long lastRow;

        /// <summary>A fill for a sheet's merged ranges, in the order the sheet lists them.</summary>
        /// <param name="ranges">The ranges: 0-based columns, 1-based rows, corners included.</param>
        public XlsxMergeFill(IReadOnlyList<XlsxRecordReader.MergedRange> ranges)
        {
            this.ranges = ranges;
            byFirstRow = new int[ranges.Count];
            for (int i = 0; i < byFirstRow.Length; i++)
            {
                byFirstRow[i] = i;
            }

            Array.Sort(byFirstRow, (a, b) => ranges[a].FirstRow != ranges[b].FirstRow ? ranges[a].FirstRow.CompareTo(ranges[b].FirstRow) : a.CompareTo(b));
        }

        /// <summary>The number of ranges looked at for the last row applied.</summary>
        internal int ActiveCount => active.Count;

        /// <summary>Forgets every anchor and starts again from the sheet's first row, for another pass over the sheet.</summary>
        public void Reset()
        {
            anchors.Clear();
            active.Clear();
            reached = 0;
            lastRow = 0;
        }

        /// <summary>Fills the empty cells of <paramref name="cells"/>, the cells of row <paramref name="row"/>, that lie in a merged range.</summary>
        /// <param name="row">The row's 1-based number.</param>
        /// <param name="cells">The row's cells, changed in place.</param>
        public void Apply(long row, XlsxRow cells)
        {
            if (byFirstRow.Length == 0)
            {
                return;
            }

            if (row < lastRow)
            {
                active.Clear();
                reached = 0;
            }

            lastRow = row;
            while (reached < byFirstRow.Length && ranges[byFirstRow[reached]].FirstRow <= row)
            {
                int index = byFirstRow[reached++];
                int at = active.BinarySearch(index);
                active.Insert(at < 0 ? ~at : at, index);
            }

            int kept = 0;
            for (int i = 0; i < active.Count; i++)
            {
                int index = active[i];
                XlsxRecordReader.MergedRange range = ranges[index];
                if (range.LastRow < row)
                {
                    continue;
                }

                active[kept++] = index;
                Fill(range, row, cells);
            }

            active.RemoveRange(kept, active.Count - kept);
        }

        private void Fill(XlsxRecordReader.MergedRange range, long row, XlsxRow cells)
        {
            (int, long) anchorKey = (range.FirstColumn, range.FirstRow);
            if (row == range.FirstRow)
            {
                anchors[anchorKey] = cells.Text(range.FirstColumn) ?? string.Empty;
            }

            if (!anchors.TryGetValue(anchorKey, out string? anchor))
            {
                return;
            }

            for (int c = range.FirstColumn; c <= range.LastColumn; c++)
            {
                if (!(c == range.FirstColumn && row == range.FirstRow) && (cells.Text(c) is not string own || own.Length == 0))
                {
                    cells.Set(c, anchor);
                }
            }
        }
    }
}
