using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Tests.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Json.Schema;

namespace GovDisclosure.Standard.Tests.Schema
{
    /// <summary>
    /// The tool and the published JSON Schemas (catalog/schema) agree, checked with an independent validator
    /// (JsonSchema.Net) on every sample, every real-document transcription and the built-in catalogue: what the
    /// tool reads and writes canonically conforms, and where a record does not conform the tool says why.
    /// </summary>
    public sealed class PublishedSchemaAgreementTests
    {
        private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new ConcurrentDictionary<string, JsonSchema>();

        public static IEnumerable<object[]> Inputs() => ReportRuns.Inputs();

        public static IEnumerable<object[]> CatalogueFiles() =>
            Directory.EnumerateFiles(RepositoryFiles.PathOf("catalog", "domains"), "*.catalog.json")
                .Select(p => Path.GetFileName(p))
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => new object[] { p });

        [Theory]
        [MemberData(nameof(Inputs))]
        public void A_record_the_published_schema_rejects_has_a_finding_that_says_why(string relativePath)
        {
            (SourceInput input, JsonSchema schema) = Open(relativePath);
            var silent = new List<string>();
            foreach ((SourceRecord record, RecordValidation validation) in Validated(input))
            {
                // A record with a warning or an error has been told why; the schema's verdict on one branch of an
                // anyOf/oneOf cannot be tied to a single field, so the agreement is checked record by record.
                if (validation.Findings.Any(f => f.Severity >= FindingSeverity.Warning))
                {
                    continue;
                }

                if (validation.Document != null)
                {
                    string canonical = JsonSerializer.Serialize(validation.Document, validation.Document.GetType(), CanonicalJson.Options);
                    silent.AddRange(Errors(schema, canonical).Select(e => $"record {record.Number}, canonical JSON: {e}"));
                }

                if ((input.Format == InputFormat.Json || input.Format == InputFormat.JsonLines) && record.Content is JsonElement raw)
                {
                    silent.AddRange(Errors(schema, raw.GetRawText()).Select(e => $"record {record.Number}, as written: {e}"));
                }
            }

            Assert.True(silent.Count == 0, relativePath + ": the schema rejects what the tool passes without a word:\n" + string.Join("\n", silent.Take(20)));
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void The_canonical_json_of_a_record_the_tool_passes_conforms_to_the_published_schema(string relativePath)
        {
            (SourceInput input, JsonSchema schema) = Open(relativePath);
            var failures = new List<string>();
            foreach ((SourceRecord record, RecordValidation validation) in Validated(input))
            {
                if (validation.Document != null && validation.Findings.All(f => f.Severity < FindingSeverity.Error))
                {
                    string canonical = JsonSerializer.Serialize(validation.Document, validation.Document.GetType(), CanonicalJson.Options);
                    failures.AddRange(Errors(schema, canonical).Select(e => $"record {record.Number}: {e}"));
                }
            }

            Assert.True(failures.Count == 0, relativePath + ":\n" + string.Join("\n", failures.Take(20)));
        }

        [Theory]
        [MemberData(nameof(CatalogueFiles))]
        public void Every_built_in_catalogue_file_and_each_of_its_entries_conform_to_the_published_schemas(string fileName)
        {
            string path = RepositoryFiles.PathOf("catalog", "domains", fileName);
            List<string> errors = Errors(Schemas.GetOrAdd("catalog.schema.json", Load), File.ReadAllText(path)).ToList();
            JsonSchema entrySchema = SchemaFor(DocumentKind.CatalogueEntry);
            foreach (var entry in CanonicalJson.ReadCatalogueFile(path).Entries)
            {
                errors.AddRange(Errors(entrySchema, CanonicalJson.Serialize(entry)).Select(e => entry.Code + ": " + e));
            }

            Assert.True(errors.Count == 0, fileName + ":\n" + string.Join("\n", errors.Take(20)));
        }

        [Fact]
        public void A_service_guide_without_fees_that_does_not_say_it_is_free_is_rejected_by_the_schema_and_reported_by_the_tool()
        {
            string guide = "{\"itemName\":\"临时救助\",\"legalBasis\":[\"《社会救助暂行办法》\"],\"conditions\":\"困难群众\",\"materials\":[{\"name\":\"身份证\"}],"
                + "\"handlingPlace\":\"便民服务中心\",\"handlingBody\":\"乡镇人民政府\",\"officeHours\":\"工作日\",\"contactPhone\":\"0571-12345678\",\"procedure\":\"申请、审核、审批\"}";
            using JsonDocument document = JsonDocument.Parse(guide);
            RecordValidation validation = new DisclosureValidator(RuleSet.Standard).ValidateRecord(DocumentKind.ServiceGuide, new SourceRecord(1, document.RootElement.Clone(), new SourceLocation { File = "guide.json" }));

            Assert.NotEmpty(Errors(SchemaFor(DocumentKind.ServiceGuide), guide));
            Assert.Contains(validation.Findings, f => f.Location.JsonPointer == "/fees" && f.Severity >= FindingSeverity.Warning);
        }

        private static (SourceInput Input, JsonSchema Schema) Open(string relativePath)
        {
            SourceInput input = SourceInput.Open(RepositoryFiles.PathOf(relativePath.Split('/')));
            return (input, SchemaFor(input.Kind));
        }

        private static IEnumerable<(SourceRecord Record, RecordValidation Validation)> Validated(SourceInput input)
        {
            var validator = new DisclosureValidator(RuleSet.Standard);
            foreach (SourceRecord record in input.Records())
            {
                yield return (record, validator.ValidateRecord(input.Kind, record));
            }
        }

        private static JsonSchema SchemaFor(DocumentKind kind) => Schemas.GetOrAdd(DocumentSchemas.FileName(kind), Load);

        private static JsonSchema Load(string fileName) => JsonSchema.FromFile(RepositoryFiles.PathOf("catalog", "schema", fileName));

        private static IEnumerable<string> Errors(JsonSchema schema, string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                return System.Array.Empty<string>();
            }

            return (results.Details ?? new List<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value))
                .ToArray();
        }
    }
}
