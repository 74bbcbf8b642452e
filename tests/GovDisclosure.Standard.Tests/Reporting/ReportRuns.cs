using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>Runs the validation of real inputs (the samples and the real-document corpus) and keeps the report a writer wrote.</summary>
    internal static class ReportRuns
    {
        /// <summary>Every sample data file and every real-document transcription, relative to the repository root.</summary>
        public static IEnumerable<object[]> Inputs()
        {
            string root = RepositoryFiles.Root;
            IEnumerable<string> samples = Directory.EnumerateFiles(Path.Combine(root, "samples", "data"))
                .Where(p => !p.EndsWith(".md", System.StringComparison.Ordinal));
            IEnumerable<string> documents = Directory.EnumerateFiles(Path.Combine(root, "tests", "RealDocuments"), "*.json", SearchOption.AllDirectories);
            return samples.Concat(documents)
                .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => new object[] { p });
        }

        /// <summary>The report of <paramref name="format"/> for one input, validated with <paramref name="rules"/> in <paramref name="language"/>.</summary>
        public static string Report(ReportFormat format, string relativePath, RuleSet? rules = null, string language = "zh", AgencyKind? agencyKind = null, int? threads = null) =>
            Report(format, new[] { ValidationSource.FromFile(RepositoryFiles.PathOf(relativePath.Split('/'))) }, rules, language, agencyKind, threads);

        /// <summary>The report of <paramref name="format"/> for several inputs.</summary>
        public static string Report(ReportFormat format, IReadOnlyList<ValidationSource> sources, RuleSet? rules = null, string language = "zh", AgencyKind? agencyKind = null, int? threads = null)
        {
            var output = new MemoryStream();
            using (IReportWriter writer = ReportWriters.Create(format, output, ownsOutput: false))
            {
                var options = new ValidationRunOptions { Rules = rules ?? RuleSet.Standard, Language = language, AgencyKind = agencyKind };
                var run = new ValidationRun(threads is int n ? options with { MaxDegreeOfParallelism = n } : options);
                run.RunAsync(sources, writer).GetAwaiter().GetResult();
            }

            return Encoding.UTF8.GetString(output.ToArray());
        }
    }
}
