using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Reporting.Comparison;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>A comparison, run from a caller's stream as a portal would, written in every report format.</summary>
    public sealed class ComparisonReportWriterTests
    {
        private static ComparisonReport Gaizhou()
        {
            byte[] bytes = File.ReadAllBytes(RepositoryFiles.PathOf("tests", "RealDocuments", "catalogues", "gaizhou-social-assistance.csv"));
            using var upload = new MemoryStream(bytes);
            return ComparisonRun.CompareWithStandard(
                ValidationSource.FromStream(upload, "gaizhou-social-assistance.csv"),
                new CatalogueComparisonOptions { Domain = PilotDomain.Parse("socialAssistance") });
        }

        private static string Write(ComparisonReport report, ReportFormat format, string language = "zh")
        {
            using var output = new MemoryStream();
            ComparisonReportWriter.Write(report, format, output, language, FindingSeverity.Warning);
            return Encoding.UTF8.GetString(output.ToArray());
        }

        [Fact]
        public void A_catalogue_read_from_a_stream_gives_the_coverage_counts_and_findings_located_in_it()
        {
            ComparisonReport report = Gaizhou();

            var domain = Assert.Single(report.Catalogues);
            Assert.Equal((2, 10, 0, 2), (domain.Matched, domain.Missing, domain.Added, domain.Weakened));
            Assert.Equal(12, report.Findings.Count);
            Assert.All(report.Findings.Where(f => f.RuleId == "GD-CMP-002"), f => Assert.Equal("gaizhou-social-assistance.csv", f.Location.File));
            Assert.Equal(1, report.ExitCode(FindingSeverity.Warning));
        }

        [Fact]
        public void Json_gives_the_table_every_finding_with_its_related_location_and_the_exit_code()
        {
            using JsonDocument json = JsonDocument.Parse(Write(Gaizhou(), ReportFormat.Json));

            Assert.Equal("catalogueWithStandard", json.RootElement.GetProperty("kind").GetString());
            Assert.Equal(10, json.RootElement.GetProperty("domains")[0].GetProperty("missing").GetInt32());
            JsonElement[] findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(12, findings.Length);
            Assert.All(findings, f => Assert.StartsWith("catalog/domains/socialAssistance.catalog.json", f.GetProperty("relatedLocations")[0].GetProperty("file").GetString()));
            Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public void Sarif_has_one_result_per_finding_with_the_other_side_as_a_related_location()
        {
            using JsonDocument sarif = JsonDocument.Parse(Write(Gaizhou(), ReportFormat.Sarif));

            JsonElement run = sarif.RootElement.GetProperty("runs")[0];
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            string[] ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
            Assert.Contains("GD-CMP-001", ruleIds);
            Assert.Contains("GD-CMP-010", ruleIds);
            JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
            Assert.Equal(12, results.Length);
            Assert.All(results, r => Assert.Equal(1, r.GetProperty("relatedLocations").GetArrayLength()));
            Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), ruleIds[r.GetProperty("ruleIndex").GetInt32()]));
            Assert.Equal(1, run.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public void Html_is_one_page_without_script_showing_the_table_and_each_finding_with_both_locations()
        {
            string html = Write(Gaizhou(), ReportFormat.Html, "en");

            Assert.Contains("default-src 'none'", html);
            Assert.DoesNotContain("<script", html);
            Assert.Contains("<table id=\"comparison-table\">", html);
            Assert.Contains("<td>socialAssistance 社会救助</td><td>2</td><td>10</td><td>0</td><td>2</td>", html);
            Assert.Equal(12, html.Split("<tr data-severity=").Length - 1);
            Assert.Contains("catalog/domains/socialAssistance.catalog.json /entries/", html);
        }

        [Fact]
        public void Text_opens_with_the_table_and_gives_the_other_side_of_each_finding()
        {
            string[] lines = Write(Gaizhou(), ReportFormat.Text, "en").Split('\n');

            Assert.StartsWith("Domain", lines[1]);
            Assert.Matches(@"socialAssistance 社会救助\s+2\s+10\s+0\s+2", lines[2]);
            Assert.Contains(lines, l => l.TrimStart().StartsWith("see catalog/domains/socialAssistance.catalog.json", System.StringComparison.Ordinal));
        }

        [Fact]
        public void An_input_that_is_not_service_guides_is_reported_not_read_and_the_comparison_is_incomplete()
        {
            ComparisonReport report = ComparisonRun.CompareServiceGuides(new[]
            {
                ValidationSource.FromFile(RepositoryFiles.PathOf("tests", "RealDocuments", "service-guides", "yueyang-nanhu-name-change.json")),
                ValidationSource.FromFile(RepositoryFiles.PathOf("tests", "RealDocuments", "catalogues", "gaizhou-social-assistance.csv")),
            });

            Assert.NotNull(report.Sources[1].Failure);
            Assert.True(report.Incomplete);
            Assert.Equal(2, report.ExitCode(FindingSeverity.Error));
            Assert.Single(Assert.Single(report.Guides).Comparison.OnlyInFirst);
        }
    }
}
