using System;
using System.Collections.Generic;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.CatalogueEntries
{
    /// <summary>
    /// GD-CAT-009 (information): uncertain wording (有关部门, 其他相关文件…) in the responsible body (公开主体)
    /// or the content elements (公开内容). The requirement to remove 其他材料 / 有关部门 (the 2020 work
    /// points) is about service guides (GD-SG-003); in a catalogue it is a hint, and text that the
    /// built-in standard catalogue of the same pilot domain writes verbatim in the same field is not reported.
    /// </summary>
    internal sealed class UncertainWordingRule : UncertainWordingRule<CatalogueEntry>
    {
        private static readonly FieldPath ResponsibleBody = FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.ResponsibleBody));

        private static readonly FieldPath ContentElements = FieldPaths.Of<CatalogueEntry>(nameof(CatalogueEntry.ContentElements));

        private static readonly string ElementName = FieldPaths.Of<ContentElement>(nameof(ContentElement.Name)).Field.Name;

        public static readonly UncertainWordingRule Instance = new UncertainWordingRule(() => VagueWording.Default);

        private UncertainWordingRule(Func<VagueWording> wordingOf)
            : base(
                RuleDescriptors.CatalogueUncertainWording,
                wordingOf)
        {
        }

        /// <summary>Per pilot domain and field name, the texts the built-in catalogue writes.</summary>
        private static readonly Lazy<Dictionary<(string Domain, string Field), HashSet<string>>> BuiltInTexts = new Lazy<Dictionary<(string Domain, string Field), HashSet<string>>>(() =>
        {
            var texts = new Dictionary<(string Domain, string Field), HashSet<string>>();
            foreach (PilotDomain domain in PilotDomain.Declared)
            {
                foreach (CatalogueEntry entry in StandardCatalogue.For(domain))
                {
                    foreach (WordedField field in Fields(entry))
                    {
                        if (!string.IsNullOrWhiteSpace(field.Text))
                        {
                            Add(texts, (domain.Code, field.Name), field.Text!.Trim());
                        }
                    }
                }
            }

            return texts;
        });

        protected override bool IsAccepted(CatalogueEntry document, WordedField field) =>
            document.Domain != null
            && !string.IsNullOrWhiteSpace(field.Text)
            && BuiltInTexts.Value.TryGetValue((document.Domain.Code, field.Name), out HashSet<string>? texts)
            && texts.Contains(field.Text!.Trim());

        protected override IEnumerable<WordedField> FieldsOf(CatalogueEntry document) => Fields(document);

        protected override int TextCount(CatalogueEntry document) => 1 + document.ContentElements.Count;

        protected override string? TextAt(CatalogueEntry document, int index) =>
            index == 0 ? document.ResponsibleBody : document.ContentElements[index - 1].Name;

        private static void Add(Dictionary<(string Domain, string Field), HashSet<string>> texts, (string Domain, string Field) key, string text)
        {
            if (!texts.TryGetValue(key, out HashSet<string>? set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                texts.Add(key, set);
            }

            set.Add(text);
        }

        private static IEnumerable<WordedField> Fields(CatalogueEntry document)
        {
            yield return new WordedField(ResponsibleBody.Pointer, ResponsibleBody.Field.Title, document.ResponsibleBody);
            for (int i = 0; i < document.ContentElements.Count; i++)
            {
                yield return new WordedField(ContentElements.Pointer, i, ElementName, ContentElements.Field.Title, document.ContentElements[i].Name);
            }
        }
    }
}
