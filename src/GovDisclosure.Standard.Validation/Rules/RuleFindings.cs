using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>Makes findings for a rule, with the rule's severity and category.</summary>
    internal static class RuleFindings
    {
        public static Finding Create(RuleDescriptor rule, RuleContext context, string jsonPointer, BilingualText message, string? value = null) =>
            new Finding(rule.Id, rule.Severity, rule.Category, context.Locate(jsonPointer), message) { Value = value };

        public static Finding WithSpan(this Finding finding, int start, int length) =>
            finding with { SpanStart = start, SpanLength = length };

        /// <summary>A finding of <paramref name="rule"/> at <paramref name="jsonPointer"/>, its message rendered from the rule's template <paramref name="messageId"/>.</summary>
        public static Finding Create(RuleDescriptor rule, RuleContext context, string jsonPointer, string messageId, string? value, IReadOnlyList<FindingArgument> arguments) =>
            new Finding(rule.Id, rule.Severity, rule.Category, context.Locate(jsonPointer), rule.Message(messageId), arguments) { Value = value };

        /// <summary>
        /// As <see cref="Create(RuleDescriptor, RuleContext, string, string, string?, IReadOnlyList{FindingArgument})"/>, with the
        /// offending text's span within its field (<see cref="Finding.SpanStart"/>, <see cref="Finding.SpanLength"/>): one finding,
        /// the same as that one given <see cref="WithSpan"/>, not a second copy made to add the span.
        /// </summary>
        public static Finding Create(RuleDescriptor rule, RuleContext context, string jsonPointer, string messageId, string? value, IReadOnlyList<FindingArgument> arguments, int spanStart, int spanLength) =>
            new Finding(rule.Id, rule.Severity, rule.Category, context.Locate(jsonPointer), rule.Message(messageId), arguments) { Value = value, SpanStart = spanStart, SpanLength = spanLength };

        /// <summary>
        /// As <see cref="Create(RuleDescriptor, RuleContext, string, string, string?, IReadOnlyList{FindingArgument})"/>, with
        /// <paramref name="related"/> as its related locations: one finding, not a second copy made to add them.
        /// </summary>
        public static Finding Create(RuleDescriptor rule, RuleContext context, string jsonPointer, string messageId, string? value, IReadOnlyList<FindingArgument> arguments, IReadOnlyList<SourceLocation> related) =>
            new Finding(rule.Id, rule.Severity, rule.Category, context.Locate(jsonPointer), rule.Message(messageId), arguments) { Value = value, RelatedLocations = related };

        /// <summary>A finding of <paramref name="rule"/> at <paramref name="location"/> and <paramref name="severity"/>, for rules reported on a rule's behalf.</summary>
        public static Finding Create(RuleDescriptor rule, FindingSeverity severity, SourceLocation location, string messageId, string? value, IReadOnlyList<FindingArgument> arguments) =>
            new Finding(rule.Id, severity, rule.Category, location, rule.Message(messageId), arguments) { Value = value };

        public static IReadOnlyList<Finding> None { get; } = new Finding[0];
    }
}
