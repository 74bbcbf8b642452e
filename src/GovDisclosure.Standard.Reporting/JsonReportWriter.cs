using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The JSON report (JSON 报告), in the format the published JSON Schema
    /// catalog/schema/validationReport.schema.json describes (named by <c>$schema</c>, its version by
    /// <c>schemaVersion</c>): <c>tool</c>, <c>run</c> (what it checked against), then
    /// <c>findings</c> streamed one by one as records are checked, then <c>files</c> (each with its
    /// own summary and any read failure), <c>summary</c> and <c>exitCode</c>.
    /// </summary>
    internal sealed class JsonReportWriter : IReportWriter
    {
        private readonly Stream output;
        private readonly bool ownsOutput;
        private readonly Utf8JsonWriter writer;
        private readonly List<ReportFile> files = new List<ReportFile>();
        private readonly EscapedStrings strings;
        private readonly EscapedMessages messages;

#if NET8_0_OR_GREATER
        /// <summary>The characters of the message being written (<see cref="WriteMessage(JsonEncodedText, Finding, bool)"/>).</summary>
        private char[]? messageCharacters;
#endif
        private readonly EncodedCodes codes = new EncodedCodes(JsonFields.Encoder);
        private ReportRun run = null!;

        /// <summary>The published JSON Schema of the report, written as its <c>$schema</c>.</summary>
        public const string SchemaUri = "https://govdisclosure.standard/schema/validationReport.schema.json";

        /// <summary>
        /// The version of the report format (major.minor), written as <c>schemaVersion</c>: the minor number grows
        /// when members are added, the major number when a member is removed or changes meaning.
        /// </summary>
        public const string SchemaVersion = "1.1";

        public JsonReportWriter(Stream output, bool ownsOutput)
        {
            this.output = output;
            this.ownsOutput = ownsOutput;
            writer = new Utf8JsonWriter(output, JsonFields.WriterOptions(true));
            strings = new EscapedStrings(JsonFields.Encoder);
            messages = new EscapedMessages(strings);
        }

        public void Begin(ReportRun run)
        {
            this.run = run;
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("schemaVersion", SchemaVersion);
            writer.WriteStartObject("tool");
            writer.WriteString("name", ReportRun.ToolName);
            writer.WriteString("version", ReportRun.ToolVersion);
            writer.WriteEndObject();
            writer.WritePropertyName("run");
            JsonFields.RunInfo(writer, run);
            writer.WriteStartArray("findings");
        }

        public void FileStarted(ReportFile file) => files.Add(file);

        public void Record(ReportFile file, RecordValidation result)
        {
            // By index: a foreach over the interface would box the list's enumerator for every record.
            IReadOnlyList<Finding> findings = result.Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                Write(findings[i], file.Path, result.Record.Number, result.Status);
            }

            IReadOnlyList<Finding> accepted = result.Accepted;
            for (int i = 0; i < accepted.Count; i++)
            {
                Write(accepted[i], file.Path, result.Record.Number, result.Status, accepted: true);
            }

            if (writer.BytesPending > 64 * 1024)
            {
                writer.Flush();
            }
        }

        public void BatchFindings(System.Collections.Generic.IReadOnlyList<Finding> findings)
        {
            foreach (Finding finding in findings)
            {
                Write(finding, finding.Location.File, finding.Location.RecordNumber, null);
            }
        }

        public void Coverage(CatalogueCoverage coverage, System.Collections.Generic.IReadOnlyList<Finding> findings, System.Collections.Generic.IReadOnlyList<Finding> accepted)
        {
            foreach (Finding finding in findings)
            {
                Write(finding, finding.Location.File, null, null);
            }

            foreach (Finding finding in accepted)
            {
                Write(finding, finding.Location.File, null, null, accepted: true);
            }
        }

        public void FileEnded(ReportFile file)
        {
        }

        public void End(ValidationSummary total, int exitCode)
        {
            writer.WriteEndArray();
            writer.WriteStartArray("files");
            foreach (ReportFile file in files)
            {
                JsonFields.File(writer, file);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("summary");
            JsonFields.Summary(writer, total);
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
            output.Flush();
        }

        /// <summary>
        /// A finding's message in one language: from its template into one buffer, with no string, while nothing has made
        /// it a string (the same characters, so the same bytes: <see cref="EscapedStrings"/> quotes characters as it quotes a string).
        /// </summary>
        private void WriteMessage(JsonEncodedText name, Finding finding, bool chinese)
        {
#if NET8_0_OR_GREATER
            if (finding.TryRenderInto(chinese, ref messageCharacters, out int length))
            {
                strings.Write(writer, name, new System.ReadOnlySpan<char>(messageCharacters, 0, length));
                return;
            }
#endif
            strings.Write(writer, name, chinese ? finding.Message.Chinese : finding.Message.English);
        }

        /// <summary>A finding's message in one language: its JSON string when <see cref="EscapedMessages"/> put it together, else as <see cref="WriteMessage(JsonEncodedText, Finding, bool)"/> writes it.</summary>
        private void WriteMessage(JsonEncodedText name, Finding finding, bool chinese, bool together, System.ReadOnlySpan<byte> json)
        {
            if (!together)
            {
                WriteMessage(name, finding, chinese);
                return;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }

        private void Write(Finding finding, string? file, long? record, RecordStatus? status, bool accepted = false)
        {
            writer.WriteStartObject();
            strings.WriteIfGiven(writer, JsonNames.File, file);
            JsonFields.Number(writer, JsonNames.Record, record);
            if (status != null)
            {
                codes.Write(writer, JsonNames.RecordStatus, Labels.Status(status.Value));
            }

            codes.Write(writer, JsonNames.RuleId, finding.RuleId);
            codes.Write(writer, JsonNames.Severity, Labels.Code(finding.Severity));
            codes.Write(writer, JsonNames.Category, finding.Category.Code);
            // The message in the run's language is written twice (as "message" and in "messages"): put together once.
            bool chinese = run.Chinese;
            bool together = messages.TryQuoted(finding, chinese, out System.ReadOnlySpan<byte> message);
            WriteMessage(JsonNames.Message, finding, chinese, together, message);
            if (accepted)
            {
                writer.WriteBoolean(JsonNames.Accepted, true);
            }

            writer.WriteStartObject(JsonNames.Messages);
            if (chinese)
            {
                WriteMessage(JsonNames.Zh, finding, true, together, message);
                WriteMessage(JsonNames.En, finding, false, messages.TryQuoted(finding, false, out System.ReadOnlySpan<byte> english), english);
            }
            else
            {
                WriteMessage(JsonNames.Zh, finding, true, messages.TryQuoted(finding, true, out System.ReadOnlySpan<byte> zh), zh);
                WriteMessage(JsonNames.En, finding, false, together, message);
            }

            writer.WriteEndObject();
            if (finding.MessageId != null)
            {
                codes.Write(writer, JsonNames.MessageId, finding.MessageId);
                writer.WriteStartObject(JsonNames.Arguments);
                IReadOnlyList<FindingArgument> arguments = finding.Arguments;
                for (int i = 0; i < arguments.Count; i++)
                {
                    FindingArgument argument = arguments[i];
                    codes.WriteStartObject(writer, argument.Name);
                    strings.Write(writer, JsonNames.Zh, argument.Value.Chinese);
                    strings.Write(writer, JsonNames.En, argument.Value.English);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            strings.WriteIfGiven(writer, JsonNames.Value, finding.Value);
            if (finding.SpanStart != null)
            {
                writer.WriteNumber(JsonNames.SpanStart, finding.SpanStart.Value);
                writer.WriteNumber(JsonNames.SpanLength, finding.SpanLength ?? 0);
            }

            writer.WritePropertyName(JsonNames.Location);
            JsonFields.Location(writer, finding.Location, strings);
            if (finding.RelatedLocations.Count > 0)
            {
                writer.WriteStartArray(JsonNames.RelatedLocations);
                IReadOnlyList<SourceLocation> related = finding.RelatedLocations;
                for (int i = 0; i < related.Count; i++)
                {
                    JsonFields.Location(writer, related[i], strings);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        public void Dispose()
        {
            writer.Dispose();
            if (ownsOutput)
            {
                output.Dispose();
            }
        }
    }
}
