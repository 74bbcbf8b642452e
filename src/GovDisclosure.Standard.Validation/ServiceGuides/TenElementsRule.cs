using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-001: the ten elements of a service guide are present.</summary>
    internal sealed class TenElementsRule : RequiredFieldsRule<ServiceGuide>
    {
        public static readonly TenElementsRule Instance = new TenElementsRule();

        private static readonly RequiredField[] Fields = RequiredField.AllOf<ServiceGuide>();

        private TenElementsRule()
            : base(new RuleDescriptor(
                "GD-SG-001",
                FindingSeverity.Error,
                FindingCategory.Completeness,
                DocumentKind.ServiceGuide,
                new BilingualText("办事指南要素缺失", "Service guide element missing"),
                new BilingualText(
                    "办事指南须有十要素：事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准（不收费的写明不收费）、办理时间、联系电话、办理流程。",
                    "A service guide has ten elements: item name, legal basis, conditions, materials, place, handling body, fees (or that it is free), office hours, contact phone and procedure.")))
        {
        }

        protected override BilingualText Requirement => new BilingualText("办事指南十要素之一", "one of the ten elements of a service guide");

        protected override IEnumerable<RequiredField> FieldsOf(ServiceGuide document) => Fields;
    }
}
