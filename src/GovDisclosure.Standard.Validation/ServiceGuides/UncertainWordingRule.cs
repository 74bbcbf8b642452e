using System.Collections.Generic;
using GovDisclosure.Standard.ServiceGuides;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.ServiceGuides
{
    /// <summary>GD-SG-003: no uncertain wording (其他材料, 有关部门, 相关规定…) in materials, conditions or handling body.</summary>
    internal sealed class UncertainWordingRule : UncertainWordingRule<ServiceGuide>
    {
        public static readonly UncertainWordingRule Instance = new UncertainWordingRule(VagueWording.Default);

        private UncertainWordingRule(VagueWording wording)
            : base(
                RuleDescriptors.ServiceGuideUncertainWording,
                wording)
        {
        }

        protected override IEnumerable<WordedField> FieldsOf(ServiceGuide document)
        {
            for (int i = 0; i < document.Materials.Count; i++)
            {
                yield return new WordedField("/materials", i, "name", FieldTitles.Of<ServiceGuide>("materials.name"), document.Materials[i].Name);
            }

            yield return new WordedField("/conditions", FieldTitles.Of<ServiceGuide>("conditions"), document.Conditions);
            yield return new WordedField("/handlingBody", FieldTitles.Of<ServiceGuide>("handlingBody"), document.HandlingBody);
        }
    }
}
