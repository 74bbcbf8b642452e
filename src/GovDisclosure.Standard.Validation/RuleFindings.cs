using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>Makes findings for a rule, with the rule's severity and category.</summary>
    internal static class RuleFindings
    {
        public static Finding Create(RuleDescriptor rule, RuleContext context, string jsonPointer, BilingualText message, string? value = null) =>
            new Finding(rule.Id, rule.Severity, rule.Category, context.Locate(jsonPointer), message) { Value = value };

        public static Finding WithSpan(this Finding finding, int start, int length) =>
            finding with { SpanStart = start, SpanLength = length };

        public static Finding WithSeverity(this Finding finding, FindingSeverity severity) =>
            finding.Severity == severity
                ? finding
                : new Finding(finding.RuleId, severity, finding.Category, finding.Location, finding.Message)
                {
                    Value = finding.Value,
                    SpanStart = finding.SpanStart,
                    SpanLength = finding.SpanLength,
                    RelatedLocations = finding.RelatedLocations,
                };

        public static IReadOnlyList<Finding> None { get; } = new Finding[0];
    }
}
