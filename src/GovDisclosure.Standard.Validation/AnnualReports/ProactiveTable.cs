using System;
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

        public static IEnumerable<ProactiveCell> Cells2019(ProactiveDisclosure2019 t) => CellsOf(t, ReportCells.Proactive2019);

        public static IEnumerable<ProactiveCell> Cells2021(ProactiveDisclosure2021 t) => CellsOf(t, ReportCells.Proactive2021);

        private static IEnumerable<ProactiveCell> CellsOf(object table, string tablePointer)
        {
            foreach (FieldShape row in DocumentShapes.Of(table.GetType())!.Fields)
            {
                BilingualText name = ReportTable.Label(row);
                string pointer = JsonPointer.Append(tablePointer, row.Name);
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
                        yield return new ProactiveCell(
                            JsonPointer.Append(pointer, column.Name),
                            name.Chinese + "·" + column.Title.Chinese,
                            name.English + ", " + column.Title.English,
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
