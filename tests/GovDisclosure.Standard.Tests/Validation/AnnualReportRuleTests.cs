using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation;
using static GovDisclosure.Standard.Tests.Validation.Samples;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class AnnualReportRuleTests
    {
        private static readonly string[] SumRules = { "GD-AR-004", "GD-AR-005", "GD-AR-006", "GD-AR-008" };

        private static readonly Gen<int[]> Numbers = Gen.Choose(0, 40).ArrayOf(ConsistentReports.NumbersNeeded);

        private static readonly Gen<AnnualReportFormat> Formats = Gen.Elements(AnnualReportFormat.Format2019, AnnualReportFormat.Format2021);

        private static AnnualReport Report(AnnualReportFormat format) =>
            ConsistentReports.Build(Enumerable.Range(1, ConsistentReports.NumbersNeeded).Select(i => i * 7 % 13).ToArray(), format);

        [Property]
        public Property Generated_consistent_reports_of_both_formats_have_no_findings()
        {
            return Prop.ForAll(Numbers.ToArbitrary(), Formats.ToArbitrary(), (numbers, format) =>
                    Validator.Validate(ConsistentReports.Build(numbers, format)).Count == 0);
        }

        [Property]
        public Property Changing_any_one_cell_yields_a_finding_that_names_a_sum_containing_it()
        {
            Gen<(int Pick, int Delta)> changes = from pick in Gen.Choose(0, 10_000) from delta in Gen.Choose(1, 9) select (pick, delta);
            return Prop.ForAll(Numbers.ToArbitrary(), Formats.ToArbitrary(), changes.ToArbitrary(), (numbers, format, change) =>
                {
                    (int pick, int delta) = change;
                    JsonObject json = JsonNode.Parse(CanonicalJson.Serialize(ConsistentReports.Build(numbers, format)))!.AsObject();
                    List<(string Pointer, JsonValue Value)> cells = NumericLeaves(json["applications"]!, "/applications")
                        .Concat(NumericLeaves(json["reviewAndLitigation"]!, "/reviewAndLitigation"))
                        .ToList();
                    (string pointer, JsonValue value) = cells[pick % cells.Count];
                    value.ReplaceWith(JsonValue.Create(value.GetValue<int>() + delta));
                    RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(json.ToJsonString()));
                    return result.Findings.Any(f => SumRules.Contains(f.RuleId)
                        && (f.Location.JsonPointer == pointer || f.Message.English.Contains(pointer + ",") || f.Message.English.Contains(pointer + ")")));
                });
        }

        [Fact]
        public void Negative_count_is_reported_but_a_negative_net_change_is_not()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2019);
            AnnualReport negativeChange = report with { ProactiveDisclosure2019 = report.ProactiveDisclosure2019! with { AdministrativeFees = new FeeItemCounts2019 { PreviousYearItems = 3, NetChange = -2 } } };
            AnnualReport negativeCount = report with { ProactiveDisclosure2019 = report.ProactiveDisclosure2019! with { AdministrativeFees = new FeeItemCounts2019 { PreviousYearItems = -3, NetChange = 2 } } };

            Assert.Empty(Ids(negativeChange));
            Finding finding = Assert.Single(Of(negativeCount, "GD-AR-003"));
            Assert.Equal("/proactiveDisclosure2019/administrativeFees/previousYearItems", finding.Location.JsonPointer);
        }

        [Fact]
        public void Row_total_that_does_not_add_up_is_reported_at_the_total_with_both_sides()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2021);
            ApplicantCounts disclosed = report.Applications!.Outcomes!.Disclosed!;
            report = report with { Applications = report.Applications with { Outcomes = report.Applications.Outcomes with { Disclosed = disclosed with { Total = disclosed.Total + 1 } } } };

            Finding row = Assert.Single(Of(report, "GD-AR-005"));
            Assert.Equal("/applications/outcomes/disclosed/total", row.Location.JsonPointer);
            Assert.Contains((disclosed.Total!.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row.Message.Chinese);
            Assert.Contains(disclosed.Total!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Message.Chinese);
            Finding column = Assert.Single(Of(report, "GD-AR-006"));
            Assert.Equal("/applications/outcomes/total/total", column.Location.JsonPointer);
            Assert.Contains("/applications/outcomes/disclosed/total", column.Message.English);
        }

        [Fact]
        public void Remedy_group_total_must_add_up()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2021);
            report = report with { ReviewAndLitigation = report.ReviewAndLitigation! with { AdministrativeReconsideration = new RemedyOutcomeCounts { Upheld = 1, Corrected = 1, Other = 0, Pending = 1, Total = 2 } } };

            Finding finding = Assert.Single(Validator.Validate(report));
            Assert.Equal(("GD-AR-008", "/reviewAndLitigation/administrativeReconsideration/total"), (finding.RuleId, finding.Location.JsonPointer));
            Assert.Contains("行政复议", finding.Message.Chinese);
        }

        [Fact]
        public void Missing_header_and_sections_are_reported()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2021) with { AgencyName = null, ProblemsAndImprovements = "" };

            Assert.Equal(new[] { "/agencyName", "/problemsAndImprovements" }, Of(report, "GD-AR-001").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Report_in_the_2021_format_needs_its_table_and_the_three_other_processing_rows()
        {
            AnnualReport report = Report(AnnualReportFormat.Format2021);
            OtherProcessingCounts other = report.Applications!.Outcomes!.OtherProcessing!;
            AnnualReport broken = report with
            {
                ProactiveDisclosure2021 = null,
                Applications = report.Applications with { Outcomes = report.Applications.Outcomes with { OtherProcessing = other with { OverdueFee = null } } },
            };

            Assert.Equal(new[] { "/proactiveDisclosure2021", "/applications/outcomes/otherProcessing/overdueFee" }, Of(broken, "GD-AR-007").Select(f => f.Location.JsonPointer));
            Assert.Empty(Of(broken, "GD-AR-002"));
        }

        [Fact]
        public void Report_whose_format_does_not_fit_its_year_or_its_tables_is_reported()
        {
            AnnualReport report2019 = Report(AnnualReportFormat.Format2019);

            Assert.Equal(new[] { "/format" }, Of(report2019 with { Year = 2022 }, "GD-AR-007").Select(f => f.Location.JsonPointer));
            Assert.Equal(new[] { "/proactiveDisclosure2021" }, Of(report2019 with { ProactiveDisclosure2021 = new ProactiveDisclosure2021 { LicensingDecisions = 1, PenaltyDecisions = 0, CompulsionDecisions = 0, FeeAmountTenThousandYuan = 0, Rules = new DocumentCounts2021 { Issued = 0, Repealed = 0, InForce = 0 }, NormativeDocuments = new DocumentCounts2021 { Issued = 0, Repealed = 0, InForce = 0 } } }, "GD-AR-007").Select(f => f.Location.JsonPointer));
        }

        [Fact]
        public void Consecutive_years_must_carry_forward_what_they_carried_over()
        {
            AnnualReport year2023 = Report(AnnualReportFormat.Format2021);
            AnnualReport year2024 = year2023 with { Year = 2024, PublishedOn = new CalendarDate(2025, 1, 20) };
            bool same = year2023.Applications!.CarriedForward == year2024.Applications!.CarriedOver;

            IReadOnlyList<Finding> findings = AnnualReportContinuity.Check(year2023, year2024);

            Assert.Equal(same, findings.Count == 0);
            Assert.All(findings, f => Assert.StartsWith("/applications/carriedOver/", f.Location.JsonPointer));
            AnnualReport matching = year2024 with { Applications = year2024.Applications with { CarriedOver = year2023.Applications.CarriedForward } };
            Assert.Empty(AnnualReportContinuity.Check(year2023, matching));
        }

        [Fact]
        public void Stream_checks_continuity_between_reports_of_the_same_agency_in_either_order()
        {
            AnnualReport year2023 = Report(AnnualReportFormat.Format2021);
            AnnualReport year2024 = year2023 with { Year = 2024, PublishedOn = new CalendarDate(2025, 1, 20) };
            ApplicantCounts over = ConsistentReports.WithTotal(year2023.Applications!.CarriedForward! with { NaturalPerson = year2023.Applications.CarriedForward!.NaturalPerson + 1 });
            year2024 = year2024 with { Applications = Rebalanced(year2024.Applications!, over) };
            AnnualReport otherAgency = year2023 with { AgencyName = "某县财政局" };
            SourceRecord Rec(AnnualReport r, int n) => Records.Json(CanonicalJson.Serialize(r), n);

            RecordValidation[] forward = Validator.Validate(DocumentKind.AnnualReport, new[] { Rec(year2023, 1), Rec(otherAgency, 2), Rec(year2024, 3) }).ToArray();
            RecordValidation[] backward = Validator.Validate(DocumentKind.AnnualReport, new[] { Rec(year2024, 1), Rec(year2023, 2) }).ToArray();

            Assert.Empty(forward[0].Findings);
            Assert.Empty(forward[1].Findings);
            Assert.Equal(
                new[] { ("GD-AR-009", "/applications/carriedOver/naturalPerson", 3L), ("GD-AR-009", "/applications/carriedOver/total", 3L) },
                forward[2].Findings.Where(f => f.RuleId == "GD-AR-009").Select(f => (f.RuleId, f.Location.JsonPointer, f.Location.RecordNumber ?? 0)));
            Assert.Empty(backward[0].Findings);
            Assert.Equal(
                new[] { "/applications/carriedForward/naturalPerson", "/applications/carriedForward/total" },
                backward[1].Findings.Where(f => f.RuleId == "GD-AR-009").Select(f => f.Location.JsonPointer));
            Assert.DoesNotContain(new DisclosureValidator(RuleSet.Standard.Without("GD-AR-009")).Validate(DocumentKind.AnnualReport, new[] { Rec(year2023, 1), Rec(year2024, 2) }).SelectMany(r => r.Findings), f => f.RuleId == "GD-AR-009");
        }

        private static ApplicationTable Rebalanced(ApplicationTable t, ApplicantCounts carriedOver)
        {
            ApplicantCounts h = t.Outcomes!.Total!;
            ApplicantCounts f = t.CarriedForward!;
            ApplicantCounts received = ConsistentReports.WithTotal(new ApplicantCounts
            {
                NaturalPerson = h.NaturalPerson + f.NaturalPerson - carriedOver.NaturalPerson,
                CommercialEnterprise = h.CommercialEnterprise + f.CommercialEnterprise - carriedOver.CommercialEnterprise,
                ResearchInstitution = h.ResearchInstitution + f.ResearchInstitution - carriedOver.ResearchInstitution,
                PublicInterestOrganisation = h.PublicInterestOrganisation + f.PublicInterestOrganisation - carriedOver.PublicInterestOrganisation,
                LegalServiceAgency = h.LegalServiceAgency + f.LegalServiceAgency - carriedOver.LegalServiceAgency,
                OtherOrganisation = h.OtherOrganisation + f.OtherOrganisation - carriedOver.OtherOrganisation,
            });
            return t with { CarriedOver = carriedOver, NewlyReceived = received };
        }

        private static IEnumerable<(string, JsonValue)> NumericLeaves(JsonNode node, string pointer)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (KeyValuePair<string, JsonNode?> member in obj.ToArray())
                    {
                        foreach (var leaf in NumericLeaves(member.Value!, pointer + "/" + member.Key))
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
