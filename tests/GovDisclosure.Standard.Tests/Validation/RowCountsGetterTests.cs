using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.AnnualReports;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A row of table 三 read through its composed typed getter (<see cref="RowCountsGetter"/>, what
    /// <see cref="ReportLayout"/> gives each row) is the row read by following its pointer field by field through the
    /// catalogue (<see cref="FieldShape.ValueOf"/>, what the layout did before): the same counts object, or <c>null</c>
    /// where the row or a group on its way is absent.
    /// </summary>
    public class RowCountsGetterTests
    {
        private static readonly string TablePrefix = ReportCells.Applications + "/";

        [Property(MaxTest = 500)]
        public Property Every_row_of_a_layout_reads_the_counts_its_pointer_leads_to()
        {
            return Prop.ForAll(ReportLayoutTests.Reports.ToArbitrary(), report =>
            {
                ReportLayout layout = ReportLayout.Of(report);
                ApplicationTable? table = report.Applications;
                if (table is null)
                {
                    return layout.Rows.Count == 0;
                }

                bool same = true;
                for (int r = 0; same && r < layout.Rows.Count; r++)
                {
                    ReportLayout.RowSlot row = layout.Rows[r];
                    (bool counts, ApplicantCounts? walked) = Walked(table, row.Pointer);
                    same = counts ? row.Get != null && ReferenceEquals(row.Get(table), walked) : row.Get is null;
                }

                return same;
            });
        }

        [Fact]
        public void A_path_of_one_two_or_three_fields_stops_at_the_first_absent_part()
        {
            var counts = new ApplicantCounts { Total = 3 };
            var table = new ApplicationTable
            {
                NewlyReceived = counts,
                Outcomes = new ApplicationOutcomes { Disclosed = counts, Withheld = new WithheldCounts { StateSecret = counts } },
            };

            Assert.Same(counts, RowCountsGetter.Of(Path("newlyReceived"))(table));
            Assert.Same(counts, RowCountsGetter.Of(Path("outcomes", "disclosed"))(table));
            Assert.Same(counts, RowCountsGetter.Of(Path("outcomes", "withheld", "stateSecret"))(table));
            Assert.Null(RowCountsGetter.Of(Path("outcomes", "unableToProvide", "notHeld"))(table));
            Assert.Null(RowCountsGetter.Of(Path("outcomes", "disclosed"))(new ApplicationTable()));
            Assert.Null(RowCountsGetter.Of(Path("outcomes", "withheld", "stateSecret"))(new ApplicationTable()));
            Assert.Null(RowCountsGetter.Of(Path("carriedOver"))(table));
        }

        /// <summary>The fields named, from <see cref="ApplicationTable"/> on, as the layout finds them.</summary>
        private static FieldShape[] Path(params string[] names)
        {
            var path = new FieldShape[names.Length];
            Type type = typeof(ApplicationTable);
            for (int i = 0; i < names.Length; i++)
            {
                path[i] = DocumentShapes.Of(type)!.Field(names[i])!;
                type = Nullable.GetUnderlyingType(path[i].ValueType) ?? path[i].ValueType;
            }

            return path;
        }

        /// <summary>The oracle: whether <paramref name="pointer"/> leads to a row of counts, and the counts it leads to, walked field by field.</summary>
        private static (bool Counts, ApplicantCounts? Value) Walked(ApplicationTable table, string pointer)
        {
            if (!pointer.StartsWith(TablePrefix, StringComparison.Ordinal))
            {
                return (false, null);
            }

            object? at = table;
            Type type = typeof(ApplicationTable);
            foreach (string name in pointer.Substring(TablePrefix.Length).Split('/'))
            {
                FieldShape? field = DocumentShapes.Of(type)?.Field(name);
                if (field is null)
                {
                    return (false, null);
                }

                at = at is null ? null : field.ValueOf(at);
                type = Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
            }

            return type == typeof(ApplicantCounts) ? (true, (ApplicantCounts?)at) : (false, null);
        }
    }
}
