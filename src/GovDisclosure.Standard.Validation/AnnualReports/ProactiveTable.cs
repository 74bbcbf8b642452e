using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The cells of table 二 (主动公开政府信息情况) in either format, row by row and column by column as the field
    /// catalogue names them (<see cref="DocumentShapes"/>); an absent row is one cell with <c>RowAbsent</c>.
    /// </summary>
    internal static class ProactiveTable
    {
        /// <summary>本年增/减: the one column of the form whose count may be negative.</summary>
        private static readonly string NetChange = FieldPaths.Of<ItemCounts2019>(c => c.NetChange).Field.Name;

        /// <summary>Each row's pointer and label, worked out once (they are the form's, the same in every report).</summary>
        private static readonly ConcurrentDictionary<(string Table, FieldShape Row), (string Pointer, BilingualText Name)> Rows =
            new ConcurrentDictionary<(string, FieldShape), (string, BilingualText)>();

        /// <summary>Each cell's pointer and labels, by its row's pointer and its column, worked out once.</summary>
        private static readonly ConcurrentDictionary<(string Row, FieldShape Column), (string Pointer, string Chinese, string English)> Cells =
            new ConcurrentDictionary<(string, FieldShape), (string, string, string)>();

        public static IEnumerable<ProactiveCell> Cells2019(ProactiveDisclosure2019 t) => CellsOf(t, ReportCells.Proactive2019);

        public static IEnumerable<ProactiveCell> Cells2021(ProactiveDisclosure2021 t) => CellsOf(t, ReportCells.Proactive2021);

        private static IEnumerable<ProactiveCell> CellsOf(object table, string tablePointer)
        {
            foreach (FieldShape row in DocumentShapes.Of(table.GetType())!.Fields)
            {
                (string pointer, BilingualText name) = Rows.GetOrAdd((tablePointer, row), static key => (JsonPointer.Append(key.Table, key.Row.Name), ReportTable.Label(key.Row)));
                object? value = row.ValueOf(table);
                ObjectShape? columns = DocumentShapes.Of(Nullable.GetUnderlyingType(row.ValueType) ?? row.ValueType);
                if (columns is null)
                {
                    yield return new ProactiveCell(pointer, name.Chinese, name.English, Number(value), false, false);
                }
                else if (value is null)
                {
                    yield return new ProactiveCell(pointer, name.Chinese, name.English, null, false, true);
                }
                else
                {
                    foreach (FieldShape column in columns.Fields)
                    {
                        (string cellPointer, string chinese, string english) = ReportTable.Once(Cells, (Row: pointer, Column: column), static (key, name) =>
                            (JsonPointer.Append(key.Row, key.Column.Name), name.Chinese + "·" + key.Column.Title.Chinese, name.English + ", " + key.Column.Title.English), name);
                        yield return new ProactiveCell(
                            cellPointer,
                            chinese,
                            english,
                            Number(column.ValueOf(value)),
                            column.Name == NetChange,
                            false);
                    }
                }
            }
        }

        private static decimal? Number(object? value) => value switch
        {
            null => null,
            int count => count,
            decimal amount => amount,
            ReportAmount amount => amount.Amount,
            _ => throw new InvalidOperationException("Table 二 has a cell of an unexpected type: " + value.GetType().Name),
        };
    }
}
