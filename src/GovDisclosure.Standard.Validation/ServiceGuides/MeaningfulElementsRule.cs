using System;
using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

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

        public override IEnumerable<Finding> Check(ServiceGuide document, RuleContext context) =>
            HasPlaceholder(document) ? Placeholders(document, context) : Array.Empty<Finding>();

        /// <summary>Whether any text <see cref="Placeholders"/> looks at is a placeholder: most guides' are not, told without a list or an iterator.</summary>
        private static bool HasPlaceholder(ServiceGuide document)
        {
            foreach ((FieldPath _, Func<ServiceGuide, string?> text) in Paths.Texts)
            {
                if (TextChecks.IsPlaceholder(text(document)))
                {
                    return true;
                }
            }

            for (int i = 0; i < document.LegalBasis.Count; i++)
            {
                if (TextChecks.IsPlaceholder(document.LegalBasis[i]))
                {
                    return true;
                }
            }

            for (int i = 0; i < document.Materials.Count; i++)
            {
                if (TextChecks.IsPlaceholder(document.Materials[i].Name))
                {
                    return true;
                }
            }

            return false;
        }

        private IEnumerable<Finding> Placeholders(ServiceGuide document, RuleContext context)
        {
            var texts = new List<(string Pointer, BilingualText Name, string? Text)>();
            foreach ((FieldPath path, Func<ServiceGuide, string?> text) in Paths.Texts)
            {
                texts.Add((path.Pointer, path.Field.Title, text(document)));
            }

            for (int i = 0; i < document.LegalBasis.Count; i++)
            {
                texts.Add((JsonPointer.Append(Paths.LegalBasis.Pointer, i), Paths.LegalBasis.Field.Title, document.LegalBasis[i]));
            }

            for (int i = 0; i < document.Materials.Count; i++)
            {
                texts.Add((JsonPointer.Append(JsonPointer.Append(Paths.Materials.Pointer, i), Paths.MaterialName.Field.Name), Paths.MaterialName.Field.Title, document.Materials[i].Name));
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

        /// <summary>
        /// The paths and readers of the guide's texts, made when the first guide is checked (their field shapes and compiled
        /// readers cost start-up time that a file of catalogue entries never needs).
        /// </summary>
        private static class Paths
        {
            /// <summary>The guide's elements written as one text, each with its path in the field catalogue.</summary>
            public static readonly (FieldPath Path, Func<ServiceGuide, string?> Text)[] Texts =
            {
                Element(nameof(ServiceGuide.ItemName), g => g.ItemName),
                Element(nameof(ServiceGuide.Conditions), g => g.Conditions),
                Element(nameof(ServiceGuide.HandlingPlace), g => g.HandlingPlace),
                Element(nameof(ServiceGuide.HandlingBody), g => g.HandlingBody),
                Element(nameof(ServiceGuide.OfficeHours), g => g.OfficeHours),
                Element(nameof(ServiceGuide.Procedure), g => g.Procedure),
            };

            public static readonly FieldPath LegalBasis = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.LegalBasis));

            public static readonly FieldPath Materials = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.Materials));

            public static readonly FieldPath MaterialName = FieldPaths.Of<ServiceMaterial>(nameof(ServiceMaterial.Name));

            /// <summary>A text of the guide: the path of the property named <paramref name="property"/> and <paramref name="text"/>, which reads it.</summary>
            /// <param name="property">The guide's property name.</param>
            /// <param name="text">The read of that property.</param>
            private static (FieldPath Path, Func<ServiceGuide, string?> Text) Element(string property, Func<ServiceGuide, string?> text) =>
                (FieldPaths.Of<ServiceGuide>(property), text);
        }
    }
}
