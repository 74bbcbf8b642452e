using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Tests.Validation;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// The verdict on real published annual reports (政府信息公开工作年度报告), each transcribed faithfully in
    /// tests/RealDocuments/annual-reports with its source. A consistent report gets no error under
    /// <see cref="RuleSet.Standard"/>; a report found only in part gets errors only for the parts not found.
    /// </summary>
    public class AnnualReportCorpusTests
    {
        private const string Faithful = "Faithful transcription of the published text by the GovDisclosure.Standard team; blank cells kept blank.";

        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        private static readonly string[] NoTables = { "/proactiveDisclosure2021", "/applications", "/reviewAndLitigation", "/problemsAndImprovements", "/otherMatters" };

        private static readonly string[] NoApplications = { "/applications", "/reviewAndLitigation", "/problemsAndImprovements", "/otherMatters" };

        private static readonly string[] NoReview = { "/reviewAndLitigation", "/problemsAndImprovements", "/otherMatters" };

        /// <summary>Every document of the corpus: its level, and the sections our source did not hold (empty when the report was found whole).</summary>
        private static readonly IReadOnlyDictionary<string, (Level Level, string[] NotFound)> Corpus = new Dictionary<string, (Level, string[])>
        {
            ["shanghai-municipal-government-office-2019"] = (Level.ProvincialOrMunicipalDepartment, Array.Empty<string>()),
            ["pingtan-experimental-zone-2019"] = (Level.CityGovernment, Array.Empty<string>()),
            ["xiaogan-municipal-government-office-2020"] = (Level.ProvincialOrMunicipalDepartment, NoApplications),
            ["huaian-city-2024"] = (Level.CityGovernment, Array.Empty<string>()),
            ["hongze-district-2023"] = (Level.CountyGovernment, Array.Empty<string>()),
            ["hongze-district-2024"] = (Level.CountyGovernment, Array.Empty<string>()),
            ["guiyang-city-2021"] = (Level.CityGovernment, NoTables),
            ["hejiang-county-2022"] = (Level.CountyGovernment, NoTables),
            ["tongzi-county-2022"] = (Level.CountyGovernment, NoTables),
            ["xiangtan-county-market-regulation-2021"] = (Level.CountyDepartment, NoApplications),
            ["kaiyang-county-market-regulation-2020"] = (Level.CountyDepartment, NoApplications),
            ["daweili-town-qianan-2020"] = (Level.TownshipOrSubdistrict, NoReview),
            ["liangcheng-town-weishan-2020"] = (Level.TownshipOrSubdistrict, NoReview),
            ["zhongshan-subdistrict-qiaoxi-2021"] = (Level.TownshipOrSubdistrict, NoApplications),
            ["beiao-subdistrict-dongtou-2021"] = (Level.TownshipOrSubdistrict, NoApplications),
        };

        /// <summary>
        /// Whole reports whose published tables really break a rule, with the errors they get (rule at pointer): the 洪泽区
        /// reports print one row under 三(六) where the 2021 form has three (GD-AR-007), and the 2023 report's table 四
        /// prints totals of 0 beside outcomes of 10 + 1 (复议) and 5 (复议后起诉) (GD-AR-008).
        /// </summary>
        private static readonly IReadOnlyDictionary<string, string[]> RealErrors = new Dictionary<string, string[]>
        {
            ["hongze-district-2023"] = new[]
            {
                "GD-AR-007 at /applications/outcomes/otherProcessing/overdueCorrection",
                "GD-AR-007 at /applications/outcomes/otherProcessing/overdueFee",
                "GD-AR-008 at /reviewAndLitigation/administrativeReconsideration/total",
                "GD-AR-008 at /reviewAndLitigation/litigationAfterReconsideration/total",
            },
            ["hongze-district-2024"] = new[]
            {
                "GD-AR-007 at /applications/outcomes/otherProcessing/overdueCorrection",
                "GD-AR-007 at /applications/outcomes/otherProcessing/overdueFee",
            },
        };

        /// <summary>The level of government that publishes a report, as issue 11 asks the corpus to cover.</summary>
        public enum Level
        {
            /// <summary>A department of a provincial or municipal government.</summary>
            ProvincialOrMunicipalDepartment,

            /// <summary>A city government (设区的市).</summary>
            CityGovernment,

            /// <summary>A county government.</summary>
            CountyGovernment,

            /// <summary>A department of a county government.</summary>
            CountyDepartment,

            /// <summary>A township (乡、镇) or a 街道办事处.</summary>
            TownshipOrSubdistrict,
        }

        public static TheoryData<string> WholeReports() => Slugs(whole: true);

        public static TheoryData<string> WholeReportsWithRealErrors()
        {
            var data = new TheoryData<string>();
            foreach (string slug in RealErrors.Keys)
            {
                data.Add(slug);
            }

            return data;
        }

        public static TheoryData<string> ReportsFoundInPart() => Slugs(whole: false);

        [Theory]
        [MemberData(nameof(WholeReports))]
        public void A_consistent_published_report_gets_no_error(string slug)
        {
            IReadOnlyList<Finding> findings = Validate(slug);

            Assert.Empty(findings.Where(f => f.Severity == FindingSeverity.Error && !RealErrors.ContainsKey(slug)).Select(Describe));
        }

        [Theory]
        [MemberData(nameof(WholeReportsWithRealErrors))]
        public void A_published_report_that_breaks_the_form_gets_exactly_the_errors_it_has(string slug)
        {
            IEnumerable<string> errors = Validate(slug)
                .Where(f => f.Severity == FindingSeverity.Error)
                .Select(f => f.RuleId + " at " + f.Location.JsonPointer)
                .OrderBy(s => s, StringComparer.Ordinal);

            Assert.Equal(RealErrors[slug].OrderBy(s => s, StringComparer.Ordinal), errors);
        }

        [Fact]
        public void Hongze_2024_narrative_states_17_applications_where_the_table_gives_95()
        {
            Finding finding = Assert.Single(Validate("hongze-district-2024"), f => f.RuleId == "GD-AR-012");

            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Contains("17", finding.Message.English, StringComparison.Ordinal);
            Assert.Contains("95", finding.Message.English, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(ReportsFoundInPart))]
        public void A_report_found_only_in_part_gets_errors_only_for_the_sections_not_found(string slug)
        {
            IEnumerable<string> expected = Corpus[slug].NotFound
                .Select(pointer => (pointer.StartsWith("/proactiveDisclosure", StringComparison.Ordinal) ? "GD-AR-007" : "GD-AR-001") + " at " + pointer)
                .OrderBy(s => s, StringComparer.Ordinal);

            IEnumerable<string> errors = Validate(slug)
                .Where(f => f.Severity == FindingSeverity.Error)
                .Select(f => f.RuleId + " at " + f.Location.JsonPointer)
                .OrderBy(s => s, StringComparer.Ordinal);

            Assert.Equal(expected, errors);
        }

        /// <summary>
        /// 国办公开办函〔2021〕30号 asks section 六 to report "specifically" the information-processing fees collected: each
        /// whole 2021-format report of the corpus does (收取政府信息公开信息处理费 N 元), so GD-AR-013 is silent on them; the
        /// 2019-format reports say 无 there, which their form allows.
        /// </summary>
        [Theory]
        [MemberData(nameof(WholeReports))]
        public void Section_six_of_a_whole_report_says_what_its_form_asks(string slug)
        {
            AnnualReport report = Read(slug);

            Assert.DoesNotContain(Validate(slug), f => f.RuleId == "GD-AR-013" && f.Location.JsonPointer == "/otherMatters");
            Assert.Equal(report.Format == AnnualReportFormat.Format2021, report.OtherMatters!.Contains("信息处理费", StringComparison.Ordinal));
        }

        [Fact]
        public void Pingtan_2019_in_the_2019_form_is_read_cell_by_cell_and_holds_every_identity()
        {
            AnnualReport report = Read("pingtan-experimental-zone-2019");
            IReadOnlyList<Finding> findings = Validate("pingtan-experimental-zone-2019");

            Assert.Equal(AnnualReportFormat.Format2019, report.Format);
            ProactiveDisclosure2019 two = report.ProactiveDisclosure2019!;
            Assert.Equal(((int?)89, (int?)89, (int?)89), (two.NormativeDocuments!.NewlyMade, two.NormativeDocuments.NewlyPublished, two.NormativeDocuments.TotalPublished));
            Assert.Equal(((int?)396, (int?)0, (int?)181), (two.AdministrativeLicensing!.PreviousYearItems, two.AdministrativeLicensing.NetChange, two.AdministrativeLicensing.Decisions));
            Assert.Equal(((int?)2648, (int?)0, (int?)430), (two.AdministrativePenalties!.PreviousYearItems, two.AdministrativePenalties.NetChange, two.AdministrativePenalties.Decisions));
            Assert.Equal(((int?)126, (int?)0, (int?)25), (two.AdministrativeCompulsion!.PreviousYearItems, two.AdministrativeCompulsion.NetChange, two.AdministrativeCompulsion.Decisions));
            Assert.Equal("75394432.52元", two.CentralisedProcurement!.TotalAmount!.Text);
            Assert.Equal(23, report.Applications!.NewlyReceived!.Total);
            Assert.Equal(23, report.Applications.Outcomes!.Total!.Total);
            Assert.Empty(findings.Where(f => f.Severity >= FindingSeverity.Warning && f.RuleId.StartsWith("GD-AR-", StringComparison.Ordinal)).Select(Describe));
        }

        [Fact]
        public void Shanghai_2019_blanks_are_one_warning_per_table_and_its_blank_totals_are_named_at_their_cells()
        {
            IReadOnlyList<Finding> findings = Validate("shanghai-municipal-government-office-2019");
            string[] blankRowTotals =
            {
                "disclosed", "partiallyDisclosed", "withheld/stateSecret", "withheld/internalAffairs", "withheld/processInformation",
                "withheld/administrativeQuery", "unableToProvide/notHeld", "unableToProvide/needsCreation",
                "unableToProvide/unclearAfterCorrection", "notProcessed/petitionOrComplaint", "notProcessed/repeatedApplication",
            };

            Assert.Equal(new[] { "/applications", "/reviewAndLitigation" }, At(findings, "GD-AR-002", FindingSeverity.Warning));

            // 三(七) 总计 is 805 while every row total of 三(一)–(六) is blank: the blanks would have to hold 805.
            Assert.Equal(new[] { "/applications/outcomes/total/total" }, At(findings, "GD-AR-010", FindingSeverity.Warning));

            // Each row of 三 with written parts and a blank 总计 is named, with the sum of its parts.
            Assert.Equal(blankRowTotals.Select(row => $"/applications/outcomes/{row}/total").OrderBy(p => p, StringComparer.Ordinal), At(findings, "GD-AR-011", FindingSeverity.Information));
            Assert.Contains(findings, f => f.Location.JsonPointer == "/applications/outcomes/unableToProvide/notHeld/total" && f.Message.English.Contains("265", StringComparison.Ordinal));
        }

        [Fact]
        public void Shanghai_2019_procurement_amount_keeps_the_unit_it_was_written_in()
        {
            ReportAmount amount = Read("shanghai-municipal-government-office-2019").ProactiveDisclosure2019!.CentralisedProcurement!.TotalAmount!;

            Assert.Equal((251000m, ReportAmount.Yuan, "251000元"), (amount.Amount, amount.Unit, amount.Text));
            Assert.Equal(251000m, amount.InYuan);
        }

        [Fact]
        public void Shanghai_2019_tables_hold_the_numbers_its_narrative_contradicts()
        {
            AnnualReport report = Read("shanghai-municipal-government-office-2019");
            ApplicationOutcomes outcomes = report.Applications!.Outcomes!;

            // 一(二): "予以公开及部分公开258件" — the table's two rows hold 275 with the blanks read as 0.
            Assert.Equal(275, Sum(outcomes.Disclosed) + Sum(outcomes.PartiallyDisclosed));

            // 一(二): "无法提供265件" — the table's three rows hold 337; 265 is row (四)1 alone.
            UnableToProvideCounts unable = outcomes.UnableToProvide!;
            Assert.Equal(337, Sum(unable.NotHeld) + Sum(unable.NeedsCreation) + Sum(unable.UnclearAfterCorrection));
            Assert.Equal(265, Sum(unable.NotHeld));

            // 一(二): "不予公开35件", "不予处理158件", "答复805件", "受理859件" agree with the table.
            WithheldCounts withheld = outcomes.Withheld!;
            Assert.Equal(35, new[] { withheld.StateSecret, withheld.ProhibitedByLaw, withheld.EndangersSecurityOrStability, withheld.ThirdPartyInterests, withheld.InternalAffairs, withheld.ProcessInformation, withheld.EnforcementCaseFiles, withheld.AdministrativeQuery }.Sum(Sum));
            NotProcessedCounts notProcessed = outcomes.NotProcessed!;
            Assert.Equal(158, new[] { notProcessed.PetitionOrComplaint, notProcessed.RepeatedApplication, notProcessed.PublicationRequested, notProcessed.UnreasonableMassRequests, notProcessed.ConfirmationOrReissue }.Sum(Sum));
            Assert.Equal(805, outcomes.Total!.Total);
            Assert.Equal(859, report.Applications.NewlyReceived!.Total);

            // 一(二): "行政复议7件，诉讼9件，均获维持" — table 四 has three of them still pending.
            ReviewAndLitigationTable remedies = report.ReviewAndLitigation!;
            Assert.Equal((5, 2, 7), (remedies.AdministrativeReconsideration!.Upheld, remedies.AdministrativeReconsideration.Pending, remedies.AdministrativeReconsideration.Total));
            Assert.Equal((8, 1, 9), (remedies.LitigationWithoutReconsideration!.Upheld, remedies.LitigationWithoutReconsideration.Pending, remedies.LitigationWithoutReconsideration.Total));
        }

        [Fact]
        public void Every_transcription_states_its_source_and_is_listed_in_the_folder_readme()
        {
            string readme = File.ReadAllText(PathOf("README.md", folder: string.Empty));
            foreach (string slug in Corpus.Keys)
            {
                string source = File.ReadAllText(PathOf(slug + ".source.md"));
                Assert.Contains(Faithful, source, StringComparison.Ordinal);
                Assert.Contains("## Source", source, StringComparison.Ordinal);
                Assert.Contains("## What could not be found", source, StringComparison.Ordinal);
                Assert.Contains(slug, readme, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Corpus_holds_every_transcribed_report_and_covers_both_formats_and_every_level()
        {
            string[] files = Directory.GetFiles(PathOf(string.Empty), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).OrderBy(f => f, StringComparer.Ordinal).ToArray();

            Assert.Equal(Corpus.Keys.OrderBy(k => k, StringComparer.Ordinal), files);
            Assert.True(Corpus.Count >= 8);
            Assert.Equal(Enum.GetValues<Level>().OrderBy(l => l), Corpus.Values.Select(v => v.Level).Distinct().OrderBy(l => l));
            Assert.Equal(
                new[] { AnnualReportFormat.Format2019.Code, AnnualReportFormat.Format2021.Code },
                Corpus.Keys.Select(slug => Read(slug).Format!.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray());
        }

        private static TheoryData<string> Slugs(bool whole)
        {
            var data = new TheoryData<string>();
            foreach (KeyValuePair<string, (Level Level, string[] NotFound)> entry in Corpus.Where(e => (e.Value.NotFound.Length == 0) == whole))
            {
                data.Add(entry.Key);
            }

            return data;
        }

        private static IReadOnlyList<Finding> Validate(string slug) =>
            Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(File.ReadAllText(PathOf(slug + ".json")))).Findings;

        private static AnnualReport Read(string slug) =>
            (AnnualReport)Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(File.ReadAllText(PathOf(slug + ".json")))).Document!;

        private static int Sum(ApplicantCounts? row) =>
            row is null ? 0 : new[] { row.NaturalPerson, row.CommercialEnterprise, row.ResearchInstitution, row.PublicInterestOrganisation, row.LegalServiceAgency, row.OtherOrganisation }.Sum(v => v ?? 0);

        private static IEnumerable<string> At(IEnumerable<Finding> findings, string ruleId, FindingSeverity severity) =>
            findings.Where(f => f.RuleId == ruleId && f.Severity == severity).Select(f => f.Location.JsonPointer).OrderBy(p => p, StringComparer.Ordinal);

        private static string Describe(Finding f) => $"{f.RuleId} {f.Severity} at {f.Location.JsonPointer}: {f.Message.English}";

        private static string PathOf(string file, string folder = "annual-reports") =>
            Path.Combine(AppContext.BaseDirectory, "RealDocuments", folder, file);
    }
}
