using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>How the validator runs a <see cref="DocumentPairRule{TDocument}"/> without knowing its document type.</summary>
    internal interface IPairRuleRunner
    {
        bool Accepts(object document);

        /// <summary>Whether the rule compares documents of the type with earlier ones.</summary>
        bool Accepts(System.Type documentType);

        IEnumerable<Finding> Run(object document, RuleContext context, PairMemory memory);
    }
}
