using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// Records every finding of a run as accepted (<c>validate --write-baseline</c>): hand it to
    /// <see cref="ValidationRun.RunAsync(IEnumerable{ValidationSource}, IReportWriter?, System.Threading.CancellationToken)"/>
    /// (alone or with <see cref="ReportWriters.Combine"/>), then take <see cref="Baseline"/>. Unreadable records
    /// (GD-STR-001) are not recorded: they are never accepted.
    /// </summary>
    public sealed class BaselineRecorder : IReportWriter
    {
        private readonly Dictionary<BaselineKey, int> counts = new Dictionary<BaselineKey, int>();

        /// <summary>The findings recorded so far, as a baseline.</summary>
        public FindingBaseline Baseline => FindingBaseline.Of(new Dictionary<BaselineKey, int>(counts));

        /// <inheritdoc />
        public void Begin(ReportRun run)
        {
        }

        /// <inheritdoc />
        public void FileStarted(ReportFile file)
        {
        }

        /// <inheritdoc />
        public void Record(ReportFile file, RecordValidation result) => Add(file.Path, result.Findings);

        /// <inheritdoc />
        public void FileEnded(ReportFile file)
        {
        }

        /// <inheritdoc />
        public void BatchFindings(IReadOnlyList<Finding> findings)
        {
            foreach (IGrouping<string?, Finding> file in findings.GroupBy(f => f.Location.File))
            {
                Add(file.Key, file.ToArray());
            }
        }

        /// <inheritdoc />
        public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted) => Add(null, findings);

        /// <inheritdoc />
        public void End(ValidationSummary total, int exitCode)
        {
        }

        /// <inheritdoc />
        public void Dispose()
        {
        }

        private void Add(string? file, IReadOnlyList<Finding> findings)
        {
            foreach (Finding finding in findings)
            {
                if (FindingBaseline.Accepts(finding.RuleId))
                {
                    BaselineKey key = BaselineKey.Of(file, finding);
                    counts[key] = counts.TryGetValue(key, out int count) ? count + 1 : 1;
                }
            }
        }
    }
}
