using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class CompareCommandTests
    {
        private const string Gaizhou = "tests/RealDocuments/catalogues/gaizhou-social-assistance.csv";
        private const string Guides = "tests/RealDocuments/service-guides/";

        [Fact]
        public void The_report_opens_with_the_coverage_table_and_exits_by_fail_on()
        {
            Tool.Result lenient = Tool.Run("compare", Gaizhou, "--domain", "socialAssistance", "--lang", "en");
            Tool.Result strict = Tool.Run("compare", Gaizhou, "--domain", "社会救助", "--fail-on", "warning");

            Assert.True(lenient.ExitCode == 0, lenient.ToString());
            Assert.True(strict.ExitCode == 1, strict.ToString());
            string[] lines = lenient.Stdout.Split('\n');
            Assert.StartsWith("Domain", lines[1]);
            Assert.Matches(@"socialAssistance 社会救助\s+2\s+10\s+0\s+2", lines[2]);
        }

        [Fact]
        public void Json_gives_the_counts_and_every_finding_with_the_standard_entry_related()
        {
            Tool.Result result = Tool.Run("compare", Gaizhou, "--domain", "socialAssistance", "--format", "json");

            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            JsonElement domain = report.RootElement.GetProperty("domains")[0];
            Assert.Equal((2, 10, 0, 2), (domain.GetProperty("matched").GetInt32(), domain.GetProperty("missing").GetInt32(), domain.GetProperty("added").GetInt32(), domain.GetProperty("weakened").GetInt32()));
            JsonElement[] findings = report.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(12, findings.Length);
            Assert.All(findings, f => Assert.StartsWith("catalog/domains/socialAssistance.catalog.json", f.GetProperty("relatedLocations")[0].GetProperty("file").GetString()));
        }

        [Fact]
        public void Entries_without_a_domain_and_no_domain_option_are_a_located_error()
        {
            Tool.Result result = Tool.Run("compare", Gaizhou);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("--domain", result.Stderr);
        }

        [Fact]
        public void Two_files_of_service_guides_are_compared_element_by_element_with_both_locations()
        {
            Tool.Result result = Tool.Run("compare", Guides + "yueyang-nanhu-name-change.json", Guides + "yueyang-city-name-change.json", "--format", "json", "--fail-on", "warning");

            Assert.True(result.ExitCode == 1, result.ToString());
            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            Assert.Equal("serviceGuides", report.RootElement.GetProperty("kind").GetString());
            JsonElement pair = report.RootElement.GetProperty("pairs")[0];
            Assert.Equal((1, 0, 0, 1), (pair.GetProperty("matched").GetInt32(), pair.GetProperty("onlyInFirst").GetInt32(), pair.GetProperty("onlyInSecond").GetInt32(), pair.GetProperty("differing").GetInt32()));
            JsonElement[] findings = report.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.Equal(7, findings.Length);
            Assert.All(findings, f => Assert.EndsWith("yueyang-city-name-change.json", f.GetProperty("relatedLocations")[0].GetProperty("file").GetString()));
        }

        [Theory]
        [InlineData("sarif", "\"relatedLocations\"")]
        [InlineData("html", "<table id=\"comparison-findings\">")]
        public void Every_report_format_can_be_written_to_a_file(string format, string expected)
        {
            string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govdisclosure-compare-" + System.Guid.NewGuid().ToString("N") + "." + format);
            try
            {
                Tool.Result result = Tool.Run("compare", Guides + "yueyang-nanhu-name-change.json", Guides + "yueyang-nanhu-name-change-edited.csv", "--format", format, "--output", path);

                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.Contains(expected, System.IO.File.ReadAllText(path));
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public void Domain_and_standard_options_with_service_guides_are_a_command_error()
        {
            Tool.Result result = Tool.Run("compare", Guides + "yueyang-nanhu-name-change.json", Guides + "yueyang-city-name-change.json", "--domain", "socialAssistance");

            Assert.True(result.ExitCode == 2, result.ToString());
        }
    }
}
