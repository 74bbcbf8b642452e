using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-001: the ten elements of a service guide are present.</summary>
    internal sealed class TenElementsRule : RequiredFieldsRule<ServiceGuide>
    {
        public static readonly TenElementsRule Instance = new TenElementsRule();

        private static readonly RequiredField<ServiceGuide>[] Fields =
        {
            new RequiredField<ServiceGuide>("/itemName", "事项名称", "item name", g => TextChecks.HasText(g.ItemName)),
            new RequiredField<ServiceGuide>("/legalBasis", "设定依据", "legal basis", g => TextChecks.HasAny(g.LegalBasis)),
            new RequiredField<ServiceGuide>("/conditions", "申请条件", "conditions", g => TextChecks.HasText(g.Conditions)),
            new RequiredField<ServiceGuide>("/materials", "办理材料", "materials", g => g.Materials.Any(m => TextChecks.HasText(m.Name))),
            new RequiredField<ServiceGuide>("/handlingPlace", "办理地点", "place", g => TextChecks.HasText(g.HandlingPlace)),
            new RequiredField<ServiceGuide>("/handlingBody", "办理机构", "handling body", g => TextChecks.HasText(g.HandlingBody)),
            new RequiredField<ServiceGuide>("/fees", "收费标准", "fees", g => g.IsCharged == false || g.Fees.Count > 0),
            new RequiredField<ServiceGuide>("/officeHours", "办理时间", "office hours", g => TextChecks.HasText(g.OfficeHours)),
            new RequiredField<ServiceGuide>("/contactPhone", "联系电话", "contact phone", g => TextChecks.HasText(g.ContactPhone)),
            new RequiredField<ServiceGuide>("/procedure", "办理流程", "procedure", g => TextChecks.HasText(g.Procedure)),
        };

        private TenElementsRule()
            : base(RuleDescriptors.TenElements)
        {
        }

        protected override BilingualText Requirement => new BilingualText("办事指南十要素之一", "one of the ten elements of a service guide");

        protected override IEnumerable<RequiredField<ServiceGuide>> FieldsOf(ServiceGuide document) => Fields;
    }
}
