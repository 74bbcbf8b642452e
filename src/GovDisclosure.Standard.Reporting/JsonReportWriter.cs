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

        private readonly EncodedCodes codes = new EncodedCodes(JsonFields.Encoder);
        private readonly RawMembers raw;

        /// <summary>What findings of a template with the same values say, put together once (<see cref="JsonFinding"/>'s rule to arguments).</summary>
        private readonly RepeatedMembers repeated = new RepeatedMembers();

        /// <summary>A finding's start and its location's start, each with its file, put together once a file (<see cref="JsonFinding"/>'s).</summary>
        private readonly JsonFindingRuns runs = new JsonFindingRuns();

        /// <summary>The findings after the first, put together and written to the stream past the writer.</summary>
        private readonly StreamedFindings streamed;

        /// <summary>Whether a finding is put together as the writer's bytes first (<see cref="RawMembers"/>), else written member by member.</summary>
        private readonly bool putTogether;
        private ReportRun run = null!;

        /// <summary>The published JSON Schema of the report, written as its <c>$schema</c>.</summary>
        public const string SchemaUri = "https://govdisclosure.standard/schema/validationReport.schema.json";

        /// <summary>
        /// The version of the report format (major.minor), written as <c>schemaVersion</c>: the minor number grows
        /// when members are added, the major number when a member is removed or changes meaning.
        /// </summary>
        public const string SchemaVersion = "1.1";

        public JsonReportWriter(Stream output, bool ownsOutput)
            : this(output, ownsOutput, putTogether: true)
        {
        }

        /// <summary>A JSON report whose findings are put together as raw bytes first, or (<paramref name="putTogether"/> false, as tests compare) written member by member.</summary>
        internal JsonReportWriter(Stream output, bool ownsOutput, bool putTogether)
            : this(output, ownsOutput, putTogether, StreamedFindings.DefaultRun)
        {
        }

        /// <summary>As <see cref="JsonReportWriter(Stream, bool, bool)"/>, the findings past the writer written whenever <paramref name="streamedRun"/> bytes of them are kept (tests write runs of a few bytes).</summary>
        internal JsonReportWriter(Stream output, bool ownsOutput, bool putTogether, int streamedRun)
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
            streamed.BeforeWriter(item: false);
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

        private void Write(Finding finding, string? file, long? record, RecordStatus? status, bool accepted = false)
        {
            // After the first, put together and kept to be written past the writer (its state is the same after each).
            if (putTogether && streamed.Start())
            {
                JsonFinding.Write(raw, finding, file, record, status, accepted, run.Chinese, messages, repeated, runs);
                if (streamed.Kept())
                {
                    return;
                }
            }

            streamed.BeforeWriter(item: true);

            // Put together as the writer's bytes and written as one raw item: the writer's checks and state once a finding.
            if (putTogether && raw.Start(writer))
            {
                JsonFinding.Write(raw, finding, file, record, status, accepted, run.Chinese, messages, repeated, runs);
                if (raw.WrittenTo(writer))
                {
                    return;
                }
            }

            JsonFinding.Write(new WriterMembers(writer, strings, codes, messages), finding, file, record, status, accepted, run.Chinese, messages);
        }

        public void Dispose()
        {
            // As the writer writes what it holds when disposed, the findings kept are written too.
            streamed.BeforeWriter(item: false);
            writer.Dispose();
            if (ownsOutput)
            {
                output.Dispose();
            }
        }
    }
}
