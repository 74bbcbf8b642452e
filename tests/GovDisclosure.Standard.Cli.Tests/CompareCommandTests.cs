using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class CompareCommandTests
    {
        private const string Gaizhou = "tests/RealDocuments/catalogues/gaizhou-social-assistance.csv";

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
    }
}
