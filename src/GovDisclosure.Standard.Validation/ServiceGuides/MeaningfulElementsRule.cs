using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-002: an element that is present says something (not 无, 详见附件, / …).</summary>
    internal sealed class MeaningfulElementsRule : DocumentRule<ServiceGuide>
    {
        private static readonly string LegalBasis = FieldPaths.Of<ServiceGuide>(g => g.LegalBasis).Pointer;

        private static readonly string Materials = FieldPaths.Of<ServiceGuide>(g => g.Materials).Pointer;

        private static readonly string MaterialName = FieldPaths.Of<ServiceMaterial>(m => m.Name).Field.Name;

        public static readonly MeaningfulElementsRule Instance = new MeaningfulElementsRule();

        private MeaningfulElementsRule()
            : base(RuleDescriptors.MeaningfulElements)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            var texts = new List<(string Pointer, string Name, string English, string? Text)>
            {
                Field("itemName", document.ItemName),
                Field("conditions", document.Conditions),
                Field("handlingPlace", document.HandlingPlace),
                Field("handlingBody", document.HandlingBody),
                Field("officeHours", document.OfficeHours),
                Field("procedure", document.Procedure),
            };
            for (int i = 0; i < document.LegalBasis.Count; i++)
            {
                texts.Add(Field("legalBasis", document.LegalBasis[i], JsonPointer.Append(LegalBasis, i)));
            }

            for (int i = 0; i < document.Materials.Count; i++)
            {
                texts.Add(Field("materials.name", document.Materials[i].Name, JsonPointer.Append(JsonPointer.Append(Materials, i), MaterialName)));
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

        /// <summary>A text of the guide, named by its title in the field catalogue.</summary>
        private static (string Pointer, string Name, string English, string? Text) Field(string path, string? text, string? pointer = null)
        {
            BilingualText title = FieldTitles.Of<ServiceGuide>(path);
            return (pointer ?? "/" + path, title.Chinese, title.English, text);
        }
    }
}
