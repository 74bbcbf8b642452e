using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-002: an element that is present says something (not 无, 详见附件, / …).</summary>
    internal sealed class MeaningfulElementsRule : DocumentRule<ServiceGuide>
    {
        public static readonly MeaningfulElementsRule Instance = new MeaningfulElementsRule();

        private MeaningfulElementsRule()
            : base(RuleDescriptors.MeaningfulElements)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            var texts = new List<(string Pointer, string Name, string English, string? Text)>
            {
                ("/itemName", "事项名称", "item name", document.ItemName),
                ("/conditions", "申请条件", "conditions", document.Conditions),
                ("/handlingPlace", "办理地点", "place", document.HandlingPlace),
                ("/handlingBody", "办理机构", "handling body", document.HandlingBody),
                ("/officeHours", "办理时间", "office hours", document.OfficeHours),
                ("/procedure", "办理流程", "procedure", document.Procedure),
            };
            for (int i = 0; i < document.LegalBasis.Count; i++)
            {
                texts.Add((JsonPointer.Append("/legalBasis", i), "设定依据", "legal basis", document.LegalBasis[i]));
            }

            for (int i = 0; i < document.Materials.Count; i++)
            {
                texts.Add((JsonPointer.Append(JsonPointer.Append("/materials", i), "name"), "材料名称", "material name", document.Materials[i].Name));
            }

            foreach ((string pointer, string name, string english, string? text) in texts)
            {
                if (TextChecks.IsPlaceholder(text))
                {
                    yield return Report(context, pointer, "default", text,
                        new FindingArgument("element", name, english),
                        new FindingArgument("elementZh", name),
                        new FindingArgument("text", text!));
                }
            }
        }
    }
}
