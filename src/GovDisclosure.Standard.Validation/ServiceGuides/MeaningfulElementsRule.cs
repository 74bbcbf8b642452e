using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-002: an element that is present says something (not 无, 详见附件, / …).</summary>
    internal sealed class MeaningfulElementsRule : DocumentRule<ServiceGuide>
    {
        /// <summary>The guide's elements written as one text, each with its path in the field catalogue.</summary>
        private static readonly (FieldPath Path, Func<ServiceGuide, string?> Text)[] Texts =
        {
            Element(g => g.ItemName),
            Element(g => g.Conditions),
            Element(g => g.HandlingPlace),
            Element(g => g.HandlingBody),
            Element(g => g.OfficeHours),
            Element(g => g.Procedure),
        };

        private static readonly FieldPath LegalBasis = FieldPaths.Of<ServiceGuide>(g => g.LegalBasis);

        private static readonly FieldPath Materials = FieldPaths.Of<ServiceGuide>(g => g.Materials);

        private static readonly FieldPath MaterialName = FieldPaths.Of<ServiceMaterial>(m => m.Name);

        public static readonly MeaningfulElementsRule Instance = new MeaningfulElementsRule();

        private MeaningfulElementsRule()
            : base(RuleDescriptors.MeaningfulElements)
        {
        }

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context)
        {
            var texts = new List<(string Pointer, BilingualText Name, string? Text)>();
            foreach ((FieldPath path, Func<ServiceGuide, string?> text) in Texts)
            {
                texts.Add((path.Pointer, path.Field.Title, text(document)));
            }

            for (int i = 0; i < document.LegalBasis.Count; i++)
            {
                texts.Add((JsonPointer.Append(LegalBasis.Pointer, i), LegalBasis.Field.Title, document.LegalBasis[i]));
            }

            for (int i = 0; i < document.Materials.Count; i++)
            {
                texts.Add((JsonPointer.Append(JsonPointer.Append(Materials.Pointer, i), MaterialName.Field.Name), MaterialName.Field.Title, document.Materials[i].Name));
            }

            foreach ((string pointer, BilingualText name, string? text) in texts)
            {
                if (TextChecks.IsPlaceholder(text))
                {
                    yield return Report(context, pointer, "default", text,
                        new FindingArgument("element", name.Chinese, name.English),
                        new FindingArgument("elementZh", name.Chinese),
                        new FindingArgument("text", text!));
                }
            }
        }

        /// <summary>A text of the guide, named by the property that holds it.</summary>
        private static (FieldPath Path, Func<ServiceGuide, string?> Text) Element(Expression<Func<ServiceGuide, string?>> text) =>
            (FieldPaths.Of(typeof(ServiceGuide), text), text.Compile());
    }
}
