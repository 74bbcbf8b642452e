using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-009: no uncertain wording (有关部门, 其他相关文件…) in the responsible body (公开主体) or the content elements (公开内容).</summary>
    internal sealed class UncertainWordingRule : UncertainWordingRule<CatalogueEntry>
    {
        public static readonly UncertainWordingRule Instance = new UncertainWordingRule(VagueWording.Default);

        private UncertainWordingRule(VagueWording wording)
            : base(
                new RuleDescriptor(
                    "GD-CAT-009",
                    FindingSeverity.Warning,
                    FindingCategory.Wording,
                    DocumentKind.CatalogueEntry,
                    new BilingualText("标准目录含模糊表述", "Uncertain wording in a catalogue entry"),
                    new BilingualText(
                        "公开主体和公开内容（要素）应写明具体的机关和信息，不得用“有关部门”“其他相关文件”等兜底性、模糊性表述。报告模糊表述在字段中的确切位置；专有名称和书名号内的文件名称不报告。",
                        "The responsible body and the content elements name the actual body and information, not catch-all wording such as 有关部门 or 其他相关文件. The exact span in the field is reported; proper names and titles in 《》 are not.")),
                wording,
                new BilingualText("请写明具体的机关或信息。", "name the actual body or information."))
        {
        }

        protected override IEnumerable<WordedField> FieldsOf(CatalogueEntry document)
        {
            yield return new WordedField("/responsibleBody", "公开主体", "responsible body", document.ResponsibleBody);
            for (int i = 0; i < document.ContentElements.Count; i++)
            {
                yield return new WordedField(JsonPointer.Append(JsonPointer.Append("/contentElements", i), "name"), "公开内容", "content element", document.ContentElements[i].Name);
            }
        }
    }
}
