using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation;
using static GovDisclosure.Standard.Tests.Validation.Samples;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// Blank cells: neither form (国办公开办函〔2019〕60号, 〔2021〕30号) forbids one, and official reports
    /// leave cells blank where the value is 0. A blank is never an error; sums are checked as far as
    /// their written cells allow.
    /// </summary>
    public class AnnualReportBlankCellTests
    {
        private static readonly string[] SumRules = { "GD-AR-004", "GD-AR-005", "GD-AR-006", "GD-AR-008" };

        /// <summary>Numbers with many zeros, as real reports have.</summary>
        private static readonly Gen<int[]> Numbers = Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 40))).ArrayOf(ConsistentReports.NumbersNeeded);

        private static readonly Gen<AnnualReportFormat> Formats = Gen.Elements(AnnualReportFormat.Format2019, AnnualReportFormat.Format2021);

        private static readonly Gen<bool[]> Masks = Gen.Elements(true, false).ArrayOf(400);

        private static readonly string[] Tables = { "/proactiveDisclosure2019", "/proactiveDisclosure2021", "/applications", "/reviewAndLitigation" };

        private static AnnualReport Report(AnnualReportFormat format) =>
            ConsistentReports.Build(Enumerable.Range(1, ConsistentReports.NumbersNeeded).Select(i => i * 7 % 13).ToArray(), format);

        [Property]
        public Property Consistent_report_with_random_zero_cells_left_blank_has_no_error_and_one_blank_cell_warning_per_table()
        {
            return Prop.ForAll(Numbers.ToArbitrary(), Formats.ToArbitrary(), Masks.ToArbitrary(), (numbers, format, mask) =>
                {
                    JsonObject json = Json(ConsistentReports.Build(numbers, format));
                    List<string> blanked = BlankZeros(json, mask, keep: null);
                    IReadOnlyList<Finding> findings = Validate(json).Findings;
                    bool noError = findings.All(f => f.Severity != FindingSeverity.Error);
                    bool onlyBlankWarnings = findings.All(f => f.RuleId == "GD-AR-002");
                    bool oncePerTable = findings.Select(f => f.Location.JsonPointer).Distinct().Count() == findings.Count;
                    bool everyBlankListed = blanked.All(p => findings.SelectMany(f => f.RelatedLocations).Any(l => l.JsonPointer == p));
                    return (noError && onlyBlankWarnings && oncePerTable && everyBlankListed).Label(string.Join(" | ", findings.Select(f => f.RuleId + " " + f.Message.English)));
                });
        }

        [Property]
        public Property Imbalance_among_written_cells_is_always_an_error_whatever_else_is_blank()
        {
            Gen<(int Row, int Column, int Delta, bool[] Mask)> changes = from row in Gen.Choose(0, 10_000) from column in Gen.Choose(0, 6) from delta in Gen.Choose(1, 9) from mask in Masks select (row, column, delta, mask);
            return Prop.ForAll(Numbers.ToArbitrary(), Formats.ToArbitrary(), changes.ToArbitrary(), (numbers, format, change) =>
                {
                    bool[] mask = change.Mask;
                    JsonObject json = Json(ConsistentReports.Build(numbers, format));
                    List<string> rows = Leaves(json["applications"]!, "/applications").Select(l => l.Pointer).Where(p => p.EndsWith("/total")).Select(p => p[..p.LastIndexOf('/')]).ToList();
                    string row = rows[change.Row % rows.Count];
                    BlankZeros(json, mask, keep: row + "/");
                    (string pointer, JsonValue value) = Leaves(json["applications"]!, "/applications").Where(l => l.Pointer.StartsWith(row + "/")).ElementAt(change.Column);
                    value.ReplaceWith(JsonValue.Create(value.GetValue<int>() + change.Delta));
                    IReadOnlyList<Finding> findings = Validate(json).Findings;
                    return findings.Any(f => f.Severity == FindingSeverity.Error && SumRules.Contains(f.RuleId)
                        && (f.Location.JsonPointer == pointer || f.Message.English.Contains(pointer + ",") || f.Message.English.Contains(pointer + ")")));
                });
        }

        [Fact]
        public void Blank_cells_of_a_table_are_one_warning_listing_every_blank_cell()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2021);
            RemedyOutcomeCounts zeros = new RemedyOutcomeCounts { Upheld = 0, Corrected = 0, Other = 0, Pending = 0, Total = 0 };
            report = report with { ReviewAndLitigation = new ReviewAndLitigationTable { AdministrativeReconsideration = zeros with { Upheld = null, Total = null }, LitigationWithoutReconsideration = zeros with { Pending = null }, LitigationAfterReconsideration = null } };

            Finding finding = Assert.Single(Validator.Validate(report));
            Assert.Equal(("GD-AR-002", FindingSeverity.Warning, "/reviewAndLitigation"), (finding.RuleId, finding.Severity, finding.Location.JsonPointer));
            Assert.Equal(
                new[] { "/reviewAndLitigation/administrativeReconsideration/upheld", "/reviewAndLitigation/administrativeReconsideration/total", "/reviewAndLitigation/litigationWithoutReconsideration/pending", "/reviewAndLitigation/litigationAfterReconsideration" },
                finding.RelatedLocations.Select(l => l.JsonPointer));
            Assert.Contains("4", finding.Message.Chinese);
        }

        [Fact]
        public void Written_parts_that_already_exceed_the_written_total_are_an_error()
        {
            Finding finding = Assert.Single(Of(WithReconsideration(new RemedyOutcomeCounts { Upheld = 3, Corrected = null, Other = 2, Pending = null, Total = 4 }), "GD-AR-008"));

            Assert.Equal((FindingSeverity.Error, "/reviewAndLitigation/administrativeReconsideration/total"), (finding.Severity, finding.Location.JsonPointer));
            Assert.Contains("空白", finding.Message.Chinese);
        }

        [Fact]
        public void Sum_that_holds_with_its_blanks_read_as_0_has_no_finding_but_the_blank_cell_warning()
        {
            AnnualReport report = WithReconsideration(new RemedyOutcomeCounts { Upheld = 3, Corrected = null, Other = 2, Pending = null, Total = 5 });

            Assert.Equal(new[] { "GD-AR-002" }, Ids(report));
        }

        [Fact]
        public void Blank_total_of_written_parts_is_information()
        {
            AnnualReport report = WithReconsideration(new RemedyOutcomeCounts { Upheld = 3, Corrected = 0, Other = 2, Pending = 0, Total = null });

            Finding finding = Assert.Single(Of(report, "GD-AR-011"));
            Assert.Equal((FindingSeverity.Information, "/reviewAndLitigation/administrativeReconsideration/total"), (finding.Severity, finding.Location.JsonPointer));
            Assert.Contains("5", finding.Message.Chinese);
            Assert.Empty(Of(report, "GD-AR-008"));
        }

        [Fact]
        public void Blanks_that_would_have_to_hold_a_difference_are_a_warning_naming_it()
        {
            AnnualReport report = WithReconsideration(new RemedyOutcomeCounts { Upheld = 3, Corrected = null, Other = 2, Pending = null, Total = 12 });

            Finding finding = Assert.Single(Of(report, "GD-AR-010"));
            Assert.Equal((FindingSeverity.Warning, "/reviewAndLitigation/administrativeReconsideration/total"), (finding.Severity, finding.Location.JsonPointer));
            Assert.Contains("7", finding.Message.Chinese);
            Assert.Contains("结果纠正", finding.Message.Chinese);
            Assert.Empty(Of(report, "GD-AR-008"));
        }

        [Fact]
        public void Blank_row_of_table_three_is_listed_as_blank_not_reported_as_a_broken_sum()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2019);
            report = report with { Applications = report.Applications! with { Outcomes = report.Applications.Outcomes! with { Withheld = null } } };

            Assert.DoesNotContain(Validator.Validate(report), f => f.Severity == FindingSeverity.Error);
            Assert.Contains(Of(report, "GD-AR-002").Single().RelatedLocations, l => l.JsonPointer == "/applications/outcomes/withheld");
        }

        private static AnnualReport WithReconsideration(RemedyOutcomeCounts counts)
        {
            AnnualReport report = Report(AnnualReportFormat.Format2021);
            return report with { ReviewAndLitigation = report.ReviewAndLitigation! with { AdministrativeReconsideration = counts } };
        }

        private static JsonObject Json(AnnualReport report) => JsonNode.Parse(CanonicalJson.Serialize(report))!.AsObject();

        private static RecordValidation Validate(JsonObject json) => Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(json.ToJsonString()));

        /// <summary>Blanks (sets to null) the cells written as 0 that the mask picks, outside <paramref name="keep"/>; returns their pointers.</summary>
        private static List<string> BlankZeros(JsonObject json, bool[] mask, string? keep)
        {
            var blanked = new List<string>();
            int i = 0;
            foreach (string table in Tables)
            {
                if (json[table.Substring(1)] is not JsonNode node)
                {
                    continue;
                }

                foreach ((string pointer, JsonValue value) in Leaves(node, table).ToList())
                {
                    bool pick = mask[i++ % mask.Length];
                    if (pick && value.GetValue<int>() == 0 && (keep is null || !pointer.StartsWith(keep)))
                    {
                        value.ReplaceWith<JsonNode?>(null);
                        blanked.Add(pointer);
                    }
                }
            }

            return blanked;
        }

        private static IEnumerable<(string Pointer, JsonValue Value)> Leaves(JsonNode node, string pointer)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> member in obj.ToArray())
                    {
                        if (member.Value is null)
                        {
                            continue;
                        }

                        foreach (var leaf in Leaves(member.Value, pointer + "/" + member.Key))
                        {
                            yield return leaf;
                        }
                    }

                    break;
                case JsonValue value when value.TryGetValue(out int _):
                    yield return (pointer, value);
                    break;
            }
        }
    }
}
