using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class BuiltInCatalogueTests
    {
        [Fact]
        public void Every_built_in_catalogue_entry_validates_with_no_error_and_no_warning_under_the_standard_rules()
        {
            // The library's own national catalogue is official wording: a warning on it is a false alarm.
            string[] files = Directory.GetFiles(RepositoryFiles.PathOf("catalog", "domains"), "*.catalog.json");
            Assert.NotEmpty(files);
            var validator = new DisclosureValidator(RuleSet.Standard);
            var problems = new List<string>();
            foreach (string file in files)
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
                string domain = document.RootElement.GetProperty("domain").GetString()!;
                SourceRecord[] records = document.RootElement.GetProperty("entries").EnumerateArray()
                    .Select((e, i) =>
                    {
                        JsonObject withDomain = JsonNode.Parse(e.GetRawText())!.AsObject();
                        withDomain["domain"] = domain;
                        return Records.Json(withDomain.ToJsonString(), i + 1);
                    })
                    .ToArray();

                problems.AddRange(validator.Validate(DocumentKind.CatalogueEntry, records)
                    .SelectMany(r => r.Findings)
                    .Where(f => f.Severity >= FindingSeverity.Warning)
                    .Select(f => Path.GetFileName(file) + " " + f.Location + " " + f.RuleId + " " + f.Severity + " " + f.Message.English));
            }

            Assert.True(problems.Count == 0, problems.Count + " findings:\n" + string.Join("\n", problems));
        }
    }
}

namespace GovDisclosure.Standard.Tests.Validation
{
    public sealed class MissingListFieldsTests
    {
        [Fact]
        public void An_entry_without_categories_gets_the_information_finding_and_no_rule_failure()
        {
            var record = new GovDisclosure.Standard.SourceRecord(
                1,
                System.Text.Json.JsonDocument.Parse("{\"firstLevelItem\":\"最低生活保障\",\"secondLevelItem\":\"办事指南\"}").RootElement.Clone(),
                new SourceLocation { File = "entries.json" });

            RecordValidation result = new DisclosureValidator().ValidateRecord(DocumentKind.CatalogueEntry, record);

            Finding categories = Assert.Single(result.Findings, f => f.RuleId == "GD-CAT-007");
            Assert.Equal(FindingSeverity.Information, categories.Severity);
            Assert.DoesNotContain(result.Findings, f => f.Message.English.Contains("exception", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
