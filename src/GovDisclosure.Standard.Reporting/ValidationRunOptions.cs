using GovDisclosure.Standard.Validation;

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
    }
}
