using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Reporting;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// Validation on several threads reports exactly what one thread reports: the same bytes, in input order, with
    /// GD-AR-009 and the counts in their serial meaning. Only the run's start time may differ, and it is set aside.
    /// </summary>
    public sealed class ParallelValidationTests : IDisposable
    {
        private static readonly Regex StartTime = new Regex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?( ?[+-]\d{2}:?\d{2}|Z)?", RegexOptions.CultureInvariant);

        private readonly string folder = Path.Combine(Path.GetTempPath(), "govdisclosure-parallel-" + Guid.NewGuid().ToString("N"));

        public ParallelValidationTests()
        {
            Directory.CreateDirectory(folder);
        }

        public static IEnumerable<object[]> Inputs() => ReportRuns.Inputs();

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Theory]
        [MemberData(nameof(Inputs))]
        public void A_sample_or_published_document_gets_the_same_report_on_four_threads_as_on_one(string relativePath)
        {
            string serial = ReportRuns.Report(ReportFormat.Json, relativePath, threads: 1);
            string parallel = ReportRuns.Report(ReportFormat.Json, relativePath, threads: 4);

            Assert.Equal(WithoutStartTime(serial), WithoutStartTime(parallel));
        }

        [Theory]
        [InlineData(ReportFormat.Json)]
        [InlineData(ReportFormat.Text)]
        [InlineData(ReportFormat.Sarif)]
        public void A_folder_of_generated_files_of_thousands_of_records_gets_the_same_report_bytes_on_any_number_of_threads(ReportFormat format)
        {
            IReadOnlyList<string> files = GeneratedFolder();
            ValidationSource[] Sources() => files.Select(f => ValidationSource.FromFile(f)).ToArray();

            string serial = WithoutStartTime(ReportRuns.Report(format, Sources(), threads: 1));
            Assert.Contains("GD-AR-009", serial, StringComparison.Ordinal);
            Assert.Contains("GD-STR-001", serial, StringComparison.Ordinal);
            foreach (int threads in new[] { 2, 3, 8 })
            {
                Assert.Equal(serial, WithoutStartTime(ReportRuns.Report(format, Sources(), threads: threads)));
            }
        }

        [Fact]
        public void Fewer_than_one_thread_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationRunOptions { MaxDegreeOfParallelism = 0 });
        }

        /// <summary>A report with its run's start time set aside (the one thing two runs of the same input may differ in).</summary>
        internal static string WithoutStartTime(string report) => StartTime.Replace(report, "(start time)");

        /// <summary>
        /// Three files: 4,000 catalogue entries as JSON Lines, built from the sample with mistakes, with a broken line every
        /// 101 lines and a blank one every 257; 1,500 entries as one JSON array cut short at the end; and 600 annual reports
        /// of 7 agencies over the years as JSON Lines, so that GD-AR-009 compares each with the agency's previous one.
        /// </summary>
        private IReadOnlyList<string> GeneratedFolder()
        {
            string root = RepositoryFiles.Root;
            JsonArray entries = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "samples", "data", "county-catalogue-mistakes.json")))!["entries"]!.AsArray();
            string Entry(int i)
            {
                JsonNode entry = entries[i % entries.Count]!.DeepClone();
                entry["sequenceNumber"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                entry["code"] = "entry" + i;
                return entry.ToJsonString();
            }

            string lines = Path.Combine(folder, "a-catalogue.jsonl");
            var text = new StringBuilder();
            for (int i = 0; i < 4000; i++)
            {
                text.Append(i % 101 == 7 ? "{\"code\": \"broken\", " : Entry(i)).Append('\n');
                if (i % 257 == 3)
                {
                    text.Append('\n');
                }
            }

            File.WriteAllText(lines, text.ToString());

            string array = Path.Combine(folder, "b-catalogue.json");
            File.WriteAllText(array, "[\n" + string.Join(",\n", Enumerable.Range(0, 1500).Select(Entry)) + ",\n{\"code\": ");

            JsonNode report = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "samples", "data", "annual-report-2019.json")))!;
            string reports = Path.Combine(folder, "c-reports.jsonl");
            var reportLines = new StringBuilder();
            for (int i = 0; i < 600; i++)
            {
                JsonNode one = report.DeepClone();
                one["agencyName"] = "青山县第" + (i % 7) + "局";
                one["year"] = 2019 + (i / 7 % 5);
                reportLines.Append(one.ToJsonString()).Append('\n');
            }

            File.WriteAllText(reports, reportLines.ToString());
            return new[] { lines, array, reports };
        }
    }
}
