using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// One thing a rule found in one document: which rule (a stable id that never changes meaning),
    /// how serious, what kind of problem, exactly where (and the other places it concerns), the offending
    /// value, and what is wrong in Chinese and English. A built-in rule's message is rendered from one of
    /// its descriptor's <see cref="RuleDescriptor.Messages"/>: the finding keeps that template's
    /// <see cref="MessageId"/> and its <see cref="Arguments"/>, so that a report can carry the message as
    /// data. Findings are data; formatting them is the caller's business.
    /// </summary>
    public sealed record Finding
    {
        private readonly string? offendingValue;

        /// <summary>The template a message is rendered from when it is first asked for (a report writer that takes characters renders it with no string).</summary>
        private readonly MessageTemplate? template;

        /// <summary>The message, given or rendered.</summary>
        private BilingualText? message;

        /// <summary>Creates a finding whose message is given as text (no template; <see cref="MessageId"/> is <c>null</c>).</summary>
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
            this.message = message ?? throw new System.ArgumentNullException(nameof(message));
        }

        /// <summary>Creates a finding whose message is rendered from a template of its rule.</summary>
        /// <param name="ruleId">The rule's stable id.</param>
        /// <param name="severity">How serious it is.</param>
        /// <param name="category">What kind of problem it is.</param>
        /// <param name="location">Where it is.</param>
        /// <param name="message">The template, one of the rule's <see cref="RuleDescriptor.Messages"/>.</param>
        /// <param name="arguments">A value for each of the template's placeholders.</param>
        /// <exception cref="System.ArgumentException">A placeholder has no argument, or an argument fills none.</exception>
        public Finding(string ruleId, FindingSeverity severity, FindingCategory category, SourceLocation location, MessageTemplate message, IReadOnlyList<FindingArgument> arguments)
            : this(ruleId, severity, category, location, message, (message ?? throw new System.ArgumentNullException(nameof(message))).InParameterOrder(arguments))
        {
        }

        private Finding(string ruleId, FindingSeverity severity, FindingCategory category, SourceLocation location, MessageTemplate message, FindingArgument[] ordered)
        {
            // The message is rendered when it is first asked for: the JSON report writes it from the template and the
            // arguments, so most findings' messages never become strings (an annual report's identity findings quote
            // both sides of their sums in both languages).
            RuleId = ruleId;
            Severity = severity;
            Category = category;
            Location = location;
            template = message;
            MessageId = message.Id;
            Arguments = ordered;
        }

        /// <summary>The rule's stable id.</summary>
        public string RuleId { get; }

        /// <summary>How serious it is.</summary>
        public FindingSeverity Severity { get; private init; }

        /// <summary>What kind of problem it is.</summary>
        public FindingCategory Category { get; }

        /// <summary>Where it is.</summary>
        public SourceLocation Location { get; }

        /// <summary>What is wrong, in Chinese and English.</summary>
        public BilingualText Message => message ?? Rendered();

        /// <summary>The id of the message template <see cref="Message"/> was rendered from, within the rule (e.g. <c>default</c>); <c>null</c> for a message given as text.</summary>
        public string? MessageId { get; }

        /// <summary>The named values the message was rendered with (消息参数), in the template's parameter order; empty for a message given as text.</summary>
        public IReadOnlyList<FindingArgument> Arguments { get; } = NoArguments;

        /// <summary>
        /// The offending value as written (the vague phrase, the wrong sum…), when there is one; a value longer than
        /// <see cref="FindingArgument.MaxLength"/> characters is cut there and says how long it was, as a message's
        /// arguments are, so that no report repeats a huge value in each finding.
        /// </summary>
        public string? Value
        {
            get => offendingValue;
            init => offendingValue = value is null ? null : FindingArgument.Cut(value, "（共 {0:N0} 字 / {0:N0} characters）");
        }

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

        private static IReadOnlyList<FindingArgument> NoArguments { get; } = new FindingArgument[0];

        /// <summary>Whether <paramref name="other"/> has the same value in every member (as a record compares them; the message as its text, rendered or given).</summary>
        /// <param name="other">The other finding.</param>
        public bool Equals(Finding? other) =>
            other is not null
            && (ReferenceEquals(this, other)
                || (string.Equals(offendingValue, other.offendingValue, System.StringComparison.Ordinal)
                    && string.Equals(RuleId, other.RuleId, System.StringComparison.Ordinal)
                    && Severity == other.Severity
                    && EqualityComparer<FindingCategory>.Default.Equals(Category, other.Category)
                    && EqualityComparer<SourceLocation>.Default.Equals(Location, other.Location)
                    && EqualityComparer<BilingualText>.Default.Equals(Message, other.Message)
                    && string.Equals(MessageId, other.MessageId, System.StringComparison.Ordinal)
                    && EqualityComparer<IReadOnlyList<FindingArgument>>.Default.Equals(Arguments, other.Arguments)
                    && SpanStart == other.SpanStart
                    && SpanLength == other.SpanLength
                    && EqualityComparer<IReadOnlyList<SourceLocation>>.Default.Equals(RelatedLocations, other.RelatedLocations)));

        /// <summary>A hash of every member's value, consistent with <see cref="Equals(Finding?)"/>.</summary>
        public override int GetHashCode()
        {
            int hash = Hash(0, offendingValue is null ? 0 : System.StringComparer.Ordinal.GetHashCode(offendingValue));
            hash = Hash(hash, RuleId is null ? 0 : System.StringComparer.Ordinal.GetHashCode(RuleId));
            hash = Hash(hash, Severity.GetHashCode());
            hash = Hash(hash, EqualityComparer<FindingCategory>.Default.GetHashCode(Category));
            hash = Hash(hash, Location is null ? 0 : EqualityComparer<SourceLocation>.Default.GetHashCode(Location));
            hash = Hash(hash, EqualityComparer<BilingualText>.Default.GetHashCode(Message));
            hash = Hash(hash, MessageId is null ? 0 : System.StringComparer.Ordinal.GetHashCode(MessageId));
            hash = Hash(hash, EqualityComparer<IReadOnlyList<FindingArgument>>.Default.GetHashCode(Arguments));
            hash = Hash(hash, SpanStart.GetHashCode());
            hash = Hash(hash, SpanLength.GetHashCode());
            return Hash(hash, EqualityComparer<IReadOnlyList<SourceLocation>>.Default.GetHashCode(RelatedLocations));
        }

        /// <summary>
        /// The message in one language written into <paramref name="buffer"/> from its template, when it has not been made
        /// a string yet (the same characters as <see cref="Message"/>'s text); <c>false</c> when it has, or was given as text.
        /// </summary>
        /// <param name="chinese">The Chinese text, else the English.</param>
        /// <param name="buffer">Where to write it; made larger when too small.</param>
        /// <param name="length">How many characters were written, from the buffer's start.</param>
        internal bool TryRenderInto(bool chinese, ref char[]? buffer, out int length)
        {
            if (message != null || template is null)
            {
                length = 0;
                return false;
            }

            length = template.RenderInto((FindingArgument[])Arguments, chinese, ref buffer);
            return true;
        }

        /// <summary>
        /// The template the message is rendered from and its arguments in the template's parameter order, for a writer that
        /// puts the message together itself (the same text as <see cref="Message"/>); <c>false</c> for a message given as text.
        /// </summary>
        /// <param name="messageTemplate">The template.</param>
        /// <param name="ordered">One argument per parameter, in the parameters' order.</param>
        internal bool TryGetTemplate([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MessageTemplate? messageTemplate, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FindingArgument[]? ordered)
        {
            messageTemplate = template;
            ordered = template is null ? null : (FindingArgument[])Arguments;
            return template != null;
        }

        /// <summary>A copy at another severity, as a rule set re-grades it; everything else is kept.</summary>
        internal Finding WithSeverity(FindingSeverity severity) =>
            severity == Severity ? this : new Finding(this) { Severity = severity };

        private static int Hash(int hash, int value) => unchecked((hash * -1521134295) + value);

        /// <summary>The message rendered from the template, kept (threads that render it at once make equal texts).</summary>
        private BilingualText Rendered()
        {
            BilingualText text = template!.RenderInOrder((FindingArgument[])Arguments);
            message = text;
            return text;
        }
    }
}
