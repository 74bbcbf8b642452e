using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary><c>validate --rules-file</c>, <c>--baseline</c> and <c>--write-baseline</c>: rules configured without code, and CI that fails only on new findings.</summary>
    public sealed class RulesAndBaselineTests
    {
        [Fact]
        public void A_baseline_written_once_lets_the_same_data_pass_and_fails_on_a_new_finding()
        {
            using var temp = new TempFolder();
            string data = temp.File("catalogue.json");
            string baseline = temp.File("baseline.json");
            File.Copy(Path.Combine(Tool.Root, Tool.Sample("county-catalogue-mistakes.json")), data);

            Tool.Result written = Tool.Run("validate", data, "--write-baseline", baseline, "--lang", "en");
            (Tool.Result accepted, JsonElement acceptedReport) = Tool.ValidateJson(data, "--baseline", baseline);
            File.WriteAllText(data, File.ReadAllText(data).Replace("\"responsibleBody\": \"有关部门\"", "\"responsibleBody\": \"有关单位\""));
            (Tool.Result changed, JsonElement changedReport) = Tool.ValidateJson(data, "--baseline", baseline);

            Assert.True(written.ExitCode == 0, written.ToString());
            Assert.Contains("baseline written to", written.Stderr, System.StringComparison.Ordinal);
            Assert.True(accepted.ExitCode == 0, accepted.ToString());
            Assert.NotEmpty(acceptedReport.GetProperty("findings").EnumerateArray());
            Assert.All(acceptedReport.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("accepted").GetBoolean()));
            Assert.Equal(0, acceptedReport.GetProperty("summary").GetProperty("errors").GetInt64());
            Assert.Equal(0, acceptedReport.GetProperty("summary").GetProperty("warnings").GetInt64());
            Assert.Contains("accepted findings not counted (marked as accepted in the JSON, SARIF and HTML reports)", accepted.Stderr, System.StringComparison.Ordinal);
            Finding(changedReport, "GD-CAT-009", "有关单位");
            Assert.Contains("1 accepted findings were not found again", changed.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_rules_file_turns_a_rule_off_and_raises_another()
        {
            using var temp = new TempFolder();
            string rules = temp.File("rules.json");
            File.WriteAllText(rules, "{\n  // no wording checks here; vague channels are errors\n  \"rules\": { \"GD-CAT-009\": \"off\", \"GD-STR-005\": \"error\" }\n}\n");

            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Tool.Sample("county-catalogue-mistakes.json"), "--rules-file", rules);

            string[] rules2 = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()! + ":" + f.GetProperty("severity").GetString()).ToArray();
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.DoesNotContain(rules2, r => r.StartsWith("GD-CAT-009", System.StringComparison.Ordinal));
            Assert.Contains("GD-STR-005:error", rules2);
            Assert.Equal("rules", report.GetProperty("run").GetProperty("ruleSet").GetString());
        }

        [Theory]
        [InlineData("zh", "没有编号为“GD-CAT-999”的规则")]
        [InlineData("en", "there is no rule 'GD-CAT-999'")]
        public void A_mistake_in_a_rules_file_is_exit_2_with_its_line_and_column(string language, string message)
        {
            using var temp = new TempFolder();
            string rules = temp.File("rules.json");
            File.WriteAllText(rules, "{\n  \"rules\": {\n    \"GD-CAT-999\": \"off\"\n  }\n}\n");

            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--rules-file", rules, "--lang", language);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(rules + ":3:5: " + message, result.Stderr, System.StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Accepted_findings_are_sarif_suppressions_and_marked_in_the_html_report()
        {
            using var temp = new TempFolder();
            string data = temp.File("catalogue.json");
            string baseline = temp.File("baseline.json");
            string sarif = temp.File("report.sarif");
            string html = temp.File("report.html");
            File.Copy(Path.Combine(Tool.Root, Tool.Sample("county-catalogue-mistakes.json")), data);
            Tool.Result written = Tool.Run("validate", data, "--write-baseline", baseline, "--lang", "en");
            File.WriteAllText(data, File.ReadAllText(data).Replace("\"responsibleBody\": \"有关部门\"", "\"responsibleBody\": \"有关单位\""));

            Tool.Result sarifRun = Tool.Run("validate", data, "--baseline", baseline, "--format", "sarif", "--output", sarif, "--lang", "en");
            Tool.Result htmlRun = Tool.Run("validate", data, "--baseline", baseline, "--format", "html", "--output", html, "--lang", "en");

            Assert.True(written.ExitCode == 0, written.ToString());
            // The new finding (GD-CAT-009 on 有关单位) is information: the run passes.
            Assert.True(sarifRun.ExitCode == 0, sarifRun.ToString());
            Assert.True(htmlRun.ExitCode == 0, htmlRun.ToString());
            using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarif));
            JsonElement[] results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            JsonElement[] suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToArray();
            JsonElement fresh = Assert.Single(results, r => !r.TryGetProperty("suppressions", out _));
            Assert.Equal("有关单位", fresh.GetProperty("properties").GetProperty("value").GetString());
            Assert.NotEmpty(suppressed);
            Assert.All(suppressed, r =>
            {
                JsonElement suppression = Assert.Single(r.GetProperty("suppressions").EnumerateArray());
                Assert.Equal("external", suppression.GetProperty("kind").GetString());
                Assert.Contains("baseline", suppression.GetProperty("justification").GetString(), System.StringComparison.Ordinal);
            });
            string page = File.ReadAllText(html);
            Assert.Equal(suppressed.Length, System.Text.RegularExpressions.Regex.Matches(page, "<tr data-severity=\"\\w+\" data-accepted=\"1\"").Count);
            Assert.Equal(suppressed.Length, System.Text.RegularExpressions.Regex.Matches(page, ">accepted \\(baseline\\)</span>").Count);
        }

        [Fact]
        public void Accepted_catalogue_coverage_findings_are_marked_as_accepted_in_every_report_format()
        {
            using var temp = new TempFolder();
            string data = temp.File("catalogue.json");
            string baseline = temp.File("baseline.json");
            string sarif = temp.File("report.sarif");
            string html = temp.File("report.html");
            File.Copy(Path.Combine(Tool.Root, Tool.Sample("county-catalogue.json")), data);
            (Tool.Result plain, JsonElement plainReport) = Tool.ValidateJson(data, "--agency-kind", "county-government");
            Tool.Result written = Tool.Run("validate", data, "--agency-kind", "county-government", "--write-baseline", baseline, "--lang", "en");

            (Tool.Result json, JsonElement report) = Tool.ValidateJson(data, "--agency-kind", "county-government", "--baseline", baseline);
            Tool.Result sarifRun = Tool.Run("validate", data, "--agency-kind", "county-government", "--baseline", baseline, "--format", "sarif", "--output", sarif, "--lang", "en");
            Tool.Result htmlRun = Tool.Run("validate", data, "--agency-kind", "county-government", "--baseline", baseline, "--format", "html", "--output", html, "--lang", "en");
            Tool.Result text = Tool.Run("validate", data, "--agency-kind", "county-government", "--baseline", baseline, "--lang", "en");

            Assert.True(plain.ExitCode == 0 && written.ExitCode == 0, plain + "\n" + written);
            // Coverage findings carry no record number; GD-CAT-010 names the domain the catalogue lacks.
            string[] coverage = plainReport.GetProperty("findings").EnumerateArray()
                .Where(f => !f.TryGetProperty("record", out _)).Select(f => f.GetProperty("ruleId").GetString() + "=" + f.GetProperty("value").GetString()).ToArray();
            Assert.Contains("GD-CAT-010=landExpropriation", coverage);
            Assert.True(json.ExitCode == 0, json.ToString());
            JsonElement[] acceptedCoverage = report.GetProperty("findings").EnumerateArray().Where(f => !f.TryGetProperty("record", out _)).ToArray();
            Assert.Equal(coverage, acceptedCoverage.Select(f => f.GetProperty("ruleId").GetString() + "=" + f.GetProperty("value").GetString()));
            Assert.All(acceptedCoverage, f => Assert.True(f.GetProperty("accepted").GetBoolean()));
            Assert.Equal(0, report.GetProperty("summary").GetProperty("information").GetInt64() + report.GetProperty("summary").GetProperty("warnings").GetInt64());

            Assert.True(sarifRun.ExitCode == 0, sarifRun.ToString());
            using JsonDocument log = JsonDocument.Parse(File.ReadAllText(sarif));
            JsonElement[] sarifCoverage = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => !r.GetProperty("properties").TryGetProperty("recordNumber", out _)).ToArray();
            Assert.Equal(coverage.Length, sarifCoverage.Length);
            Assert.All(sarifCoverage, r => Assert.Equal("external", Assert.Single(r.GetProperty("suppressions").EnumerateArray()).GetProperty("kind").GetString()));

            Assert.True(htmlRun.ExitCode == 0, htmlRun.ToString());
            string page = File.ReadAllText(html);
            Assert.Equal(coverage.Length, System.Text.RegularExpressions.Regex.Matches(page, "<tr data-severity=\"\\w+\" data-accepted=\"1\"[^>]*><td>[^<]*</td><td>catalogue coverage</td>").Count);

            // The text report leaves accepted findings out, a record's and the coverage's alike; standard error counts them.
            Assert.True(text.ExitCode == 0, text.ToString());
            Assert.Contains("Catalogue coverage (county people's government", text.Stdout, System.StringComparison.Ordinal);
            Assert.DoesNotContain("GD-CAT-010", text.Stdout, System.StringComparison.Ordinal);
            Assert.Contains($"baseline {baseline}: {coverage.Length + report.GetProperty("findings").GetArrayLength() - acceptedCoverage.Length} accepted findings not counted", text.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_rules_file_cannot_set_the_report_due_date_and_says_where_it_tried()
        {
            using var temp = new TempFolder();
            string rules = temp.File("rules.json");
            File.WriteAllText(rules, "{\n  \"extends\": \"standard\",\n  \"reportDue\": \"2025-05-15\"\n}\n");

            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--rules-file", rules, "--lang", "en");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(rules + ":3:3: unknown member 'reportDue'; a rules file has the members extends, name and rules.", result.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_baseline_and_a_baseline_to_write_in_one_run_are_refused()
        {
            using var temp = new TempFolder();

            Tool.Result result = Tool.Run("validate", Tool.Sample("county-catalogue.json"), "--baseline", temp.File("a.json"), "--write-baseline", temp.File("b.json"), "--lang", "en");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("--baseline and --write-baseline do not go together", result.Stderr, System.StringComparison.Ordinal);
        }

        private static void Finding(JsonElement report, string ruleId, string value)
        {
            JsonElement only = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => !f.TryGetProperty("accepted", out _));
            Assert.Equal(ruleId, only.GetProperty("ruleId").GetString());
            Assert.Equal(value, only.GetProperty("value").GetString());
        }
    }
}
