using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Cli.Comparison
{
    /// <summary>The report of <c>govdisclosure compare</c>: the coverage table per domain (matched / missing / added / weakened), then the findings.</summary>
    internal sealed class ComparisonReport
    {
        private readonly string local;
        private readonly string? standard;
        private readonly IReadOnlyList<CatalogueStandardComparison> comparisons;
        private readonly IReadOnlyList<Finding> findings;
        private readonly bool english;

        public ComparisonReport(string local, string? standard, IReadOnlyList<CatalogueStandardComparison> comparisons, IReadOnlyList<Finding> findings, bool english)
        {
            this.local = local;
            this.standard = standard;
            this.comparisons = comparisons;
            this.findings = findings;
            this.english = english;
        }

        public void WriteText(Stream stream)
        {
            var text = new StringBuilder();
            text.AppendLine(english
                ? $"{local} compared with {standard ?? "the built-in standard catalogue"}"
                : $"{local} 与{(standard is null ? "内置标准目录" : " " + standard + " ")}比对");
            text.AppendLine(english ? "Domain                               Matched  Missing  Added  Weakened" : "领域                                 匹配     缺少     增加   弱于标准");
            foreach (CatalogueStandardComparison c in comparisons)
            {
                string name = $"{c.Domain?.Code} {c.Domain?.ChineseName}";
                text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-36} {1,7} {2,8} {3,6} {4,9}", name, c.Matched, c.Missing, c.Added, c.Weakened));
            }

            text.AppendLine();
            foreach (Finding f in findings)
            {
                string severity = f.Severity.ToString().ToLowerInvariant();
                text.AppendLine($"{severity,-11} {f.RuleId} {f.Location}");
                text.AppendLine($"            {(english ? f.Message.English : f.Message.Chinese)}");
                foreach (SourceLocation related in f.RelatedLocations)
                {
                    text.AppendLine($"            {(english ? "see" : "参见")} {related}");
                }
            }

            int warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
            int information = findings.Count(f => f.Severity == FindingSeverity.Information);
            int errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            text.AppendLine(english
                ? $"{findings.Count} findings: {errors} errors, {warnings} warnings, {information} information."
                : $"共 {findings.Count} 项：错误 {errors}，警告 {warnings}，提示 {information}。");
            byte[] bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            stream.Write(bytes, 0, bytes.Length);
        }

        public void WriteJson(Stream stream)
        {
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("local", local);
                writer.WriteString("standard", standard ?? "builtIn");
                writer.WriteStartArray("domains");
                foreach (CatalogueStandardComparison c in comparisons)
                {
                    writer.WriteStartObject();
                    writer.WriteString("domain", c.Domain?.Code);
                    writer.WriteNumber("matched", c.Matched);
                    writer.WriteNumber("missing", c.Missing);
                    writer.WriteNumber("added", c.Added);
                    writer.WriteNumber("weakened", c.Weakened);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("findings");
                foreach (Finding f in findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("ruleId", f.RuleId);
                    writer.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                    WriteLocation(writer, "location", f.Location);
                    writer.WriteStartArray("relatedLocations");
                    foreach (SourceLocation related in f.RelatedLocations)
                    {
                        WriteLocation(writer, null, related);
                    }

                    writer.WriteEndArray();
                    writer.WriteString("value", f.Value);
                    writer.WriteString("messageZh", f.Message.Chinese);
                    writer.WriteString("messageEn", f.Message.English);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        private static void WriteLocation(Utf8JsonWriter writer, string? name, SourceLocation location)
        {
            if (name is null)
            {
                writer.WriteStartObject();
            }
            else
            {
                writer.WriteStartObject(name);
            }

            writer.WriteString("file", location.File);
            if (location.Line is long line)
            {
                writer.WriteNumber("line", line);
            }

            if (location.Sheet != null)
            {
                writer.WriteString("sheet", location.Sheet);
            }

            if (location.Row is long row)
            {
                writer.WriteNumber("row", row);
            }

            writer.WriteString("pointer", location.JsonPointer);
            writer.WriteString("text", location.ToString());
            writer.WriteEndObject();
        }
    }
}
