using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// The JSON form: <c>kind</c>, <c>local</c> (the first input), <c>standard</c>, <c>sources</c> (as the validation report
    /// writes files), <c>domains</c> (catalogue: matched, missing, added, weakened) or <c>pairs</c> (service guides: matched,
    /// onlyInFirst, onlyInSecond, differing), <c>findings</c> with their locations and related locations, <c>notes</c>,
    /// and the <c>exitCode</c>.
    /// </summary>
    internal static class ComparisonJson
    {
        public static void Write(ComparisonReport report, Stream stream, bool chinese, FindingSeverity failOn)
        {
            using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(true)))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", report.Kind == ComparisonKind.CatalogueWithStandard ? "catalogueWithStandard" : "serviceGuides");
                writer.WriteString("local", report.Sources.Count > 0 ? report.Sources[0].Path : string.Empty);
                if (report.Kind == ComparisonKind.CatalogueWithStandard)
                {
                    writer.WriteString("standard", report.Standard ?? "builtIn");
                }

                writer.WriteString("language", chinese ? "zh" : "en");
                writer.WriteStartArray("sources");
                foreach (ReportFile file in report.Sources)
                {
                    JsonFields.File(writer, file);
                }

                writer.WriteEndArray();
                if (report.Kind == ComparisonKind.CatalogueWithStandard)
                {
                    writer.WriteStartArray("domains");
                    foreach (var c in report.Catalogues)
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
                }
                else
                {
                    writer.WriteStartArray("pairs");
                    foreach (ServiceGuideSourcePair pair in report.Guides)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("first", pair.First);
                        writer.WriteString("second", pair.Second);
                        writer.WriteNumber("matched", pair.Comparison.Matches.Count);
                        writer.WriteNumber("onlyInFirst", pair.Comparison.OnlyInFirst.Count);
                        writer.WriteNumber("onlyInSecond", pair.Comparison.OnlyInSecond.Count);
                        writer.WriteNumber("differing", pair.Comparison.Differing);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteStartArray("findings");
                foreach (Finding f in report.Findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("ruleId", f.RuleId);
                    writer.WriteString("severity", Labels.Code(f.Severity));
                    writer.WriteString("category", f.Category.Code);
                    writer.WritePropertyName("location");
                    JsonFields.Location(writer, f.Location);
                    writer.WriteStartArray("relatedLocations");
                    foreach (SourceLocation related in f.RelatedLocations)
                    {
                        JsonFields.Location(writer, related);
                    }

                    writer.WriteEndArray();
                    JsonFields.String(writer, "value", f.Value);
                    writer.WriteString("messageZh", f.Message.Chinese);
                    writer.WriteString("messageEn", f.Message.English);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("notes");
                foreach (ComparisonNote note in report.Notes)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("location");
                    JsonFields.Location(writer, note.Location);
                    writer.WriteBoolean("recordLeftOut", note.RecordLeftOut);
                    writer.WriteString("messageZh", note.Message.Chinese);
                    writer.WriteString("messageEn", note.Message.English);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteString("failOn", Labels.Code(failOn));
                writer.WriteNumber("exitCode", report.ExitCode(failOn));
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }
}
