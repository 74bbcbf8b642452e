using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>GD-CAT-009: no uncertain wording (有关部门, 其他相关文件…) in the responsible body (公开主体) or the content elements (公开内容).</summary>
    internal sealed class UncertainWordingRule : DocumentRule<CatalogueEntry>
    {
        public static readonly UncertainWordingRule Instance = new UncertainWordingRule(VagueWording.Default);

        private readonly VagueWording wording;

        private UncertainWordingRule(VagueWording wording)
            : base(new RuleDescriptor(
                "GD-CAT-009",
                FindingSeverity.Warning,
                FindingCategory.Wording,
                DocumentKind.CatalogueEntry,
                new BilingualText("标准目录含模糊表述", "Uncertain wording in a catalogue entry"),
                new BilingualText(
                    "公开主体和公开内容（要素）应写明具体的机关和信息，不得用“有关部门”“其他相关文件”等兜底性、模糊性表述。报告模糊表述在字段中的确切位置；专有名称和书名号内的文件名称不报告。",
                    "The responsible body and the content elements name the actual body and information, not catch-all wording such as 有关部门 or 其他相关文件. The exact span in the field is reported; proper names and titles in 《》 are not.")))
        {
            this.wording = wording;
        }

        public override IEnumerable<Finding> Check(CatalogueEntry document, RuleContext context)
        {
            var fields = new List<(string Pointer, string Name, string English, string? Text)>
            {
                ("/responsibleBody", "公开主体", "responsible body", document.ResponsibleBody),
            };
            for (int i = 0; i < document.ContentElements.Count; i++)
            {
                fields.Add((JsonPointer.Append(JsonPointer.Append("/contentElements", i), "name"), "公开内容", "content element", document.ContentElements[i].Name));
            }

            foreach ((string pointer, string name, string english, string? text) in fields)
            {
                foreach (VagueWordingMatch match in wording.Find(text))
                {
                    yield return Report(context, pointer, new BilingualText(
                        $"“{name}”中的“{match.Text}”是模糊表述（第 {match.Start + 1} 个字起），请写明具体的机关或信息。",
                        $"'{match.Text}' in the {english} ({name}), at character {match.Start + 1}, is uncertain wording; name the actual body or information."),
                        match.Text).WithSpan(match.Start, match.Length);
                }
            }
        }
    }
}
