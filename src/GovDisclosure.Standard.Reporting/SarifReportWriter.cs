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
        private readonly EncodedCodes codes = new EncodedCodes(JsonFields.Encoder);
        private readonly RawMembers raw;

        /// <summary>What results of a template with the same values say, put together once: from the rule's id to the message, and the message in both languages among the properties.</summary>
        private readonly RepeatedMembers repeatedMessage = new RepeatedMembers();
        private readonly RepeatedMembers repeatedProperties = new RepeatedMembers();

        /// <summary>What a result's location says the same for every finding of a file, put together once.</summary>
        private readonly SarifLocationRuns locationRuns = new SarifLocationRuns();

        /// <summary>The results after the first, put together and written to the stream past the writer.</summary>
        private readonly StreamedFindings streamed;

        /// <summary>Whether a result is put together as the writer's bytes first (<see cref="RawMembers"/>), else written member by member.</summary>
        private readonly bool putTogether;
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
            : this(output, ownsOutput, putTogether: true)
        {
        }

        /// <summary>A SARIF report whose results are put together as raw bytes first, or (<paramref name="putTogether"/> false, as tests compare) written member by member.</summary>
        internal SarifReportWriter(Stream output, bool ownsOutput, bool putTogether)
            : this(output, ownsOutput, putTogether, StreamedFindings.DefaultRun)
        {
        }

        /// <summary>As <see cref="SarifReportWriter(Stream, bool, bool)"/>, the results past the writer written whenever <paramref name="streamedRun"/> bytes of them are kept (tests write runs of a few bytes).</summary>
        internal SarifReportWriter(Stream output, bool ownsOutput, bool putTogether, int streamedRun)
        {
            this.output = output;
            this.ownsOutput = ownsOutput;
            this.putTogether = putTogether;
            writer = new Utf8JsonWriter(output, JsonFields.WriterOptions(true));
            strings = new EscapedStrings(JsonFields.Encoder);
            messages = new EscapedMessages(strings);
            raw = new RawMembers(strings, codes, messages);
            streamed = new StreamedFindings(writer, output, raw, streamedRun);
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
            // After the first, put together and kept to be written past the writer (its state is the same after each).
            if (putTogether && streamed.Start())
            {
                Write(raw, finding, file, record, status, accepted);
                if (streamed.Kept())
                {
                    return;
                }
            }

            streamed.BeforeWriter(item: true);
            if (putTogether && raw.Start(writer))
            {
                Write(raw, finding, file, record, status, accepted);
                if (raw.WrittenTo(writer))
                {
                    return;
                }
            }

            Write(new WriterMembers(writer, strings, codes, messages), finding, file, record, status, accepted);
        }

        /// <summary>A finding as one result, to <paramref name="members"/>.</summary>
        private void Write<TMembers>(TMembers members, Finding finding, string file, long? record, RecordStatus? status, bool accepted)
            where TMembers : IJsonMembers
        {
            members.StartObject();
            bool chinese = run.Chinese;
            RawMembers? raw = putTogether && members is RawMembers put ? put : null;
            if (raw is null || !repeatedMessage.TryRepeat(raw, finding, chinese, accepted))
            {
                Described(members, finding, chinese);
                if (raw != null)
                {
                    repeatedMessage.Keep(raw, finding, chinese, accepted);
                }
            }

            members.StartArray(SarifNames.Locations);
            SarifLocation.Write(members, finding.Location, file, null, raw is null ? null : locationRuns);
            members.EndArray();
            if (finding.RelatedLocations.Count > 0)
            {
                members.StartArray(SarifNames.RelatedLocations);
                IReadOnlyList<SourceLocation> related = finding.RelatedLocations;
                for (int i = 0; i < related.Count; i++)
                {
                    SarifLocation.Write(members, related[i], file, i);
                }

                members.EndArray();
            }

            if (accepted)
            {
                // SARIF 2.1.0 §3.35: a suppression recorded outside the source (our baseline file) is "external".
                members.StartArray(SarifNames.Suppressions);
                members.StartObject();
                members.Code(SarifNames.Kind, "external");
                members.Code(SarifNames.Status, "accepted");
                members.String(SarifNames.Justification, run.Text(Labels.AcceptedByBaseline));
                members.EndObject();
                members.EndArray();
            }

            members.StartObject(SarifNames.Properties);
            members.String(SarifNames.JsonPointer, finding.Location.JsonPointer);
            JsonFields.Number(members, SarifNames.RecordNumber, record);
            JsonFields.String(members, SarifNames.RecordStatus, status is null ? null : Labels.Status(status.Value));
            members.Code(SarifNames.Category, finding.Category.Code);
            JsonFields.String(members, SarifNames.Value, finding.Value);
            JsonFields.String(members, SarifNames.Sheet, finding.Location.Sheet);
            JsonFields.Number(members, SarifNames.Row, finding.Location.Row);
            JsonFields.String(members, SarifNames.Cell, finding.Location.Cell);
            if (raw is null || !repeatedProperties.TryRepeat(raw, finding, chinese, accepted))
            {
                bool together = messages.TryQuoted(finding, chinese, out ReadOnlySpan<byte> text);
                messages.WriteBoth(members, SarifNames.MessageZh, SarifNames.MessageEn, finding, chinese, together, text);
                if (raw != null)
                {
                    repeatedProperties.Keep(raw, finding, chinese, accepted);
                }
            }

            members.EndObject();
            members.EndObject();
        }

        /// <summary>What a result says, the same for every finding of a template with the same values: the rule's id and index, the level, the message with its template's id and arguments.</summary>
        private void Described<TMembers>(TMembers members, Finding finding, bool chinese)
            where TMembers : IJsonMembers
        {
            // The rule's id and its message ids as escaped when the driver was written: the same bytes, escaped once.
            bool known = rulesWritten.TryGetValue(finding.RuleId, out RuleWritten? rule);
            if (known)
            {
                members.Encoded(SarifNames.RuleId, rule!.Id);
            }
            else
            {
                members.String(SarifNames.RuleId, finding.RuleId);
            }

            if (known && rule!.Index >= 0)
            {
                members.Number(SarifNames.RuleIndex, rule.Index);
            }

            members.Encoded(SarifNames.Level, finding.Severity switch
            {
                FindingSeverity.Error => ErrorLevel,
                FindingSeverity.Warning => WarningLevel,
                _ => NoteLevel,
            });
            members.StartObject(SarifNames.Message);
            bool together = messages.TryQuoted(finding, chinese, out ReadOnlySpan<byte> text);
            members.Message(SarifNames.Text, finding, chinese, together, text);
            int message = finding.MessageId != null && known ? Written(rule!.Messages, finding.MessageId) : -1;
            if (message >= 0)
            {
                members.Encoded(SarifNames.Id, rule!.EncodedMessages[message]);
                IReadOnlyList<FindingArgument> arguments = finding.Arguments;
                members.Strings(SarifNames.Arguments, arguments.Count, (run, arguments), static (s, i) => s.run.Text(s.arguments[i].Value));
            }

            members.EndObject();
        }

        public void FileEnded(ReportFile file)
        {
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
            streamed.BeforeWriter(item: false);
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
            // As the writer writes what it holds when disposed, the results kept are written too.
            streamed.BeforeWriter(item: false);
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
