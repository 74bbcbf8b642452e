using System.Collections.Generic;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// A completeness rule: one finding per required field that is absent or blank, unless binding
    /// already reported the value (then it is absent because it was wrong, and is reported once).
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

        /// <summary>What the fields are part of, e.g. 办事指南十要素 / the ten elements of a service guide.</summary>
        protected abstract BilingualText Requirement { get; }

        /// <summary>The fields the rule requires of <paramref name="document"/>, named as the field catalogue names them.</summary>
        protected abstract IEnumerable<RequiredField> FieldsOf(TDocument document);

        public override IEnumerable<Finding> Check(TDocument document, RuleContext context)
        {
            foreach (RequiredField field in FieldsOf(document))
            {
                if (!field.IsGivenIn(document) && !context.HasBindingFinding(field.Pointer))
                {
                    yield return Report(context, field.Pointer, new BilingualText(
                        $"缺少“{field.Name.Chinese}”（{Requirement.Chinese}）。",
                        $"'{field.Name.English}' ({field.Name.Chinese}) is missing ({Requirement.English})."));
                }
            }
        }
    }
}
