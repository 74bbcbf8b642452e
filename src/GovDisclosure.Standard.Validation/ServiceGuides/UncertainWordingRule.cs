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
                new RuleDescriptor(
                    "GD-SG-003",
                    FindingSeverity.Warning,
                    FindingCategory.Wording,
                    DocumentKind.ServiceGuide,
                    new BilingualText("办事指南含模糊表述", "Uncertain wording in a service guide"),
                    new BilingualText(
                        "办理材料、申请条件和办理机构中不得有“其他材料”“其他相关材料”“等材料”“有关部门”“相关部门”“有关规定”等兜底性、模糊性表述，应写明具体材料、部门和规定。报告模糊表述在字段中的确切位置；专有名称（如“其他对外管理服务事项”）和书名号内的文件名称不报告。",
                        "Materials, conditions and the handling body must not use catch-all or uncertain wording such as 其他材料, 其他相关材料, 等材料, 有关部门, 相关部门 or 有关规定; name the actual materials, bodies and rules. The exact span in the field is reported; proper names (e.g. 其他对外管理服务事项) and titles in 《》 are not.")),
                wording,
                new BilingualText("请写明具体的材料、部门或规定。", "name the actual materials, body or rule."))
        {
        }

        protected override IEnumerable<WordedField> FieldsOf(ServiceGuide document)
        {
            for (int i = 0; i < document.Materials.Count; i++)
            {
                yield return new WordedField(JsonPointer.Append(JsonPointer.Append("/materials", i), "name"), "材料名称", "material name", document.Materials[i].Name);
            }

            yield return new WordedField("/conditions", "申请条件", "conditions", document.Conditions);
            yield return new WordedField("/handlingBody", "办理机构", "handling body", document.HandlingBody);
        }
    }
}
