using System;
using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-003: no uncertain wording (其他材料, 有关部门, 相关规定…) in materials, conditions or handling body.</summary>
    internal sealed class UncertainWordingRule : UncertainWordingRule<ServiceGuide>
    {
        private static readonly string Materials = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.Materials)).Pointer;

        private static readonly FieldShape MaterialName = FieldPaths.Of<ServiceMaterial>(nameof(ServiceMaterial.Name)).Field;

        private static readonly FieldPath Conditions = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.Conditions));

        private static readonly FieldPath HandlingBody = FieldPaths.Of<ServiceGuide>(nameof(ServiceGuide.HandlingBody));

        public static readonly UncertainWordingRule Instance = new UncertainWordingRule(() => VagueWording.Default);

        private UncertainWordingRule(Func<VagueWording> wordingOf)
            : base(
                RuleDescriptors.ServiceGuideUncertainWording,
                wordingOf)
        {
        }

        protected override int TextCount(ServiceGuide document) => document.Materials.Count + 2;

        protected override string? TextAt(ServiceGuide document, int index) =>
            index < document.Materials.Count ? document.Materials[index].Name
            : index == document.Materials.Count ? document.Conditions
            : document.HandlingBody;

        protected override IEnumerable<WordedField> FieldsOf(ServiceGuide document)
        {
            for (int i = 0; i < document.Materials.Count; i++)
            {
                yield return new WordedField(Materials, i, MaterialName.Name, MaterialName.Title, document.Materials[i].Name);
            }

            yield return new WordedField(Conditions.Pointer, Conditions.Field.Title, document.Conditions);
            yield return new WordedField(HandlingBody.Pointer, HandlingBody.Field.Title, document.HandlingBody);
        }
    }
}
