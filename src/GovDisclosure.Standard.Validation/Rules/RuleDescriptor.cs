using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// What a rule is (规则说明): its stable id, how serious its findings are, what kind of problem it
    /// finds, which document kind it checks, and a title and description in Chinese and English.
    /// The built-in rules are listed by <see cref="RuleRegistry.All"/>.
    /// </summary>
    public sealed record RuleDescriptor
    {
        private static readonly IReadOnlyList<MessageTemplate> NoMessages = new MessageTemplate[0];
        private readonly IReadOnlyList<MessageTemplate> messages = NoMessages;

        /// <summary>Where the rule is documented (<see cref="HelpUri"/>), or <c>null</c>; compared as the address.</summary>
        private readonly HelpAddress? help;

        /// <summary>The form of a built-in id, made when <see cref="IsBuiltInIdForm"/> is first asked (a validation run never asks), not with the first descriptor.</summary>
        private static Regex? builtInPattern;

        /// <summary>Describes a rule.</summary>
        /// <param name="id">The stable id; built-in rules use <c>GD-&lt;AREA&gt;-&lt;NNN&gt;</c>, your own rules any other prefix (e.g. <c>CQ-SG-001</c>).</param>
        /// <param name="severity">The severity of its findings.</param>
        /// <param name="category">The kind of problem it finds.</param>
        /// <param name="documentKind">The document kind it checks; <c>null</c> when it applies to every kind (structure) or to no record kind (application replies).</param>
        /// <param name="title">A short title in both languages.</param>
        /// <param name="description">What it checks and why, in both languages.</param>
        public RuleDescriptor(string id, FindingSeverity severity, FindingCategory category, DocumentKind? documentKind, BilingualText title, BilingualText description)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A rule needs an id.", nameof(id));
            }

            Id = id;
            Severity = severity;
            Category = category ?? throw new ArgumentNullException(nameof(category));
            DocumentKind = documentKind;
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Description = description ?? throw new ArgumentNullException(nameof(description));
        }

        /// <summary>The stable id (规则编号), e.g. <c>GD-SG-003</c>; it never changes meaning once shipped.</summary>
        public string Id { get; }

        /// <summary>The severity of the rule's findings (严重程度).</summary>
        public FindingSeverity Severity { get; }

        /// <summary>The kind of problem the rule finds (类别).</summary>
        public FindingCategory Category { get; }

        /// <summary>The document kind the rule checks; <c>null</c> for every kind (structure rules) or none (application replies).</summary>
        public DocumentKind? DocumentKind { get; }

        /// <summary>A short title (标题) in Chinese and English.</summary>
        public BilingualText Title { get; }

        /// <summary>What the rule checks and why (说明), in Chinese and English.</summary>
        public BilingualText Description { get; }

        /// <summary>
        /// Where the rule is documented (说明文档): for a built-in rule, its anchor in the rules README
        /// (src/GovDisclosure.Standard.Validation/README.md); for your own rule, the address you give, or <c>null</c>.
        /// Written to SARIF as the rule's <c>helpUri</c>.
        /// </summary>
        public Uri? HelpUri
        {
            get => help?.Uri;
            init => help = value is null ? null : new HelpAddress(value);
        }

        /// <summary>Where the rule is documented, kept as given (a built-in rule's as its text, parsed only when <see cref="HelpUri"/> is asked for).</summary>
        internal HelpAddress? Help
        {
            get => help;
            init => help = value;
        }

        /// <summary>
        /// The rule's messages (消息模板), each with an id unique within the rule and its Chinese and English wording
        /// with named placeholders; empty for a rule whose messages are given as text. Written to SARIF as the rule's
        /// <c>messageStrings</c>.
        /// </summary>
        public IReadOnlyList<MessageTemplate> Messages
        {
            get => messages;
            init
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (MessageTemplate message in value ?? throw new ArgumentNullException(nameof(value)))
                {
                    if (!ids.Add(message.Id))
                    {
                        throw new ArgumentException($"Rule {Id} has two messages '{message.Id}'.", nameof(value));
                    }
                }

                messages = value;
            }
        }

        /// <summary>The rule's message template with this id.</summary>
        /// <param name="messageId">An id of one of <see cref="Messages"/>, e.g. <c>default</c>.</param>
        /// <exception cref="ArgumentException">The rule has no such message.</exception>
        public MessageTemplate Message(string messageId)
        {
            // By index: a foreach over the interface would box an enumerator for every finding.
            for (int i = 0; i < messages.Count; i++)
            {
                if (string.Equals(messages[i].Id, messageId, StringComparison.Ordinal))
                {
                    return messages[i];
                }
            }

            throw new ArgumentException($"Rule {Id} has no message '{messageId}'.", nameof(messageId));
        }

        /// <summary>Whether <paramref name="id"/> has the form of a built-in rule id: <c>GD-</c>, an area (STR, CAT, SG, DIR, ENF, AR, DG, TIME, CMP, PUB), <c>-</c> and three digits.</summary>
        /// <param name="id">A rule id.</param>
        public static bool IsBuiltInIdForm(string? id) =>
            id != null && (builtInPattern ??= new Regex("^GD-(STR|CAT|SG|DIR|ENF|AR|DG|TIME|CMP|PUB)-[0-9]{3}$", RegexOptions.CultureInvariant)).IsMatch(id);

        /// <summary>A copy whose findings get <paramref name="severity"/> (as a rule set re-grades it); everything else is kept.</summary>
        internal RuleDescriptor WithSeverity(FindingSeverity severity) =>
            severity == Severity ? this : new RuleDescriptor(Id, severity, Category, DocumentKind, Title, Description) { Help = Help, Messages = Messages };
    }
}
