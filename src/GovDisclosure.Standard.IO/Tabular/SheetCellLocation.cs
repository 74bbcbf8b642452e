using System;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Where a worksheet row (工作表行) and its cells are: the row's location is made once a record (it is the record's
    /// origin); a cell's is derived from it only when a finding asks where a field is, through a function bound to the
    /// row's location with no closure made a row. A cell's location is the row's at the cell's 1-based column, named by its
    /// reference (<c>C7</c>) — the same location as one made whole for the cell.
    /// </summary>
    internal static class SheetCellLocation
    {
        /// <summary>Where a record's row is: the file, the sheet, the row, its first cell (<c>A7</c>) and the record's number.</summary>
        /// <param name="file">The file's name as locations show it.</param>
        /// <param name="sheet">The sheet's name.</param>
        /// <param name="row">The 1-based row.</param>
        /// <param name="recordNumber">The record's number.</param>
        public static SourceLocation OfRow(string? file, string sheet, long row, long recordNumber) =>
            new SourceLocation { File = file, Sheet = sheet, Row = row, Cell = SpreadsheetCellReference.Of(0, row), RecordNumber = recordNumber };

        /// <summary>The locations of a row's cells, worked out from the row's location (<see cref="OfRow"/>) when asked for.</summary>
        /// <param name="row">The row's location.</param>
        public static Func<int, TabularHeader.HeaderCell, SourceLocation> CellsOf(SourceLocation row) => row.AtCell;

        /// <summary>The location of the cell at a 0-based column of the row <paramref name="row"/> locates.</summary>
        /// <param name="row">The row's location (<see cref="OfRow"/>).</param>
        /// <param name="index">The cell's 0-based column.</param>
        /// <param name="cell">Its header cell (not needed: a sheet's cell is named by its reference).</param>
        public static SourceLocation AtCell(this SourceLocation row, int index, TabularHeader.HeaderCell cell) =>
            row with { Column = index + 1, Cell = SpreadsheetCellReference.Of(index, row.Row ?? 0) };
    }
}
