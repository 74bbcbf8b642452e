using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>A baseline of accepted findings: only new findings are reported and fail the run.</summary>
    public class FindingBaselineTests
    {
        private const string Name = "data/catalogue.json";

        [Fact]
        public void A_run_against_its_own_baseline_reports_nothing_and_passes()
        {
            byte[] input = Sample();
            (ValidationRunResult first, FindingBaseline baseline) = Record(input);
            FindingBaseline read = RoundTrip(baseline);

            (ValidationRunResult again, IReadOnlyList<Finding> findings) = Run(input, read);

            Assert.True(first.Total.Errors > 0);
            Assert.Equal(first.Total.Errors + first.Total.Warnings + first.Total.Information, read.Count);
            Assert.Empty(findings);
            Assert.Equal(0, again.ExitCode);
            Assert.Equal(read.Count, again.AcceptedByBaseline);
            Assert.Equal(0, again.BaselineUnmatched);
            Assert.Equal(again.Total.Read, again.Total.Valid);
        }

        [Fact]
        public void Accepted_findings_reach_the_report_writer_apart_from_the_counted_ones()
        {
            byte[] input = Sample();
            (ValidationRunResult first, FindingBaseline baseline) = Record(input);

            (ValidationRunResult again, FindingCollector collector) = Collect(input, baseline);

            Assert.Empty(collector.Findings);
            Assert.Equal(baseline.Count, collector.Accepted.Count);
            Assert.Equal(first.Total.Errors, collector.Accepted.Count(f => f.Severity == FindingSeverity.Error));
            Assert.Equal(0, again.Total.Errors);
        }

        [Fact]
        public async System.Threading.Tasks.Task Accepted_catalogue_coverage_findings_reach_the_report_writer_marked_as_accepted()
        {
            byte[] input = Sample();
            var options = new ValidationRunOptions { AgencyKind = GovDisclosure.Standard.Disclosure.AgencyKind.CountyGovernment, MaxDegreeOfParallelism = 1 };
            var recorder = new BaselineRecorder();
            var firstCollector = new FindingCollector();
            ValidationRunResult first = await new ValidationRun(options).RunAsync(ValidationSource.FromStream(new MemoryStream(input), Name), firstCollector);
            await new ValidationRun(options).RunAsync(ValidationSource.FromStream(new MemoryStream(input), Name), recorder);
            var collector = new FindingCollector();

            ValidationRunResult again = await new ValidationRun(options with { Baseline = recorder.Baseline })
                .RunAsync(ValidationSource.FromStream(new MemoryStream(input), Name), collector);

            List<Finding> coverage = firstCollector.Findings.Where(f => f.RuleId is "GD-CAT-008" or "GD-CAT-010" or "GD-CAT-011").ToList();
            Assert.NotEmpty(coverage);
            Assert.Empty(collector.Findings);
            Assert.Equal(coverage.Select(f => f.RuleId + f.Value), collector.CoverageAccepted.Select(f => f.RuleId + f.Value));
            Assert.Equal(first.Total.Errors + first.Total.Warnings + first.Total.Information, again.AcceptedByBaseline);
            Assert.Equal(0, again.Total.Warnings + again.Total.Information + again.Total.Errors);
        }

        [Fact]
        public void Records_moved_within_the_file_keep_their_findings_accepted()
        {
            (_, FindingBaseline baseline) = Record(Sample());
            JsonNode document = JsonNode.Parse(Sample())!;
            JsonArray entries = document["entries"]!.AsArray();
            var reversed = entries.Select(e => e!.DeepClone()).Reverse().ToList();
            entries.Clear();
            reversed.ForEach(entries.Add);

            (ValidationRunResult result, IReadOnlyList<Finding> findings) = Run(Encoding.UTF8.GetBytes(document.ToJsonString()), baseline);

            Assert.Empty(findings);
            Assert.Equal(baseline.Count, result.AcceptedByBaseline);
        }

        [Fact]
        public void A_finding_the_baseline_does_not_accept_is_reported_and_fails_the_run()
        {
            byte[] input = Sample();
            (ValidationRunResult first, FindingBaseline baseline) = Record(input);
            JsonObject written = JsonNode.Parse(Bytes(baseline))!.AsObject();
            JsonArray accepted = written["accepted"]!.AsArray();
            JsonNode left = accepted.First(a => a!["ruleId"]!.GetValue<string>() == "GD-CAT-001")!;
            accepted.Remove(left);
            accepted.Add(new JsonObject { ["file"] = Name, ["ruleId"] = "GD-CAT-002", ["pointer"] = "/channels/9", ["value"] = "已改正", ["count"] = 2 });
            FindingBaseline edited = FindingBaseline.Read(new MemoryStream(Encoding.UTF8.GetBytes(written.ToJsonString())), "baseline.json");

            (ValidationRunResult result, IReadOnlyList<Finding> findings) = Run(input, edited);

            Finding only = Assert.Single(findings);
            Assert.Equal("GD-CAT-001", only.RuleId);
            Assert.Equal(left["pointer"]!.GetValue<string>(), only.Location.JsonPointer);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(2, result.BaselineUnmatched);
            Assert.Equal(baseline.Count - 1, result.AcceptedByBaseline);
        }

        [Fact]
        public void An_unreadable_record_is_never_accepted()
        {
            byte[] lines = Encoding.UTF8.GetBytes(File.ReadAllText(RepositoryFiles.PathOf("samples", "data", "enforcement-disclosures.jsonl")) + "{\"enforcingBody\": \n");
            (_, FindingBaseline baseline) = Record(lines, "data/enforcement.jsonl");

            (ValidationRunResult result, IReadOnlyList<Finding> findings) = Run(lines, baseline, "data/enforcement.jsonl");

            Assert.Equal("GD-STR-001", Assert.Single(findings).RuleId);
            Assert.Equal(1, result.Total.Unreadable);
            Assert.DoesNotContain("GD-STR-001", Encoding.UTF8.GetString(Bytes(baseline)), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_baseline_is_written_sorted_so_that_it_diffs_well()
        {
            (_, FindingBaseline baseline) = Record(Sample());

            var keys = JsonNode.Parse(Bytes(baseline))!["accepted"]!.AsArray()
                .Select(a => a!["file"]!.GetValue<string>() + "\u0001" + a["ruleId"]!.GetValue<string>() + "\u0001" + a["pointer"]!.GetValue<string>())
                .ToList();

            Assert.Equal(keys.OrderBy(k => k, System.StringComparer.Ordinal), keys);
        }

        [Theory]
        [InlineData("{ \"accepted\": [] }", 1, 1, "lacks \"version\": 1")]
        [InlineData("{ \"version\": 2, \"accepted\": [] }", 1, 14, "unsupported baseline format version")]
        [InlineData("{ \"version\": 1,\n  \"accepted\": [ { \"file\": \"a.json\", \"pointer\": \"\" } ] }", 2, 17, "lacks 'ruleId'")]
        [InlineData("{ \"version\": 1,\n  \"accepted\": [ { \"file\": \"a.json\", \"ruleId\": \"GD-CAT-001\", \"pointer\": \"\", \"count\": 0 } ] }", 2, 85, "count should be a whole number of 1 or more")]
        [InlineData("{ \"version\": 1,\n  \"accepted\": [ { \"rule\": \"GD-CAT-001\" } ] }", 2, 19, "unknown member 'rule'")]
        [InlineData("{ \"version\": 1, \"findings\": [] }", 1, 17, "unknown member 'findings'")]
        [InlineData("[]", 1, 1, "a baseline file is one JSON object")]
        [InlineData("{ \"version\": 1, \"accepted\": [ ", 1, 31, "not valid JSON")]
        public void A_mistake_in_a_baseline_is_refused_at_its_line_and_column(string text, long line, long column, string english)
        {
            InputException e = Assert.Throws<InputException>(() => FindingBaseline.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "baseline.json"));

            Assert.Equal("baseline.json", e.Location.File);
            Assert.Equal(line, e.Location.Line);
            Assert.Equal(column, e.Location.Column);
            Assert.Contains(english, e.Text.English, System.StringComparison.Ordinal);
        }

        private static byte[] Sample() => File.ReadAllBytes(RepositoryFiles.PathOf("samples", "data", "county-catalogue-mistakes.json"));

        private static (ValidationRunResult Result, FindingBaseline Baseline) Record(byte[] input, string name = Name)
        {
            var recorder = new BaselineRecorder();
            ValidationRunResult result = new ValidationRun(new ValidationRunOptions { MaxDegreeOfParallelism = 1 })
                .RunAsync(ValidationSource.FromStream(new MemoryStream(input), name), recorder).GetAwaiter().GetResult();
            return (result, recorder.Baseline);
        }

        private static (ValidationRunResult Result, IReadOnlyList<Finding> Findings) Run(byte[] input, FindingBaseline baseline, string name = Name) =>
            Collect(input, baseline, name) is var (result, collector) ? (result, collector.Findings) : default;

        private static (ValidationRunResult Result, FindingCollector Collector) Collect(byte[] input, FindingBaseline baseline, string name = Name)
        {
            var collector = new FindingCollector();
            ValidationRunResult result = new ValidationRun(new ValidationRunOptions { Baseline = baseline, MaxDegreeOfParallelism = 1 })
                .RunAsync(ValidationSource.FromStream(new MemoryStream(input), name), collector).GetAwaiter().GetResult();
            return (result, collector);
        }

        private static byte[] Bytes(FindingBaseline baseline)
        {
            var stream = new MemoryStream();
            baseline.Write(stream);
            return stream.ToArray();
        }

        private static FindingBaseline RoundTrip(FindingBaseline baseline) => FindingBaseline.Read(new MemoryStream(Bytes(baseline)), "baseline.json");

        /// <summary>Keeps every finding a run reports.</summary>
        private sealed class FindingCollector : IReportWriter
        {
            public List<Finding> Findings { get; } = new List<Finding>();

            public void Begin(ReportRun run)
            {
            }

            public void FileStarted(ReportFile file)
            {
            }

            public List<Finding> Accepted { get; } = new List<Finding>();

            public void Record(ReportFile file, RecordValidation result)
            {
                Findings.AddRange(result.Findings);
                Accepted.AddRange(result.Accepted);
            }

            public void FileEnded(ReportFile file)
            {
            }

            public void BatchFindings(IReadOnlyList<Finding> findings) => Findings.AddRange(findings);

            public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted)
            {
                Findings.AddRange(findings);
                CoverageAccepted.AddRange(accepted);
            }

            public List<Finding> CoverageAccepted { get; } = new List<Finding>();

            public void End(ValidationSummary total, int exitCode)
            {
            }

            public void Dispose()
            {
            }
        }
    }
}
