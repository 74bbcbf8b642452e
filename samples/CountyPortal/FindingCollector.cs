using System.Collections.Generic;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace Bailuwan.CountyPortal
{
    /// <summary>Keeps what the page shows of a validation run as it streams: the first findings, and the first finding of an unreadable record.</summary>
    internal sealed class FindingCollector : IReportWriter
    {
        private readonly int limit;

        public FindingCollector(int limit)
        {
            this.limit = limit;
        }

        public List<FindingView> Findings { get; } = new List<FindingView>();

        public Finding? FirstUnreadable { get; private set; }

        public void Record(ReportFile file, RecordValidation result)
        {
            foreach (Finding finding in result.Findings)
            {
                if (result.Status == RecordStatus.Unreadable)
                {
                    FirstUnreadable ??= finding;
                }

                if (Findings.Count < limit)
                {
                    Findings.Add(FindingView.Of(result.Record.Number, finding));
                }
            }
        }

        public void Begin(ReportRun run)
        {
        }

        public void FileStarted(ReportFile file)
        {
        }

        public void FileEnded(ReportFile file)
        {
        }

        public void BatchFindings(IReadOnlyList<Finding> findings) => Collect(findings);

        public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted) => Collect(findings);

        private void Collect(IReadOnlyList<Finding> findings)
        {
            foreach (Finding finding in findings)
            {
                if (Findings.Count < limit)
                {
                    Findings.Add(FindingView.Of(0, finding));
                }
            }
        }

        public void End(ValidationSummary total, int exitCode)
        {
        }

        public void Dispose()
        {
        }
    }
}
