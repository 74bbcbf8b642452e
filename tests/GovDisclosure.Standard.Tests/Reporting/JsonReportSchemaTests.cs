using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Json.Schema;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>The JSON report is what its published schema (catalog/schema/validationReport.schema.json) says.</summary>
    public sealed class JsonReportSchemaTests
    {
        private static readonly JsonSchema Schema = JsonSchema.FromFile(RepositoryFiles.PathOf("catalog", "schema", "validationReport.schema.json"));

        public static System.Collections.Generic.IEnumerable<object[]> Inputs() => ReportRuns.Inputs();

        [Theory]
        [MemberData(nameof(Inputs))]
        public void The_json_report_of_every_sample_and_real_document_is_valid_against_the_published_schema(string relativePath)
        {
            string report = ReportRuns.Report(ReportFormat.Json, relativePath);

            AssertValid(report, relativePath);
        }

        [Fact]
        public void A_report_of_a_catalogue_with_coverage_findings_in_english_is_valid_against_the_schema()
        {
            string report = ReportRuns.Report(ReportFormat.Json, "samples/data/county-catalogue-mistakes.json", RuleSet.PlatformColumn, "en", AgencyKind.CountyGovernment);

            Assert.Contains("GD-CAT-011", report);
            AssertValid(report, "county catalogue, coverage");
        }

        [Fact]
        public void A_report_of_a_file_that_cannot_be_opened_is_valid_against_the_schema()
        {
            string missing = Path.Combine(Path.GetTempPath(), "govdisclosure-no-such-file-" + System.Guid.NewGuid().ToString("N") + ".json");
            string report = ReportRuns.Report(ReportFormat.Json, new[] { ValidationSource.FromFile(missing) });

            Assert.Contains("\"notRead\"", report);
            AssertValid(report, "missing file");
        }

        [Fact]
        public void Every_json_report_names_the_published_schema_and_its_version()
        {
            JsonNode report = JsonNode.Parse(ReportRuns.Report(ReportFormat.Json, "samples/data/service-guides-mistakes.json"))!;
            JsonNode schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("catalog", "schema", "validationReport.schema.json")))!;

            Assert.Equal((string)schema["$id"]!, (string)report["$schema"]!);
            Assert.Equal("1.1", (string)report["schemaVersion"]!);
        }

        [Fact]
        public void A_finding_rendered_from_a_template_carries_its_message_id_and_named_arguments()
        {
            JsonNode report = JsonNode.Parse(ReportRuns.Report(ReportFormat.Json, "samples/data/service-guides-mistakes.json"))!;
            JsonObject finding = report["findings"]!.AsArray().Select(f => f!.AsObject()).First(f => (string)f["ruleId"]! == "GD-SG-003");
            MessageTemplate template = RuleRegistry.Find("GD-SG-003")!.Message((string)finding["messageId"]!);
            JsonObject arguments = finding["arguments"]!.AsObject();

            Assert.Equal(template.Parameters, arguments.Select(a => a.Key));
            Assert.Equal((string)finding["messages"]!["zh"]!, template.Render(arguments.Select(a => new FindingArgument(a.Key, (string)a.Value!["zh"]!, (string)a.Value!["en"]!)).ToArray()).Chinese);
        }

        [Fact]
        public void A_report_missing_a_required_member_is_invalid_against_the_schema()
        {
            JsonObject report = JsonNode.Parse(ReportRuns.Report(ReportFormat.Json, "samples/data/service-guides-mistakes.json"))!.AsObject();
            report["findings"]![0]!.AsObject().Remove("ruleId");

            Assert.False(Schema.Evaluate(JsonDocument.Parse(report.ToJsonString()).RootElement).IsValid);
        }

        private static void AssertValid(string report, string what)
        {
            using JsonDocument document = JsonDocument.Parse(report);
            EvaluationResults results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            string errors = string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value)).Take(20));
            Assert.True(results.IsValid, what + ":\n" + errors);
        }
    }
}
