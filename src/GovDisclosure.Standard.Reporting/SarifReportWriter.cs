using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The SARIF 2.1.0 report (for code-scanning tools): one run whose <c>tool.driver</c> lists every
    /// rule of the registry (id, titles as <c>shortDescription</c>, description as <c>fullDescription</c>,
    /// <c>helpUri</c> to its anchor in the rules README, its message templates as <c>messageStrings</c>,
    /// default level, category), and one result per finding with <c>ruleId</c>, <c>ruleIndex</c>,
    /// <c>level</c>, <c>message</c> (its text, and the template's <c>id</c> with the <c>arguments</c> in
    /// the template's parameter order, all in the run's language), a physical location
    /// (artifact URI, and line/column where the input has lines) and a logical location carrying the
    /// JSON pointer. Results are streamed; files that could not be read are reported as tool execution
    /// notifications of the invocation, whose <c>exitCode</c> is the tool's.
    /// </summary>
    internal sealed class SarifReportWriter : IReportWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        private readonly Stream output;
        private readonly bool ownsOutput;
        private readonly Utf8JsonWriter writer;
        private readonly EscapedStrings strings;
        private readonly EscapedMessages messages;
        private readonly List<ReportFile> files = new List<ReportFile>();
        private readonly Dictionary<string, int> ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly HashSet<string> messageIds = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// Per rule id, what the driver wrote of it (<see cref="RuleWritten"/>): one lookup a result, by the id alone (a pair
        /// of strings as a key would be hashed by the randomised string hash).
        /// </summary>
        private readonly Dictionary<string, RuleWritten> rulesWritten = new Dictionary<string, RuleWritten>(StringComparer.Ordinal);

        /// <summary>The levels' values, escaped once (each result names one; the writer would escape it again every time).</summary>
        private static readonly JsonEncodedText ErrorLevel = JsonEncodedText.Encode("error", JsonFields.Encoder);
        private static readonly JsonEncodedText WarningLevel = JsonEncodedText.Encode("warning", JsonFields.Encoder);
        private static readonly JsonEncodedText NoteLevel = JsonEncodedText.Encode("note", JsonFields.Encoder);

        // A reference, replaced whole, so that writers on several threads never see a path with another's URI.
        private static volatile Tuple<string, string>? lastArtifact;
        private ReportRun run = null!;

        public SarifReportWriter(Stream output, bool ownsOutput)
        {
            this.output = output;
            this.ownsOutput = ownsOutput;
            writer = new Utf8JsonWriter(output, JsonFields.WriterOptions(true));
            strings = new EscapedStrings(JsonFields.Encoder);
            messages = new EscapedMessages(strings);
        }

        public static string Level(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "note",
        };

        public static string ArtifactUri(string path)
        {
            // Every result names its file's URI: the last one is kept (the path and its URI, replaced together), so the
            // URI of a file with a finding in every record is made once instead of once per finding.
            Tuple<string, string>? last = lastArtifact;
            if (last != null && string.Equals(last.Item1, path, StringComparison.Ordinal))
            {
                return last.Item2;
            }

            string uri = Path.IsPathRooted(path)
                ? new Uri(Path.GetFullPath(path)).AbsoluteUri
                : string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
            lastArtifact = Tuple.Create(path, uri);
            return uri;
        }

        public void Begin(ReportRun run)
        {
            this.run = run;
            SarifDriver.WriteRunStart(writer, run.Rules, run.Language, ruleIndex, messageIds);
            var written = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (RuleDescriptor rule in run.Rules)
            {
                foreach (MessageTemplate message in rule.Messages)
                {
                    if (messageIds.Contains(rule.Id + "/" + message.Id))
                    {
                        if (!written.TryGetValue(rule.Id, out List<string>? ids))
                        {
                            written.Add(rule.Id, ids = new List<string>());
                        }

                        ids.Add(message.Id);
                    }
                }
            }

            foreach (string id in ruleIndex.Keys.Union(written.Keys, StringComparer.Ordinal))
            {
                string[] messages = written.TryGetValue(id, out List<string>? ids) ? ids.ToArray() : Array.Empty<string>();
                rulesWritten[id] = new RuleWritten(
                    ruleIndex.TryGetValue(id, out int index) ? index : -1,
                    messages,
                    JsonEncodedText.Encode(id, JsonFields.Encoder),
                    messages.Select(m => JsonEncodedText.Encode(m, JsonFields.Encoder)).ToArray());
            }

            writer.WriteStartArray("results");
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

        public void BatchFindings(IReadOnlyList<Finding> findings)
        {
            foreach (Finding finding in findings)
            {
                Write(finding, finding.Location.File ?? string.Empty, finding.Location.RecordNumber, null);
            }
        }

        public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted)
        {
            foreach (Finding finding in findings)
            {
                Write(finding, finding.Location.File ?? string.Empty, null, null);
            }

            foreach (Finding finding in accepted)
            {
                Write(finding, finding.Location.File ?? string.Empty, null, null, accepted: true);
            }
        }

        private void Write(Finding finding, string file, long? record, RecordStatus? status, bool accepted = false)
        {
            writer.WriteStartObject();
            // The rule's id and its message ids as escaped when the driver was written: the same bytes, escaped once.
            bool known = rulesWritten.TryGetValue(finding.RuleId, out RuleWritten? rule);
            if (known)
            {
                writer.WriteString(SarifNames.RuleId, rule!.Id);
            }
            else
            {
                writer.WriteString(SarifNames.RuleId, finding.RuleId);
            }

            if (known && rule!.Index >= 0)
            {
                writer.WriteNumber(SarifNames.RuleIndex, rule.Index);
            }

            writer.WriteString(SarifNames.Level, finding.Severity switch
            {
                FindingSeverity.Error => ErrorLevel,
                FindingSeverity.Warning => WarningLevel,
                _ => NoteLevel,
            });
            writer.WriteStartObject(SarifNames.Message);
            // The message in the run's language is written twice (as the text and in the properties): put together once.
            bool chinese = run.Chinese;
            bool together = messages.TryQuoted(finding, chinese, out ReadOnlySpan<byte> text);
            WriteMessage(SarifNames.Text, finding, chinese, together, text);
            int message = finding.MessageId != null && known ? Written(rule!.Messages, finding.MessageId) : -1;
            if (message >= 0)
            {
                writer.WriteString(SarifNames.Id, rule!.EncodedMessages[message]);
                // Escaped once, the array as one raw value: the same bytes as writing each argument as an item.
                IReadOnlyList<FindingArgument> arguments = finding.Arguments;
                strings.WriteArray(writer, SarifNames.Arguments, arguments.Count, (run, arguments), static (s, i) => s.run.Text(s.arguments[i].Value));
            }

            writer.WriteEndObject();
            writer.WriteStartArray(SarifNames.Locations);
            Location(finding.Location, file);
            writer.WriteEndArray();
            if (finding.RelatedLocations.Count > 0)
            {
                writer.WriteStartArray(SarifNames.RelatedLocations);
                int id = 0;
                foreach (SourceLocation related in finding.RelatedLocations)
                {
                    Location(related, file, id++);
                }

                writer.WriteEndArray();
            }

            if (accepted)
            {
                // SARIF 2.1.0 §3.35: a suppression recorded outside the source (our baseline file) is "external".
                writer.WriteStartArray("suppressions");
                writer.WriteStartObject();
                writer.WriteString("kind", "external");
                writer.WriteString("status", "accepted");
                writer.WriteString("justification", run.Text(Labels.AcceptedByBaseline));
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteStartObject(SarifNames.Properties);
            strings.Write(writer, SarifNames.JsonPointer, finding.Location.JsonPointer);
            JsonFields.Number(writer, SarifNames.RecordNumber, record);
            JsonFields.String(writer, SarifNames.RecordStatus, status is null ? null : Labels.Status(status.Value));
            writer.WriteString(SarifNames.Category, finding.Category.Code);
            strings.WriteIfGiven(writer, SarifNames.Value, finding.Value);
            strings.WriteIfGiven(writer, SarifNames.Sheet, finding.Location.Sheet);
            JsonFields.Number(writer, SarifNames.Row, finding.Location.Row);
            strings.WriteIfGiven(writer, SarifNames.Cell, finding.Location.Cell);
            if (chinese)
            {
                WriteMessage(SarifNames.MessageZh, finding, true, together, text);
                WriteMessage(SarifNames.MessageEn, finding, false, messages.TryQuoted(finding, false, out ReadOnlySpan<byte> english), english);
            }
            else
            {
                WriteMessage(SarifNames.MessageZh, finding, true, messages.TryQuoted(finding, true, out ReadOnlySpan<byte> zh), zh);
                WriteMessage(SarifNames.MessageEn, finding, false, together, text);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        public void FileEnded(ReportFile file)
        {
        }

        /// <summary>A finding's message in one language: its JSON string when <see cref="EscapedMessages"/> put it together, else its text.</summary>
        private void WriteMessage(JsonEncodedText name, Finding finding, bool chinese, bool together, ReadOnlySpan<byte> json)
        {
            if (!together)
            {
                strings.Write(writer, name, chinese ? finding.Message.Chinese : finding.Message.English);
                return;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(json, skipInputValidation: true);
        }

        /// <summary>Where <paramref name="messageId"/> is among a rule's few message ids written in the driver; -1 when it is not.</summary>
        private static int Written(string[] messages, string messageId)
        {
            for (int i = 0; i < messages.Length; i++)
            {
                if (string.Equals(messages[i], messageId, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// A rule as the driver wrote it: its index in the driver's rules (-1 when it has none), the ids of its message
        /// strings written there, and the rule id and those message ids escaped as the writer escapes them.
        /// </summary>
        private sealed class RuleWritten
        {
            public RuleWritten(int index, string[] messages, JsonEncodedText id, JsonEncodedText[] encodedMessages)
            {
                Index = index;
                Messages = messages;
                Id = id;
                EncodedMessages = encodedMessages;
            }

            public int Index { get; }

            public string[] Messages { get; }

            public JsonEncodedText Id { get; }

            public JsonEncodedText[] EncodedMessages { get; }
        }

        public void End(ValidationSummary total, int exitCode)
        {
            writer.WriteEndArray();
            writer.WriteStartArray("artifacts");
            foreach (ReportFile file in files)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("location");
                writer.WriteString("uri", ArtifactUri(file.Path));
                writer.WriteEndObject();
                JsonFields.String(writer, "encoding", file.Encoding);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("invocations");
            writer.WriteStartObject();
            writer.WriteBoolean("executionSuccessful", exitCode != 2);
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteStartArray("toolExecutionNotifications");
            foreach (ReportFile file in files.Where(f => f.Failure != null))
            {
                writer.WriteStartObject();
                writer.WriteString("level", "error");
                writer.WriteStartObject("message");
                writer.WriteString("text", run.Text(file.Failure!));
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                Location(file.FailureLocation ?? new SourceLocation { File = file.Path }, file.Path);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WritePropertyName("summary");
            JsonFields.Summary(writer, total);
            writer.WritePropertyName("run");
            JsonFields.RunInfo(writer, run);
            writer.WriteStartArray("files");
            foreach (ReportFile file in files)
            {
                JsonFields.File(writer, file);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
            output.Flush();
        }

        public void Dispose()
        {
            writer.Dispose();
            if (ownsOutput)
            {
                output.Dispose();
            }
        }

        private void Location(SourceLocation location, string fallbackFile, int? relatedId = null) =>
            SarifLocation.Write(writer, location, fallbackFile, relatedId, strings);
    }
}
