using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// One thing a rule found in one document: which rule (a stable id that never changes meaning),
    /// how serious, what kind of problem, exactly where, the offending value, and what is wrong in
    /// Chinese and English. Findings are data; formatting them is the caller's business.
    /// </summary>
    public sealed record Finding
    {
        /// <summary>Creates a finding.</summary>
        /// <param name="ruleId">The rule's stable id, e.g. <c>GD-SG-003</c>.</param>
        /// <param name="severity">How serious it is.</param>
        /// <param name="category">What kind of problem it is.</param>
        /// <param name="location">Where it is.</param>
        /// <param name="message">What is wrong, in both languages.</param>
        public Finding(string ruleId, FindingSeverity severity, FindingCategory category, SourceLocation location, BilingualText message)
        {
            RuleId = ruleId;
            Severity = severity;
            Category = category;
            Location = location;
            Message = message;
        }

        /// <summary>The rule's stable id.</summary>
        public string RuleId { get; }

        /// <summary>How serious it is.</summary>
        public FindingSeverity Severity { get; }

        /// <summary>What kind of problem it is.</summary>
        public FindingCategory Category { get; }

        /// <summary>Where it is.</summary>
        public SourceLocation Location { get; }

        /// <summary>What is wrong, in Chinese and English.</summary>
        public BilingualText Message { get; }

        /// <summary>The offending value as written (the vague phrase, the wrong sum…), when there is one.</summary>
        public string? Value { get; init; }

        /// <summary>Where in <see cref="Value"/>'s field the offending text starts (0-based, in characters), for wording findings.</summary>
        public int? SpanStart { get; init; }

        /// <summary>The length of the offending text within the field, for wording findings.</summary>
        public int? SpanLength { get; init; }

        /// <summary>
        /// Other places the finding is about (相关位置), e.g. every blank cell of a table that one
        /// finding lists; empty when the finding is about <see cref="Location"/> alone. Written to
        /// SARIF as <c>relatedLocations</c>.
        /// </summary>
        public IReadOnlyList<SourceLocation> RelatedLocations { get; init; } = NoLocations;

        private static IReadOnlyList<SourceLocation> NoLocations { get; } = new SourceLocation[0];
    }
}
