using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// The SARIF 2.1.0 form, as the validation report writes it: one run whose <c>tool.driver</c> lists the GD-CMP rules,
    /// one result per finding with its physical location and the other side as <c>relatedLocations</c>; inputs that could
    /// not be read and records left out are tool execution notifications; the table is in the run's <c>properties</c>.
    /// </summary>
    internal static class ComparisonSarif
    {
        public static void Write(ComparisonReport report, Stream stream, bool chinese, FindingSeverity failOn)
        {
            string T(BilingualText text) => chinese ? text.Chinese : text.English;
            RuleDescriptor[] rules = RuleRegistry.All.Where(r => r.Id.StartsWith("GD-CMP-", StringComparison.Ordinal)).ToArray();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(true)))
            {
                SarifDriver.WriteRunStart(writer, rules, chinese ? "zh" : "en", index, new HashSet<string>(StringComparer.Ordinal));
                writer.WriteStartArray("results");
                foreach (Finding finding in report.Findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("ruleId", finding.RuleId);
                    if (index.TryGetValue(finding.RuleId, out int i))
                    {
                        writer.WriteNumber("ruleIndex", i);
                    }

                    writer.WriteString("level", SarifReportWriter.Level(finding.Severity));
                    writer.WriteStartObject("message");
                    writer.WriteString("text", T(finding.Message));
                    writer.WriteEndObject();
                    writer.WriteStartArray("locations");
                    SarifLocation.Write(writer, finding.Location, finding.Location.File ?? string.Empty, null);
                    writer.WriteEndArray();
                    writer.WriteStartArray("relatedLocations");
                    int id = 0;
                    foreach (SourceLocation related in finding.RelatedLocations)
                    {
                        SarifLocation.Write(writer, related, related.File ?? string.Empty, id++);
                    }

                    writer.WriteEndArray();
                    writer.WriteStartObject("properties");
                    writer.WriteString("category", finding.Category.Code);
                    JsonFields.String(writer, "value", finding.Value);
                    writer.WriteString("messageZh", finding.Message.Chinese);
                    writer.WriteString("messageEn", finding.Message.English);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("artifacts");
                foreach (ReportFile file in report.Sources)
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("location");
                    writer.WriteString("uri", SarifReportWriter.ArtifactUri(file.Path));
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                int exitCode = report.ExitCode(failOn);
                writer.WriteStartArray("invocations");
                writer.WriteStartObject();
                writer.WriteBoolean("executionSuccessful", exitCode != 2);
                writer.WriteNumber("exitCode", exitCode);
                writer.WriteStartArray("toolExecutionNotifications");
                foreach (ReportFile file in report.Sources.Where(f => f.Failure != null))
                {
                    Notification(writer, "error", T(file.Failure!), file.FailureLocation ?? new SourceLocation { File = file.Path });
                }

                foreach (ComparisonNote note in report.Notes)
                {
                    Notification(writer, note.RecordLeftOut ? "error" : "warning", T(note.Message), note.Location);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("properties");
                writer.WriteString("comparison", report.Kind == ComparisonKind.CatalogueWithStandard ? "catalogueWithStandard" : "serviceGuides");
                writer.WriteStartArray("table");
                string[] headers = ComparisonTable.Headers(report, false);
                foreach ((string name, int[] counts) in ComparisonTable.Rows(report))
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", name);
                    for (int c = 0; c < counts.Length; c++)
                    {
                        writer.WriteNumber(char.ToLowerInvariant(headers[c + 1][0]) + headers[c + 1].Substring(1).Replace(" ", string.Empty), counts[c]);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        private static void Notification(Utf8JsonWriter writer, string level, string text, SourceLocation location)
        {
            writer.WriteStartObject();
            writer.WriteString("level", level);
            writer.WriteStartObject("message");
            writer.WriteString("text", text);
            writer.WriteEndObject();
            writer.WriteStartArray("locations");
            SarifLocation.Write(writer, location, location.File ?? string.Empty, null);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
