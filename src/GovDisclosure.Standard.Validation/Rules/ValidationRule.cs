using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A validation rule (校验规则). Derive your own from <see cref="DocumentRule{TDocument}"/> (one
    /// document at a time) or <see cref="DocumentPairRule{TDocument}"/> (two documents of the same
    /// kind, e.g. consecutive annual reports); the rules whose findings binding, the catalogue coverage or the
    /// comparison report on their behalf are <see cref="CompanionRule"/>s.
    /// </summary>
    public abstract class ValidationRule
    {
        private protected ValidationRule(RuleDescriptor descriptor)
        {
            Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        }

        /// <summary>What the rule is: id, severity, category, titles.</summary>
        public RuleDescriptor Descriptor { get; }

        /// <summary>The rule's stable id (shorthand for <c>Descriptor.Id</c>).</summary>
        public string Id => Descriptor.Id;

        /// <inheritdoc />
        public override string ToString() => Id;

        /// <summary>Whether the rule looks at documents of the type (the validator asks once per type, not per record).</summary>
        internal virtual bool AppliesTo(Type documentType) => false;

        internal virtual IEnumerable<Finding> CheckDocument(object document, RuleContext context) => Array.Empty<Finding>();
    }
}
