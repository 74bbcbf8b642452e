using System;
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
            ShapeOf<ApplicantCounts>().Fields.Select(f => new Column(f.Name, f.Title.Chinese, f.Title.English, c => (int?)f.ValueOf(c))).ToArray();

        /// <summary>The six applicant columns, without 总计.</summary>
        public static IReadOnlyList<Column> ApplicantColumns => Columns.Take(6).ToArray();

        /// <summary>The 总计 column.</summary>
        public static Column TotalColumn => Columns[6];

        /// <summary>The groups of table 四 and their cells.</summary>
        public static readonly IReadOnlyList<(string Key, string Chinese, string English, Func<ReviewAndLitigationTable, RemedyOutcomeCounts?> Get)> RemedyGroups =
            ShapeOf<ReviewAndLitigationTable>().Fields
                .Select(f => (f.Name, f.Title.Chinese, f.Title.English, (Func<ReviewAndLitigationTable, RemedyOutcomeCounts?>)(t => (RemedyOutcomeCounts?)f.ValueOf(t))))
                .ToArray();

        /// <summary>The cells of a group of table 四: the four results, then 总计.</summary>
        public static readonly IReadOnlyList<(string Key, string Chinese, string English, Func<RemedyOutcomeCounts, int?> Get)> RemedyCells =
            ShapeOf<RemedyOutcomeCounts>().Fields
                .Select(f => (f.Name, f.Title.Chinese, f.Title.English, (Func<RemedyOutcomeCounts, int?>)(c => (int?)f.ValueOf(c))))
                .ToArray();

        public static Row NewlyReceived(ApplicationTable t) => RowOf(Table, t, "newlyReceived");

        public static Row CarriedOver(ApplicationTable t) => RowOf(Table, t, "carriedOver");

        public static Row OutcomeTotal(ApplicationOutcomes o) => RowOf(Outcomes, o, "total");

        public static Row CarriedForward(ApplicationTable t) => RowOf(Table, t, "carriedForward");

        /// <summary>The rows that make up 三(七), grouped as the form groups them; a group that is absent is one row with no counts.</summary>
        public static IReadOnlyList<Row> OutcomeParts(ApplicationOutcomes o, AnnualReportFormat? format)
        {
            var rows = new List<Row> { RowOf(Outcomes, o, "disclosed"), RowOf(Outcomes, o, "partiallyDisclosed") };
            foreach (string group in new[] { "withheld", "unableToProvide", "notProcessed" })
            {
                FieldShape groupField = Outcomes.Field(group)!;
                object? counts = groupField.ValueOf(o);
                if (counts is null)
                {
                    rows.Add(Row.Absent(OutcomesPointer + "/" + group, Label(groupField).Chinese, Label(groupField).English));
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
            FieldShape group = Outcomes.Field("otherProcessing")!;
            string pointer = OutcomesPointer + "/" + group.Name;
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
            return new[] { new Row(pointer + "/other", Label(group).Chinese, Label(group).English, x.Other) };
        }

        /// <summary>Every row of table 三 that exists in the report (absent groups as one row).</summary>
        public static IEnumerable<Row> AllRows(ApplicationTable t, AnnualReportFormat? format)
        {
            yield return NewlyReceived(t);
            yield return CarriedOver(t);
            if (t.Outcomes is null)
            {
                FieldShape outcomes = Table.Field("outcomes")!;
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

        private const string TablePointer = "/applications";

        private const string OutcomesPointer = TablePointer + "/outcomes";

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

        private static Row RowOf(ObjectShape shape, object owner, string name)
        {
            FieldShape field = shape.Field(name)!;
            string pointer = shape == Table ? TablePointer + "/" + name : OutcomesPointer + "/" + name;
            BilingualText label = Label(field);
            return new Row(pointer, label.Chinese, label.English, (ApplicantCounts?)field.ValueOf(owner));
        }

        private static Row SubRow(FieldShape group, FieldShape field, object counts)
        {
            BilingualText label = Label(field, group);
            return new Row(OutcomesPointer + "/" + group.Name + "/" + field.Name, label.Chinese, label.English, (ApplicantCounts?)field.ValueOf(counts));
        }

        /// <summary>A column of table 三.</summary>
        internal sealed class Column
        {
            public Column(string key, string chinese, string english, Func<ApplicantCounts, int?> get)
            {
                Key = key;
                Chinese = chinese;
                English = english;
                Get = get;
            }

            public string Key { get; }

            public string Chinese { get; }

            public string English { get; }

            public Func<ApplicantCounts, int?> Get { get; }
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

            public Cell CellOf(Column column) =>
                new Cell(JsonPointer.Append(Pointer, column.Key), Chinese + "·" + column.Chinese, English + ", " + column.English, Counts is null ? null : column.Get(Counts));
        }
    }
}
