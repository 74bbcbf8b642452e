using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>The start of a SARIF 2.1.0 log as every report of the tool writes it: the log, its one run, and the tool's driver with its rules.</summary>
    internal static class SarifDriver
    {
        /// <summary>Writes the log up to the run's <c>results</c> (not opened): the driver names the tool and describes each rule (titles, description, <c>helpUri</c>, message strings, level, category).</summary>
        /// <param name="writer">The writer, at the start of the document.</param>
        /// <param name="rules">The rules to describe, in the order results refer to them.</param>
        /// <param name="language">The language of titles and messages: <c>zh</c> or <c>en</c>.</param>
        /// <param name="ruleIndex">Filled with each rule id's index in the driver's rules.</param>
        /// <param name="messageIds">Filled with <c>ruleId/messageId</c> for every message string written.</param>
        public static void WriteRunStart(Utf8JsonWriter writer, IEnumerable<RuleDescriptor> rules, string language, IDictionary<string, int> ruleIndex, ISet<string> messageIds)
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SarifReportWriter.SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", ReportRun.ToolName);
            writer.WriteString("version", ReportRun.ToolVersion);
            writer.WriteString("semanticVersion", ReportRun.ToolVersion);
            writer.WriteString("informationUri", "https://github.com/govdisclosure/GovDisclosure.Standard");
            writer.WriteStartArray("rules");
            foreach (RuleDescriptor rule in rules)
            {
                ruleIndex[rule.Id] = ruleIndex.Count;
                messageIds.UnionWith(rule.Messages.Select(m => rule.Id + "/" + m.Id));
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("name", PascalName(rule.Title.English));
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title.In(language));
                writer.WriteEndObject();
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", rule.Description.In(language));
                writer.WriteEndObject();
                if (rule.HelpUri != null)
                {
                    writer.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
                }

                if (rule.Messages.Count > 0)
                {
                    writer.WriteStartObject("messageStrings");
                    foreach (MessageTemplate message in rule.Messages)
                    {
                        writer.WriteStartObject(message.Id);
                        writer.WriteString("text", message.Numbered(language));
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", SarifReportWriter.Level(rule.Severity));
                writer.WriteEndObject();
                writer.WriteStartObject("properties");
                writer.WriteString("category", rule.Category.Code);
                JsonFields.String(writer, "documentKind", rule.DocumentKind?.Code);
                writer.WriteString("titleZh", rule.Title.Chinese);
                writer.WriteString("titleEn", rule.Title.English);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        private static string PascalName(string title) =>
            string.Concat(title.Split(new[] { ' ', '-', '(', ')', ',', '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
    }
}
