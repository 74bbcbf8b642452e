using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A rule that checks one document of type <typeparamref name="TDocument"/> (a service guide, a
    /// catalogue entry…). Derive from it to add your own rule to a <see cref="RuleSet"/>:
    /// <code>
    /// sealed class PhoneHasAreaCode : DocumentRule&lt;ServiceGuide&gt;
    /// {
    ///     public PhoneHasAreaCode() : base(new RuleDescriptor("CQ-SG-001", …)) { }
    ///     public override IEnumerable&lt;Finding&gt; Check(ServiceGuide guide, RuleContext context) { … }
    /// }
    /// </code>
    /// </summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    public abstract class DocumentRule<TDocument> : ValidationRule
        where TDocument : class
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="descriptor">What the rule is.</param>
        protected DocumentRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }

        /// <summary>Checks one document and yields its findings (none when it passes).</summary>
        /// <param name="document">The document.</param>
        /// <param name="context">The calendar, and where each JSON pointer is in the source.</param>
        public abstract IEnumerable<Finding> Check(TDocument document, RuleContext context);

        /// <summary>A finding of this rule at <paramref name="jsonPointer"/>, with the rule's severity and category.</summary>
        /// <param name="context">The context passed to <see cref="Check"/>.</param>
        /// <param name="jsonPointer">Where, e.g. <c>/materials/2/name</c>.</param>
        /// <param name="message">What is wrong, in both languages, naming the offending value.</param>
        /// <param name="value">The offending value as written, when there is one.</param>
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

        internal override bool AppliesTo(Type documentType) => typeof(TDocument).IsAssignableFrom(documentType);

        internal override IEnumerable<Finding> CheckDocument(object document, RuleContext context) =>
            Check((TDocument)document ?? throw new ArgumentNullException(nameof(document)), context);
    }
}
