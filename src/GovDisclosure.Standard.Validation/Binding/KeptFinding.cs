using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// A finding that binding a member's kept bytes gave (<see cref="KeptValueBindings"/>), or a code-like text that did not
    /// fit (<see cref="DocumentBinder"/>'s reported texts), kept as what it was reported with — its rule, pointer, message,
    /// value and arguments — and not where it was: the same bytes bound for the same member of another row, or the same
    /// text bound by the same plan in another record, give the same report, located at that row or record (乡镇广播站 in
    /// channels, 随时 in modes, record after record). Immutable.
    /// </summary>
    internal sealed class KeptFinding
    {
        /// <summary>Keeps one report of a binding.</summary>
        /// <param name="rule">The rule reported.</param>
        /// <param name="pointer">The pointer of the value reported.</param>
        /// <param name="messageId">The id of the rule's message template.</param>
        /// <param name="value">The value as the finding shows it.</param>
        /// <param name="markReported">Whether the pointer is one of the record's reported and left out.</param>
        /// <param name="arguments">The template's arguments (never changed once reported).</param>
        public KeptFinding(RuleDescriptor rule, string pointer, string messageId, string? value, bool markReported, FindingArgument[] arguments)
        {
            Rule = rule;
            Pointer = pointer;
            MessageId = messageId;
            Value = value;
            MarkReported = markReported;
            Arguments = arguments;
        }

        /// <summary>The rule reported.</summary>
        public RuleDescriptor Rule { get; }

        /// <summary>
        /// The pointer of the value reported: for a member's kept bytes the same in every row of the same names; for a text,
        /// the first record's, each later record's value reported at its own.
        /// </summary>
        public string Pointer { get; }

        /// <summary>The id of the rule's message template.</summary>
        public string MessageId { get; }

        /// <summary>The value as the finding shows it.</summary>
        public string? Value { get; }

        /// <summary>Whether the pointer is one of the record's reported and left out.</summary>
        public bool MarkReported { get; }

        /// <summary>The template's arguments.</summary>
        public FindingArgument[] Arguments { get; }
    }
}
