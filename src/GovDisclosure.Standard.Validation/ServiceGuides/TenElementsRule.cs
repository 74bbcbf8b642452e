using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-001: the ten elements of a service guide are present.</summary>
    internal sealed class TenElementsRule : RequiredFieldsRule<ServiceGuide>
    {
        public static readonly TenElementsRule Instance = new TenElementsRule();

        private static readonly RequiredField[] Fields = RequiredField.AllOf<ServiceGuide>();

        private TenElementsRule()
            : base(RuleDescriptors.TenElements)
        {
        }

        protected override IEnumerable<RequiredField> FieldsOf(ServiceGuide document) => Fields;
    }
}
