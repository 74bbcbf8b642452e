using System.Collections.Generic;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>Several report writers as one (<see cref="ReportWriters.Combine"/>): each step goes to each, in order.</summary>
    internal sealed class CombinedReportWriter : IReportWriter
    {
        private readonly IReportWriter[] writers;

        public CombinedReportWriter(IReportWriter[] writers)
        {
            this.writers = writers;
        }

        public void Begin(ReportRun run)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.Begin(run);
            }
        }

        public void FileStarted(ReportFile file)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.FileStarted(file);
            }
        }

        public void Record(ReportFile file, RecordValidation result)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.Record(file, result);
            }
        }

        public void FileEnded(ReportFile file)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.FileEnded(file);
            }
        }

        public void BatchFindings(IReadOnlyList<Finding> findings)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.BatchFindings(findings);
            }
        }

        public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.Coverage(coverage, findings, accepted);
            }
        }

        public void End(ValidationSummary total, int exitCode)
        {
            foreach (IReportWriter writer in writers)
            {
                writer.End(total, exitCode);
            }
        }

        public void Dispose()
        {
            foreach (IReportWriter writer in writers)
            {
                writer.Dispose();
            }
        }
    }
}
