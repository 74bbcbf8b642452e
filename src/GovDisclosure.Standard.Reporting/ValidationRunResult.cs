using System.Collections.Generic;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>What a <see cref="ValidationRun"/> found (校验结果): every input with its counts and any read failure, and the totals.</summary>
    public sealed class ValidationRunResult
    {
        internal ValidationRunResult(ReportRun run, IReadOnlyList<ReportFile> files, ValidationSummary total, bool failing, bool unusable)
        {
            Run = run;
            Files = files;
            Total = total;
            HasFailingFindings = failing;
            HasUnreadableInput = unusable;
        }

        /// <summary>How many findings were left out because the run's <see cref="ValidationRunOptions.Baseline"/> accepts them.</summary>
        public long AcceptedByBaseline { get; internal init; }

        /// <summary>
        /// How many findings the baseline accepts were not found in this run (fixed, or their value changed): a
        /// baseline written again (<see cref="BaselineRecorder"/>) would drop them.
        /// </summary>
        public long BaselineUnmatched { get; internal init; }

        /// <summary>What the run checked against.</summary>
        public ReportRun Run { get; }

        /// <summary>Every input, in the order given. A read failure is in <see cref="ReportFile.Failure"/>: this is the only place it is reported.</summary>
        public IReadOnlyList<ReportFile> Files { get; }

        /// <summary>The counts over every input.</summary>
        public ValidationSummary Total { get; }

        /// <summary><c>true</c> when a finding is at or above <see cref="ValidationRunOptions.FailOn"/>.</summary>
        public bool HasFailingFindings { get; }

        /// <summary><c>true</c> when an input could not be opened or read to its end.</summary>
        public bool HasUnreadableInput { get; }

        /// <summary>The outcome as a tool's exit code: 0 clean, 1 failing findings, 2 an input could not be read (which wins).</summary>
        public int ExitCode => HasUnreadableInput ? 2 : HasFailingFindings ? 1 : 0;
    }
}
