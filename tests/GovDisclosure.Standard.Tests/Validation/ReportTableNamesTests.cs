using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// The names of the rows and cells of tables 三 and 四 that <see cref="ReportTable"/> works out once and keeps (by shape
    /// and name, by group and field, by row and column) are the names the field catalogue gives them, whichever report first
    /// asked and in whatever order the rows and cells are asked for: a kept name is never another row's or column's.
    /// </summary>
    public class ReportTableNamesTests
    {
        [Theory]
        [InlineData("annual-report-2021-broken.json", "annual-report-2019.json")]
        [InlineData("annual-report-2019.json", "annual-report-2021-broken.json")]
        public void A_blank_cell_of_三六_is_named_after_its_own_forms_row_whichever_form_came_first(string first, string second)
        {
            // The 2019 form's one row 其他处理 and the 2021 form's third row 3. 其他 are at one pointer: each report's blank
            // cell there is named as its own form prints it, not as the form of the report checked before it.
            var validator = new DisclosureValidator();
            foreach (string sample in new[] { first, second })
            {
                JsonObject report = (JsonObject)JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("samples", "data", sample)))!;
                report["applications"]!["outcomes"]!["otherProcessing"]!["other"]!.AsObject().Remove("naturalPerson");
                using JsonDocument document = JsonDocument.Parse(report.ToJsonString());
                var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = sample });

                string format = report["format"]!.GetValue<string>();
                string cell = format == "format2019" ? "三（六）其他处理·自然人" : "三（六）3.其他·自然人";
                string otherForms = format == "format2019" ? "三（六）3.其他·自然人" : "三（六）其他处理·自然人";
                Finding blanks = Assert.Single(validator.ValidateRecord(DocumentKind.AnnualReport, record).Findings, f => f.RuleId == "GD-AR-002");
                string named = blanks.Arguments.Single(a => a.Name == "cells").Value.Chinese;
                Assert.Contains(cell, named);
                Assert.DoesNotContain(otherForms, named);
            }
        }

        [Property(MaxTest = 300)]
        public Property Every_row_and_cell_of_table_III_is_named_from_its_row_and_column()
        {
            Gen<(AnnualReport Report, int[] Order)> cases =
                from report in ReportLayoutTests.Reports
                from order in Gen.Choose(0, 1000).ArrayOf(ReportTable.Columns.Count)
                select (report, order);
            return Prop.ForAll(cases.ToArbitrary(), c =>
            {
                if (c.Report.Applications is null)
                {
                    return true;
                }

                List<ReportTable.Row> rows = ReportTable.AllRows(c.Report.Applications, c.Report.Format).ToList();
                int[] columns = Enumerable.Range(0, ReportTable.Columns.Count).OrderBy(i => c.Order[i]).ToArray();
                bool named = rows.Select(r => r.Pointer).Distinct().Count() == rows.Count;
                foreach (ReportTable.Row row in rows.AsEnumerable().Reverse())
                {
                    named &= row.Pointer.StartsWith(ReportCells.Applications + "/", System.StringComparison.Ordinal);
                    foreach (int i in columns)
                    {
                        ReportTable.Column column = ReportTable.Columns[i];
                        Cell cell = row.CellOf(column);
                        named &= cell.Pointer == JsonPointer.Append(row.Pointer, column.Key)
                            && cell.Chinese == row.Chinese + "·" + column.Chinese
                            && cell.English == row.English + ", " + column.English
                            && cell.Value == (row.Counts is null ? null : column.Get(row.Counts));
                    }
                }

                return named;
            });
        }

        [Fact]
        public void The_rows_of_table_III_are_named_by_their_fields_in_the_catalogue()
        {
            var report = new ApplicationTable
            {
                NewlyReceived = new ApplicantCounts(),
                CarriedOver = new ApplicantCounts(),
                CarriedForward = new ApplicantCounts(),
                Outcomes = new ApplicationOutcomes
                {
                    Disclosed = new ApplicantCounts(),
                    Withheld = new WithheldCounts(),
                    Total = new ApplicantCounts(),
                },
            };

            FieldShape newly = FieldPaths.Of<ApplicationTable>(nameof(ApplicationTable.NewlyReceived)).Field;
            FieldShape withheld = FieldPaths.Of<ApplicationOutcomes>(nameof(ApplicationOutcomes.Withheld)).Field;
            FieldShape secret = FieldPaths.Of<WithheldCounts>(nameof(WithheldCounts.StateSecret)).Field;
            string outcomes = FieldPaths.Of<AnnualReport>(nameof(AnnualReport.Applications), nameof(ApplicationTable.Outcomes)).Pointer;

            ReportTable.Row row = ReportTable.NewlyReceived(report);
            Assert.Equal(JsonPointer.Append(ReportCells.Applications, newly.Name), row.Pointer);
            Assert.Equal(ReportTable.Label(newly).Chinese, row.Chinese);
            Assert.Equal(ReportTable.Label(newly).English, row.English);

            ReportTable.Row sub = ReportTable.OutcomeParts(report.Outcomes, AnnualReportFormat.Format2021).Single(r => r.Pointer.Contains("/" + secret.Name));
            Assert.Equal(JsonPointer.Append(JsonPointer.Append(outcomes, withheld.Name), secret.Name), sub.Pointer);
            Assert.Equal(ReportTable.Label(secret, withheld).Chinese, sub.Chinese);
            Assert.Equal(ReportTable.Label(secret, withheld).English, sub.English);
        }

        [Fact]
        public void The_groups_and_cells_of_table_IV_are_the_catalogues_fields_in_order()
        {
            IReadOnlyList<FieldShape> groups = DocumentShapes.Of(typeof(ReviewAndLitigationTable))!.Fields;
            IReadOnlyList<FieldShape> cells = DocumentShapes.Of(typeof(RemedyOutcomeCounts))!.Fields;
            Assert.Equal(groups.Select(f => (f.Name, f.Title.Chinese, f.Title.English)), ReportTable.RemedyGroups.Select(g => (g.Key, g.Chinese, g.English)));
            Assert.Equal(cells.Select(f => (f.Name, f.Title.Chinese, f.Title.English)), ReportTable.RemedyCells.Select(c => (c.Key, c.Chinese, c.English)));

            var counts = new RemedyOutcomeCounts { Upheld = 1, Corrected = 2, Other = 3, Pending = 4, Total = 10 };
            var table = new ReviewAndLitigationTable { LitigationWithoutReconsideration = counts };
            for (int g = 0; g < groups.Count; g++)
            {
                Assert.Same(groups[g].ValueOf(table), ReportTable.RemedyGroups[g].Get(table));
                for (int c = 0; c < cells.Count; c++)
                {
                    Assert.Equal((int?)cells[c].ValueOf(counts), ReportTable.RemedyCells[c].Get(counts));
                    string group = JsonPointer.Append(ReportCells.Remedies, groups[g].Name);
                    Assert.Equal(
                        (JsonPointer.Append(group, cells[c].Name), ReportCells.Prefix.Chinese + groups[g].Title.Chinese + "·" + cells[c].Title.Chinese, ReportCells.Prefix.English + groups[g].Title.English + ", " + cells[c].Title.English),
                        ReportCells.RemedyCell(g, c));
                }
            }
        }
    }
}
