using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// The annual report's tables 三 and 四 as rows and cells with their JSON pointers and printed
    /// names (from the field catalogue, <see cref="DocumentShapes"/>), so that every rule speaks of
    /// the same cells in the same words.
    /// </summary>
    internal static class ReportTable
    {
        /// <summary>The applicant columns of table 三, then 总计.</summary>
        public static readonly IReadOnlyList<Column> Columns =
            ShapeOf<ApplicantCounts>().Fields.Select(f => new Column(f.Name, f.Title.Chinese, f.Title.English, Getter<ApplicantCounts, int?>(f))).ToArray();

        /// <summary>The six applicant columns, without 总计.</summary>
        public static readonly IReadOnlyList<Column> ApplicantColumns = Columns.Take(6).ToArray();

        /// <summary>The 总计 column.</summary>
        public static Column TotalColumn => Columns[6];

        /// <summary>The groups of table 四 and their cells.</summary>
        public static readonly IReadOnlyList<Part<ReviewAndLitigationTable, RemedyOutcomeCounts?>> RemedyGroups = PartsOf<ReviewAndLitigationTable, RemedyOutcomeCounts?>();

        /// <summary>The cells of a group of table 四: the four results, then 总计.</summary>
        public static readonly IReadOnlyList<Part<RemedyOutcomeCounts, int?>> RemedyCells = PartsOf<RemedyOutcomeCounts, int?>();

        public static Row NewlyReceived(ApplicationTable t) => RowOf(Table, t, NewlyReceivedRow.Name);

        public static Row CarriedOver(ApplicationTable t) => RowOf(Table, t, CarriedOverRow.Name);

        public static Row OutcomeTotal(ApplicationOutcomes o) => RowOf(Outcomes, o, Total.Name);

        public static Row CarriedForward(ApplicationTable t) => RowOf(Table, t, CarriedForwardRow.Name);

        /// <summary>The rows that make up 三(七), grouped as the form groups them; a group that is absent is one row with no counts.</summary>
        public static IReadOnlyList<Row> OutcomeParts(ApplicationOutcomes o, AnnualReportFormat? format)
        {
            var rows = new List<Row>();
            foreach (FieldShape groupField in Outcomes.Fields.Where(f => f != OtherProcessing && f != Total))
            {
                string group = groupField.Name;
                if (groupField.PartType == typeof(ApplicantCounts))
                {
                    rows.Add(RowOf(Outcomes, o, group));
                    continue;
                }

                object? counts = groupField.ValueOf(o);
                if (counts is null)
                {
                    rows.Add(Row.Absent(JsonPointer.Append(OutcomesPointer, group), Label(groupField).Chinese, Label(groupField).English));
                }
                else
                {
                    rows.AddRange(ShapeOf(groupField).Fields.Select(f => SubRow(groupField, f, counts)));
                }
            }

            rows.AddRange(OtherProcessingRows(o, format));
            return rows;
        }

        /// <summary>The rows of 三(六): one in the 2019 format, three in the 2021 format (a 2019 report's extra rows are counted too when given).</summary>
        public static IReadOnlyList<Row> OtherProcessingRows(ApplicationOutcomes o, AnnualReportFormat? format)
        {
            FieldShape group = OtherProcessing;
            string pointer = JsonPointer.Append(OutcomesPointer, group.Name);
            if (o.OtherProcessing is null)
            {
                return new[] { Row.Absent(pointer, Label(group).Chinese, Label(group).English) };
            }

            OtherProcessingCounts x = o.OtherProcessing;
            bool threeRows = format == AnnualReportFormat.Format2021 || x.OverdueCorrection != null || x.OverdueFee != null;
            if (threeRows)
            {
                return ShapeOf(group).Fields.Select(f => SubRow(group, f, x)).ToArray();
            }

            // The 2019 form prints the one row as 三（六）其他处理.
            return new[] { new Row(JsonPointer.Append(pointer, AnnualReportFields.OtherProcessing2019.Name), Label(group).Chinese, Label(group).English, x.Other) };
        }

        /// <summary>Every row of table 三 that exists in the report (absent groups as one row).</summary>
        public static IEnumerable<Row> AllRows(ApplicationTable t, AnnualReportFormat? format)
        {
            yield return NewlyReceived(t);
            yield return CarriedOver(t);
            if (t.Outcomes is null)
            {
                FieldShape outcomes = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.Outcomes)).Field;
                yield return Row.Absent(OutcomesPointer, Label(outcomes).Chinese, Label(outcomes).English);
            }
            else
            {
                foreach (Row row in OutcomeParts(t.Outcomes, format))
                {
                    yield return row;
                }

                yield return OutcomeTotal(t.Outcomes);
            }

            yield return CarriedForward(t);
        }

        private static readonly string TablePointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications)).Pointer;

        private static readonly string OutcomesPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes)).Pointer;

        /// <summary>Where 三（六）其他处理 is.</summary>
        public static readonly string OtherProcessingPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes), nameof(ApplicationOutcomes.OtherProcessing)).Pointer;

        /// <summary>Where 二、上年结转 is.</summary>
        public static readonly string CarriedOverPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.CarriedOver)).Pointer;

        /// <summary>Where 四、结转下年度继续办理 is.</summary>
        public static readonly string CarriedForwardPointer = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.CarriedForward)).Pointer;

        /// <summary>The JSON name of 结果维持 in a group of table 四.</summary>
        public static readonly string RemedyUpheld = FieldPaths.Of<RemedyOutcomeCounts>(nameof(RemedyOutcomeCounts.Upheld)).Field.Name;

        /// <summary>The JSON name of 总计 in a group of table 四.</summary>
        public static readonly string RemedyTotal = FieldPaths.Of<RemedyOutcomeCounts>(nameof(RemedyOutcomeCounts.Total)).Field.Name;

        private static readonly FieldShape NewlyReceivedRow = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.NewlyReceived)).Field;

        private static readonly FieldShape CarriedOverRow = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.CarriedOver)).Field;

        private static readonly FieldShape CarriedForwardRow = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.CarriedForward)).Field;

        private static readonly FieldShape OtherProcessing = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.OtherProcessing)).Field;

        private static readonly FieldShape Total = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.Total)).Field;

        private static ObjectShape Table => ShapeOf<ApplicationTable>();

        private static ObjectShape Outcomes => ShapeOf<ApplicationOutcomes>();

        private static ObjectShape ShapeOf<T>() => DocumentShapes.Of(typeof(T))!;

        private static ObjectShape ShapeOf(FieldShape field) => DocumentShapes.Of(field.ValueType)!;

        /// <summary>A row's printed name: its number, then its title (三（一）予以公开 / III.(1) disclosed).</summary>
        internal static BilingualText Label(FieldShape field, FieldShape? group = null)
        {
            string numberZh = (group?.Number?.Chinese ?? string.Empty) + (field.Number?.Chinese ?? string.Empty);
            string numberEn = (group?.Number?.English ?? string.Empty) + (field.Number?.English ?? string.Empty);
            return new BilingualText(numberZh + field.Title.Chinese, numberEn.Length == 0 ? field.Title.English : numberEn + " " + field.Title.English);
        }

        // The three tables below are kept by reference-type keys and values, not value tuples: a dictionary over reference
        // types runs the framework's precompiled code, where one over tuples is compiled when the first report is checked.

        /// <summary>Each row's pointer, label and getter, by its shape and its name, worked out once (they are the form's, the same in every report).</summary>
        private static readonly ConcurrentDictionary<ObjectShape, ConcurrentDictionary<string, KnownRow>> Rows =
            new ConcurrentDictionary<ObjectShape, ConcurrentDictionary<string, KnownRow>>();

        /// <summary>Each sub-row's pointer, label and getter, by its group and its field, worked out once.</summary>
        private static readonly ConcurrentDictionary<FieldShape, ConcurrentDictionary<FieldShape, KnownRow>> SubRows =
            new ConcurrentDictionary<FieldShape, ConcurrentDictionary<FieldShape, KnownRow>>();

        /// <summary>Each cell's pointer and labels, by its row's pointer and its column, worked out once.</summary>
        private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, KnownCell>> Cells =
            new ConcurrentDictionary<string, ConcurrentDictionary<string, KnownCell>>(StringComparer.Ordinal);

        /// <summary>The table of <paramref name="key"/> within <paramref name="kept"/>, made empty the first time.</summary>
        private static ConcurrentDictionary<TInnerKey, TValue> Inner<TKey, TInnerKey, TValue>(ConcurrentDictionary<TKey, ConcurrentDictionary<TInnerKey, TValue>> kept, TKey key, IEqualityComparer<TInnerKey>? comparer = null)
            where TKey : class
            where TInnerKey : class
            where TValue : class
        {
            if (!kept.TryGetValue(key, out ConcurrentDictionary<TInnerKey, TValue>? inner))
            {
                inner = kept.GetOrAdd(key, new ConcurrentDictionary<TInnerKey, TValue>(comparer ?? EqualityComparer<TInnerKey>.Default));
            }

            return inner;
        }

        private static Row RowOf(ObjectShape shape, object owner, string name)
        {
            ConcurrentDictionary<string, KnownRow> rows = Inner(Rows, shape, StringComparer.Ordinal);
            if (!rows.TryGetValue(name, out KnownRow? known))
            {
                FieldShape field = shape.Field(name)!;
                known = rows.GetOrAdd(name, new KnownRow(JsonPointer.Append(shape == Table ? TablePointer : OutcomesPointer, name), Label(field), RowGetter(field)));
            }

            return new Row(known.Pointer, known.Label.Chinese, known.Label.English, known.Get(owner));
        }

        private static Row SubRow(FieldShape group, FieldShape field, object counts)
        {
            ConcurrentDictionary<FieldShape, KnownRow> rows = Inner(SubRows, group);
            if (!rows.TryGetValue(field, out KnownRow? known))
            {
                known = rows.GetOrAdd(field, new KnownRow(JsonPointer.Append(JsonPointer.Append(OutcomesPointer, group.Name), field.Name), Label(field, group), RowGetter(field)));
            }

            return new Row(known.Pointer, known.Label.Chinese, known.Label.English, known.Get(counts));
        }

        /// <summary>The parts of <typeparamref name="TOwner"/>'s shape (the groups of table 四, or the cells of a group), in the form's order.</summary>
        private static Part<TOwner, TValue>[] PartsOf<TOwner, TValue>()
        {
            IReadOnlyList<FieldShape> fields = ShapeOf<TOwner>().Fields;
            var parts = new Part<TOwner, TValue>[fields.Count];
            for (int i = 0; i < parts.Length; i++)
            {
                FieldShape f = fields[i];
                parts[i] = new Part<TOwner, TValue>(f.Name, f.Title.Chinese, f.Title.English, Getter<TOwner, TValue>(f));
            }

            return parts;
        }

        /// <summary>
        /// A field's getter as a typed delegate: the cells of every report are read through these, and a property read
        /// by reflection (<see cref="FieldShape.ValueOf"/>) costs far more than a call and boxes each number.
        /// </summary>
        private static Func<TOwner, TValue> Getter<TOwner, TValue>(FieldShape field) =>
            (Func<TOwner, TValue>)field.Property.GetGetMethod()!.CreateDelegate(typeof(Func<TOwner, TValue>));

        /// <summary>The getter of a row of counts (a field of type <see cref="ApplicantCounts"/>) on an owner of the field's declaring type.</summary>
        private static Func<object, ApplicantCounts?> RowGetter(FieldShape field)
        {
            if (field.Property.PropertyType != typeof(ApplicantCounts) || field.Property.DeclaringType is null)
            {
                return owner => (ApplicantCounts?)field.ValueOf(owner);
            }

            // Through a delegate to the typed factory, not a reflection call, which emits and compiles a stub for each.
            System.Reflection.MethodInfo make = typeof(ReportTable)
                .GetMethod(nameof(TypedRowGetter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(field.Property.DeclaringType);
            return ((Func<FieldShape, Func<object, ApplicantCounts?>>)make.CreateDelegate(typeof(Func<FieldShape, Func<object, ApplicantCounts?>>)))(field);
        }

        private static Func<object, ApplicantCounts?> TypedRowGetter<TOwner>(FieldShape field)
        {
            Func<TOwner, ApplicantCounts?> get = Getter<TOwner, ApplicantCounts?>(field);
            return owner => get((TOwner)owner);
        }

        /// <summary>A column of table 三: a part of each row's counts (an applicant kind, or the total).</summary>
        internal sealed class Column : Part<ApplicantCounts, int?>
        {
            public Column(string key, string chinese, string english, Func<ApplicantCounts, int?> get)
                : base(key, chinese, english, get)
            {
            }
        }

        /// <summary>A row of table 三: where it is, its printed name and its counts (<c>null</c> when the row is absent).</summary>
        internal sealed class Row
        {
            public Row(string pointer, string chinese, string english, ApplicantCounts? counts)
            {
                Pointer = pointer;
                Chinese = chinese;
                English = english;
                Counts = counts;
            }

            public string Pointer { get; }

            public string Chinese { get; }

            public string English { get; }

            public ApplicantCounts? Counts { get; }

            public static Row Absent(string pointer, string chinese, string english) => new Row(pointer, chinese, english, null);

            public Cell CellOf(Column column)
            {
                ConcurrentDictionary<string, KnownCell> cells = Inner(ReportTable.Cells, Pointer, StringComparer.Ordinal);
                if (!cells.TryGetValue(column.Key, out KnownCell? known))
                {
                    known = cells.GetOrAdd(column.Key, new KnownCell(this, column));
                }

                // Two forms may print different rows at one pointer (三（六）: the 2019 form's 其他处理, the 2021 form's 3.其他):
                // a cell kept for the other form's row is named again for this one, not given that row's name.
                if (!known.IsOf(this))
                {
                    known = new KnownCell(this, column);
                }

                return new Cell(known.Pointer, known.Chinese, known.English, Counts is null ? null : column.Get(Counts));
            }
        }

        /// <summary>A group of table 四, a cell of a group, or a column of table 三: its JSON name, its printed names and its getter.</summary>
        /// <typeparam name="TOwner">What holds it: the table, a group, or a row's counts.</typeparam>
        /// <typeparam name="TValue">Its value: a group's counts, or a cell's number.</typeparam>
        internal class Part<TOwner, TValue>
        {
            public Part(string key, string chinese, string english, Func<TOwner, TValue> get)
            {
                Key = key;
                Chinese = chinese;
                English = english;
                Get = get;
            }

            /// <summary>The JSON name.</summary>
            public string Key { get; }

            public string Chinese { get; }

            public string English { get; }

            public Func<TOwner, TValue> Get { get; }
        }

        /// <summary>A row's or sub-row's pointer, printed name and getter, as <see cref="Rows"/> and <see cref="SubRows"/> keep them.</summary>
        private sealed class KnownRow
        {
            public KnownRow(string pointer, BilingualText label, Func<object, ApplicantCounts?> get)
            {
                Pointer = pointer;
                Label = label;
                Get = get;
            }

            public string Pointer { get; }

            public BilingualText Label { get; }

            public Func<object, ApplicantCounts?> Get { get; }
        }

        /// <summary>A cell's pointer and printed names, as <see cref="Cells"/> keeps them, with the names of the row they were made for.</summary>
        private sealed class KnownCell
        {
            private readonly string rowChinese;
            private readonly string rowEnglish;

            public KnownCell(Row row, Column column)
            {
                Pointer = JsonPointer.Append(row.Pointer, column.Key);
                Chinese = row.Chinese + "·" + column.Chinese;
                English = row.English + ", " + column.English;
                rowChinese = row.Chinese;
                rowEnglish = row.English;
            }

            /// <summary>Whether the names were made for a row printed as <paramref name="row"/> is (the same row of the same form).</summary>
            public bool IsOf(Row row) =>
                string.Equals(rowChinese, row.Chinese, StringComparison.Ordinal) && string.Equals(rowEnglish, row.English, StringComparison.Ordinal);

            public string Pointer { get; }

            public string Chinese { get; }

            public string English { get; }
        }
    }
}
