using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// A completeness rule: one finding per required field that is absent or blank, unless binding
    /// already reported the value (then it is absent because it was wrong, and is reported once). The
    /// message is the descriptor's template <c>missing</c>, which says what the fields are part of.
    /// The fields, their names and what counts as given come from the field catalogue.
    /// </summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    internal abstract class RequiredFieldsRule<TDocument> : DocumentRule<TDocument>
        where TDocument : class
    {
        protected RequiredFieldsRule(RuleDescriptor descriptor)
            : base(descriptor)
        {
        }

        /// <summary>The fields the rule requires of <paramref name="document"/>, named as the field catalogue names them.</summary>
        protected abstract IEnumerable<RequiredField> FieldsOf(TDocument document);

        public override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            // Most documents give every field: they are settled without an iterator or an enumerator.
            if (FieldsOf(document) is RequiredField[] fields)
            {
                bool anyMissing = false;
                foreach (RequiredField field in fields)
                {
                    if (IsMissing(field, document, context))
                    {
                        anyMissing = true;
                        break;
                    }
                }

                if (!anyMissing)
                {
                    return Array.Empty<Finding>();
                }
            }

            return Missing(document, context);
        }

        private static bool IsMissing(RequiredField field, TDocument document, RuleContext context) =>
            !field.IsGivenIn(document) && !context.HasBindingFinding(field.Pointer);

        private IEnumerable<Finding> Missing(TDocument document, RuleContext context)
        {
            foreach (RequiredField field in FieldsOf(document))
            {
                if (IsMissing(field, document, context))
                {
                    yield return Report(context, field.Pointer, "missing", null,
                        new FindingArgument("field", field.Name.Chinese, field.Name.English),
                        new FindingArgument("fieldZh", field.Name.Chinese));
                }
            }
        }
    }
}
