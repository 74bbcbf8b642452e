using System;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>
    /// Passes each step of a run to the report writer and tells the person at the terminal: progress on
    /// standard error while records are checked, and a line on standard error for an input that could not be read.
    /// </summary>
    internal sealed class ConsoleEcho : IReportWriter
    {
        private readonly IReportWriter report;
        private readonly ProgressDisplay progress;
        private ReportRun? run;
        private long read;
        private long findings;

        public ConsoleEcho(IReportWriter report, ProgressDisplay progress)
        {
            this.report = report;
            this.progress = progress;
        }

        public void Begin(ReportRun run)
        {
            this.run = run;
            report.Begin(run);
        }

        public void FileStarted(ReportFile file) => report.FileStarted(file);

        public void Record(ReportFile file, RecordValidation result)
        {
            report.Record(file, result);
            read++;
            findings += result.Findings.Count;
            progress.Update(file.Path, read, findings);
        }

        public void FileEnded(ReportFile file)
        {
            if (file.Failure != null && run != null)
            {
                Console.Error.WriteLine("govdisclosure: " + TerminalText.Escape((file.FailureLocation?.ToString() ?? file.Path) + ": " + run.Text(file.Failure)));
            }

            report.FileEnded(file);
        }

        public void BatchFindings(System.Collections.Generic.IReadOnlyList<Finding> findings) => report.BatchFindings(findings);

        public void Coverage(CatalogueCoverage coverage, System.Collections.Generic.IReadOnlyList<Finding> findings, System.Collections.Generic.IReadOnlyList<Finding> accepted) => report.Coverage(coverage, findings, accepted);

        public void End(ValidationSummary total, int exitCode) => report.End(total, exitCode);

        public void Dispose() => report.Dispose();
    }
}
