using System;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>How a <see cref="ValidationRun"/> checks and what counts as failing (校验设置).</summary>
    public sealed record ValidationRunOptions
    {
        /// <summary>The rules to run; <see cref="RuleSet.Standard"/> by default.</summary>
        public RuleSet Rules { get; init; } = RuleSet.Standard;

        /// <summary>The language reports write messages in: <c>zh</c> (default) or <c>en</c>.</summary>
        public string Language { get; init; } = "zh";

        /// <summary>The severity at and above which a finding fails the run (<see cref="ValidationRunResult.HasFailingFindings"/>).</summary>
        public FindingSeverity FailOn { get; init; } = FindingSeverity.Error;

        /// <summary>
        /// The working-day calendar deadlines are counted on; <see cref="WorkingDayCalendar.China"/> when <c>null</c>
        /// (add years not yet shipped with <see cref="WorkingDayCalendar.WithFiles"/>).
        /// </summary>
        public WorkingDayCalendar? Calendar { get; init; }

        /// <summary>
        /// The kind of agency (机关类型) whose catalogue the inputs hold, or <c>null</c>. When set, the run also checks
        /// what the catalogue entries of all inputs cover together (<see cref="CatalogueCoverage"/>: Art. 20 items,
        /// Art. 21 areas and, in the <c>platform-column</c> set, the platform column) and hands those findings to
        /// <see cref="IReportWriter.Coverage"/> after the last input.
        /// </summary>
        public AgencyKind? AgencyKind { get; init; }

        /// <summary>
        /// The findings already accepted (基线), or <c>null</c>. A finding the baseline accepts is left out of the
        /// report, the counts and the verdict, so that only new findings fail the run; how many were accepted, and how
        /// many accepted findings were not met again, are on the result (<see cref="ValidationRunResult.AcceptedByBaseline"/>,
        /// <see cref="ValidationRunResult.BaselineUnmatched"/>).
        /// </summary>
        public FindingBaseline? Baseline { get; init; }

        /// <summary>
        /// How many threads bind and check the records of an input at once (并行度); the number of processors by
        /// default, 1 to validate on the calling thread alone. The report is the same, byte for byte, whatever the
        /// number: records are reported in input order, and rules that compare a record with earlier ones
        /// (GD-AR-009) and the running counts see them in that order.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
        public int MaxDegreeOfParallelism
        {
            get => maxDegreeOfParallelism;
            init => maxDegreeOfParallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "At least one thread is needed.");
        }

        private readonly int maxDegreeOfParallelism = Environment.ProcessorCount;

        /// <summary>
        /// <c>true</c> when nothing the run reports to keeps a record past the writer's <see cref="IReportWriter.Record"/>
        /// call (the tool's own writers): the run then keeps a JSON input's records in flight in slabs it uses again
        /// (<see cref="Input.RecordBytesRing"/>) rather than in an array each, and gives every record back once reported.
        /// Not for a caller's writer, which may keep the records it is given.
        /// </summary>
        internal bool RecordsReleasedOnceReported { get; init; }
    }
}
