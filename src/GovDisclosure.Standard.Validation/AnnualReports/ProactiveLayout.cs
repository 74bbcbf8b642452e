using System;
using System.Collections.Generic;
using System.Reflection;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The cells of table 二 (主动公开政府信息情况) of one format, row by row and column by column as the field catalogue names
    /// them (<see cref="DocumentShapes"/>), worked out once per format and shared by every report: each row's pointer,
    /// printed name and getter, each cell's pointer, printed name and typed getter (what <see cref="ReportLayout"/> is for
    /// tables 三 and 四). A report's table is read through the getters, not by reflection.
    /// </summary>
    internal sealed class ProactiveLayout
    {
        /// <summary>本年增/减: the one column of the form whose count may be negative.</summary>
        private static readonly string NetChange = FieldPaths.Of<ItemCounts2019>(nameof(ItemCounts2019.NetChange)).Field.Name;

        private ProactiveLayout(Type table, string tablePointer)
        {
            var rows = new List<RowSlot>();
            foreach (FieldShape row in DocumentShapes.Of(table)!.Fields)
            {
                string pointer = JsonPointer.Append(tablePointer, row.Name);
                BilingualText name = ReportTable.Label(row);
                ObjectShape? columns = DocumentShapes.Of(Nullable.GetUnderlyingType(row.ValueType) ?? row.ValueType);
                if (columns is null)
                {
                    rows.Add(new RowSlot(pointer, name.Chinese, name.English, null, new[] { new CellSlot(pointer, name.Chinese, name.English, NumberGetter(row), false) }));
                    continue;
                }

                var cells = new List<CellSlot>();
                foreach (FieldShape column in columns.Fields)
                {
                    cells.Add(new CellSlot(
                        JsonPointer.Append(pointer, column.Name),
                        name.Chinese + "·" + column.Title.Chinese,
                        name.English + ", " + column.Title.English,
                        NumberGetter(column),
                        column.Name == NetChange));
                }

                rows.Add(new RowSlot(pointer, name.Chinese, name.English, ObjectGetter(row), cells.ToArray()));
            }

            Rows = rows.ToArray();
        }

        /// <summary>Table 二 in the 2019 format (<see cref="ProactiveDisclosure2019"/>).</summary>
        public static ProactiveLayout Format2019 { get; } = new ProactiveLayout(typeof(ProactiveDisclosure2019), ReportCells.Proactive2019);

        /// <summary>Table 二 in the 2021 format (<see cref="ProactiveDisclosure2021"/>).</summary>
        public static ProactiveLayout Format2021 { get; } = new ProactiveLayout(typeof(ProactiveDisclosure2021), ReportCells.Proactive2021);

        /// <summary>The rows, in the field catalogue's order.</summary>
        public IReadOnlyList<RowSlot> Rows { get; }

        /// <summary>A count or amount as a number: an <c>int</c>, a <c>decimal</c> or a <see cref="ReportAmount"/>'s amount.</summary>
        private static decimal? Number(object? value) => value switch
        {
            null => null,
            int count => count,
            decimal amount => amount,
            ReportAmount amount => amount.Amount,
            _ => throw new InvalidOperationException("Table 二 has a cell of an unexpected type: " + value.GetType().Name),
        };

        /// <summary>The getter of a cell's number as a typed delegate (a property read by reflection boxes each number).</summary>
        private static Func<object, decimal?> NumberGetter(FieldShape field)
        {
            Type type = field.Property.PropertyType;
            string? maker = type == typeof(int?) ? nameof(IntGetter)
                : type == typeof(decimal?) ? nameof(DecimalGetter)
                : type == typeof(ReportAmount) ? nameof(AmountGetter)
                : null;
            if (maker is null || field.Property.DeclaringType is null)
            {
                return owner => Number(field.ValueOf(owner));
            }

            // Through a delegate to the typed factory, not a reflection call, which emits and compiles a stub for each.
            return ((Func<PropertyInfo, Func<object, decimal?>>)Typed(maker, field.Property.DeclaringType).CreateDelegate(typeof(Func<PropertyInfo, Func<object, decimal?>>)))(field.Property);
        }

        /// <summary>The getter of a row's columns (an object of counts) as a typed delegate.</summary>
        private static Func<object, object?> ObjectGetter(FieldShape field)
        {
            if (field.Property.PropertyType.IsValueType || field.Property.DeclaringType is null)
            {
                return owner => field.ValueOf(owner);
            }

            MethodInfo make = typeof(ProactiveLayout)
                .GetMethod(nameof(ReferenceGetter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(field.Property.DeclaringType, field.Property.PropertyType);
            return ((Func<PropertyInfo, Func<object, object?>>)make.CreateDelegate(typeof(Func<PropertyInfo, Func<object, object?>>)))(field.Property);
        }

        private static MethodInfo Typed(string maker, Type owner) =>
            typeof(ProactiveLayout).GetMethod(maker, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(owner);

        private static Func<TOwner, TValue> Getter<TOwner, TValue>(PropertyInfo property) =>
            (Func<TOwner, TValue>)property.GetGetMethod()!.CreateDelegate(typeof(Func<TOwner, TValue>));

        private static Func<object, decimal?> IntGetter<TOwner>(PropertyInfo property)
        {
            Func<TOwner, int?> get = Getter<TOwner, int?>(property);
            return owner => get((TOwner)owner);
        }

        private static Func<object, decimal?> DecimalGetter<TOwner>(PropertyInfo property)
        {
            Func<TOwner, decimal?> get = Getter<TOwner, decimal?>(property);
            return owner => get((TOwner)owner);
        }

        private static Func<object, decimal?> AmountGetter<TOwner>(PropertyInfo property)
        {
            Func<TOwner, ReportAmount?> get = Getter<TOwner, ReportAmount?>(property);
            return owner => get((TOwner)owner)?.Amount;
        }

        private static Func<object, object?> ReferenceGetter<TOwner, TValue>(PropertyInfo property)
            where TValue : class
        {
            Func<TOwner, TValue?> get = Getter<TOwner, TValue?>(property);
            return owner => get((TOwner)owner);
        }

        /// <summary>
        /// A row of table 二: where it is, its printed name, how its object of counts is read (<c>null</c>: the row is one
        /// number, its one cell) and its cells.
        /// </summary>
        internal sealed record RowSlot(string Pointer, string Chinese, string English, Func<object, object?>? Get, IReadOnlyList<CellSlot> Cells);

        /// <summary>A cell of table 二: where it is, its printed name, how its number is read from its row's object (or from the table, for a row of one number), and whether it may be negative (本年增/减).</summary>
        internal sealed record CellSlot(string Pointer, string Chinese, string English, Func<object, decimal?> Get, bool MayBeNegative);
    }
}
