using System;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// The rules that look at documents of one type, in rule-set order, and whether a pair rule compares them with earlier
    /// ones (一类文档适用的规则): what <see cref="DisclosureValidator"/> found for the type it was asked about last, kept whole
    /// and never changed, so that any thread may read it while another replaces it.
    /// </summary>
    internal sealed class RulesOfType
    {
        /// <summary>The rules of <paramref name="type"/>, and whether a pair rule compares its documents.</summary>
        /// <param name="type">The document type.</param>
        /// <param name="rules">The rules that look at it, in rule-set order.</param>
        /// <param name="paired">Whether a pair rule compares its documents with earlier ones.</param>
        public RulesOfType(Type type, ValidationRule[] rules, bool paired)
        {
            Type = type;
            Rules = rules;
            Paired = paired;
        }

        /// <summary>The document type.</summary>
        public Type Type { get; }

        /// <summary>The rules that look at documents of <see cref="Type"/>, in rule-set order.</summary>
        public ValidationRule[] Rules { get; }

        /// <summary>Whether a pair rule compares documents of <see cref="Type"/> with earlier ones.</summary>
        public bool Paired { get; }
    }
}
