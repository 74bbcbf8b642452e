using System.Collections.Generic;
using GovDisclosure.Standard.Enforcement;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.Enforcement
{
    /// <summary>GD-ENF-001: an enforcement disclosure gives the body, the party, the category, the conclusion and the decision date.</summary>
    internal sealed class PublishedFieldsRule : RequiredFieldsRule<EnforcementDisclosure>
    {
        public static readonly PublishedFieldsRule Instance = new PublishedFieldsRule();

        private static readonly RequiredField[] Fields = RequiredField.AllOf<EnforcementDisclosure>();

        private PublishedFieldsRule()
            : base(RuleDescriptors.EnforcementFieldsPublished)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(EnforcementDisclosure document) => Fields;
    }
}
