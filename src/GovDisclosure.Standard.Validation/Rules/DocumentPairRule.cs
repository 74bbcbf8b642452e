using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A rule that compares two documents of the same kind met in one stream, e.g. an agency's annual
    /// reports for consecutive years. <see cref="DisclosureValidator.Validate(DocumentKind, IEnumerable{SourceRecord})"/>
    /// remembers only the last document per <see cref="KeyOf"/> (so memory grows with the number of
    /// keys, not of records) and calls <see cref="Check"/> when a later record has the same key.
    /// Built-in rules remember only the parts of a document they compare.
    /// </summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    public abstract class DocumentPairRule<TDocument> : ValidationRule, IPairRuleRunner
        where TDocument : class
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="descriptor">What the rule is.</param>
        protected DocumentPairRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }

        /// <summary>The key under which a document is remembered (e.g. the agency's name); <c>null</c> to not remember it.</summary>
        /// <param name="document">The document.</param>
        public abstract string? KeyOf(TDocument document);

        /// <summary>Compares the current document with the previous one of the same key; findings are located in the current one.</summary>
        /// <param name="previous">The last document seen with the same key.</param>
        /// <param name="current">The document being checked.</param>
        /// <param name="context">The current record's context.</param>
        public abstract IEnumerable<Finding> Check(TDocument previous, TDocument current, RuleContext context);

        /// <summary>A finding of this rule at <paramref name="jsonPointer"/> of the current document, with the rule's severity and category.</summary>
        /// <param name="context">The context passed to <see cref="Check"/>.</param>
        /// <param name="jsonPointer">Where, in the current document.</param>
        /// <param name="message">What is wrong, in both languages.</param>
        /// <param name="value">The offending value, when there is one.</param>
        protected Finding Report(RuleContext context, string jsonPointer, BilingualText message, string? value = null) =>
            RuleFindings.Create(Descriptor, context, jsonPointer, message, value);

        /// <summary>
        /// A finding of this rule at <paramref name="jsonPointer"/>, with the rule's severity and category, its message
        /// rendered from the descriptor's template <paramref name="messageId"/> (see <see cref="RuleDescriptor.Messages"/>).
        /// </summary>
        /// <param name="context">The context passed to <see cref="Check"/>.</param>
        /// <param name="jsonPointer">Where, e.g. <c>/materials/2/name</c>.</param>
        /// <param name="messageId">The id of one of the descriptor's messages, e.g. <c>default</c>.</param>
        /// <param name="value">The offending value as written, or <c>null</c>.</param>
        /// <param name="arguments">A value for each placeholder of the message.</param>
        protected Finding Report(RuleContext context, string jsonPointer, string messageId, string? value, params FindingArgument[] arguments) =>
            RuleFindings.Create(Descriptor, context, jsonPointer, messageId, value, arguments);

        /// <summary>
        /// What is kept of <paramref name="document"/> until the next document with the same key:
        /// the document itself, or a copy holding only what <see cref="Check"/> reads as
        /// <c>previous</c>, so that a stream of many keys keeps a small object per key, not a record.
        /// </summary>
        /// <param name="document">The document just checked.</param>
        internal virtual TDocument Remembered(TDocument document) => document;

        bool IPairRuleRunner.Accepts(object document) => document is TDocument;

        bool IPairRuleRunner.Accepts(System.Type documentType) => typeof(TDocument).IsAssignableFrom(documentType);

        IEnumerable<Finding> IPairRuleRunner.Run(object document, RuleContext context, PairMemory memory)
        {
            var current = (TDocument)document;
            string? key = KeyOf(current);
            if (key is null)
            {
                return RuleFindings.None;
            }

            IReadOnlyList<Finding> findings = memory.Recall(Id, key) is TDocument previous
                ? new List<Finding>(Check(previous, current, context))
                : RuleFindings.None;
            memory.Remember(Id, key, Remembered(current));
            return findings;
        }
    }
}
