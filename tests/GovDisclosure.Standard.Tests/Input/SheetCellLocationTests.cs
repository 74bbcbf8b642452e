using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A worksheet cell's location worked out from its row's location when a finding asks for it is the location the
    /// readers made whole for each cell before; a reference made as one string is the column's letters and the row's digits.
    /// </summary>
    public class SheetCellLocationTests
    {
        private static readonly Gen<int> Column = Gen.OneOf(Gen.Choose(0, 60), Gen.Choose(0, 16384), Gen.Choose(-3, int.MaxValue));

        private static readonly Gen<long> Row = Gen.OneOf(Gen.Choose(0, 1048576).Select(r => (long)r), Gen.Choose(-5, int.MaxValue).Select(r => (long)r * 4099L), Gen.Elements(long.MaxValue, long.MinValue, 0L, 1L));

        [Property(MaxTest = 500)]
        public Property A_reference_made_as_one_string_is_the_column_name_and_the_row_digits()
        {
            return Prop.ForAll(Column.ToArbitrary(), Row.ToArbitrary(), (column, row) =>
                SpreadsheetCellReference.Of(column, row) == SpreadsheetColumnName.Of(column) + row.ToString(CultureInfo.InvariantCulture));
        }

        [Property(MaxTest = 300)]
        public Property A_cell_located_from_its_row_is_the_cell_located_whole()
        {
            Gen<(string? File, string Sheet)> where = Gen.Elements<string?>(null, "目录.xlsx", "export.xlsx").SelectMany(f => Gen.Elements("目录", "Sheet1", string.Empty), (f, s) => (f, s));
            Gen<(int Row, int Record, int Index)> place = Gen.Choose(1, 1048576).SelectMany(r => Gen.Choose(1, int.MaxValue), (r, n) => (r, n)).SelectMany(p => Gen.Choose(0, 16383), (p, i) => (p.r, p.n, i));
            return Prop.ForAll(where.ToArbitrary(), place.ToArbitrary(), (w, p) =>
            {
                (string? f, string s) = w;
                (int row, int record, int index) = p;
                var header = new TabularHeader.HeaderCell(index, "公开时限", null, new[] { "timeLimit" }, null);
                SourceLocation origin = SheetCellLocation.OfRow(f, s, row, record);
                Func<int, TabularHeader.HeaderCell, SourceLocation> cells = SheetCellLocation.CellsOf(origin);
                return origin == new SourceLocation { File = f, Sheet = s, Row = row, Cell = SpreadsheetColumnName.Of(0) + row.ToString(CultureInfo.InvariantCulture), RecordNumber = record }
                    && cells(index, header) == new SourceLocation { File = f, Sheet = s, Row = row, Column = index + 1, Cell = SpreadsheetColumnName.Of(index) + row.ToString(CultureInfo.InvariantCulture), RecordNumber = record };
            });
        }
    }
}
