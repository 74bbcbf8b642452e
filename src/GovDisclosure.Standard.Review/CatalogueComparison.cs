using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// Compares two versions of a standard catalogue definition (catalog-format.md): entries by code.
    /// An entry's first-, second- and third-level items are what its code means; its obligations
    /// (required content elements, time limit, channels, audiences, modes, levels, categories) may only
    /// grow in a minor version; wording, notes and provenance (including which copies confirm an entry,
    /// and whether its Art. 20 mapping is inferred) are editorial. The guideline's first-level items
    /// (<c>firstLevelItems</c>) are compared by name: a name added is additive, a name removed breaking,
    /// a changed source editorial.
    /// </summary>
    internal static class CatalogueComparison
    {
        private static readonly string[] MeaningFields = { "firstLevelItem", "secondLevelItem", "thirdLevelItem" };

        private static readonly (string Name, string Chinese)[] ValueSetFields =
            EntryFields("channels", "audiences", "modes", "levels", "categories");

        private static readonly (string Name, string Chinese)[] EditorialEntryFields =
            EntryFields("legalBasis", "responsibleBody", "categoriesInferred", "verified", "confirmedBy", "note");

        private static readonly (string Name, string Chinese)[] EditorialFileFields =
        {
            ("$schema", "模式引用"), ("version", "版本"), ("coverage", "覆盖情况"), ("coverageNote", "覆盖说明"), ("provenance", "来源"),
            ("guidelineItemCounts", "指引事项数"),
        };

        /// <summary>Catalogue entry fields with their Chinese titles from the field catalogue.</summary>
        private static (string Name, string Chinese)[] EntryFields(params string[] names) =>
            names.Select(n => (n, DocumentShapes.For(DocumentKind.CatalogueEntry)[n].Field.Title.Chinese)).ToArray();

        public static void Compare(JsonElement before, JsonElement after, ChangeCollector changes)
        {
            string? oldDomain = JsonValues.String(before, "domain");
            string? newDomain = JsonValues.String(after, "domain");
            if (oldDomain != newDomain)
            {
                changes.Add(ChangeKind.Breaking, "/domain", oldDomain, newDomain,
                    $"目录所属领域代码由 {oldDomain} 改为 {newDomain}",
                    $"The catalogue's domain code changed from '{oldDomain}' to '{newDomain}'");
            }

            foreach (var (name, chinese) in EditorialFileFields)
            {
                FieldComparison.Editorial(before, after, name, string.Empty, chinese, changes);
            }

            CompareFirstLevelItems(before, after, changes);

            foreach (string name in OtherFields(before, after, new[] { "domain", "entries", "firstLevelItems" }.Concat(EditorialFileFields.Select(f => f.Name))))
            {
                FieldComparison.Unknown(before, after, name, string.Empty, changes);
            }

            KeyedItemsComparison.Compare(
                JsonValues.Property(before, "entries") ?? default,
                JsonValues.Property(after, "entries") ?? default,
                "/entries",
                "Entry",
                "目录事项",
                new[] { "note", "verified", "confirmedBy", "categoriesInferred" },
                changes,
                (o, n, pointer) => CompareEntry(o, n, pointer, changes),
                (o, n) => CatalogueMatching.Align(new[] { o }, new[] { n }, KeyOf).Matches.Any(m => m.Kind == CatalogueMatchKind.Name));
        }

        /// <summary>The matching key of an entry record, as <c>govdisclosure compare</c> aligns catalogues: a code renamed while the item names stay is a rename.</summary>
        private static CatalogueItemKey KeyOf(JsonElement entry)
        {
            JsonElement? elements = JsonValues.Property(entry, "contentElements");
            IEnumerable<string> names = elements.HasValue && elements.Value.ValueKind == JsonValueKind.Array
                ? elements.Value.EnumerateArray().Select(e => JsonValues.String(e, "name") ?? string.Empty).ToArray()
                : Array.Empty<string>();
            return new CatalogueItemKey(null, JsonValues.String(entry, "firstLevelItem"), JsonValues.String(entry, "secondLevelItem"), names);
        }

        private static void CompareEntry(JsonElement before, JsonElement after, string pointer, ChangeCollector changes)
        {
            string code = JsonValues.String(after, "code")!;
            foreach (var (name, chinese) in EntryFields(MeaningFields))
            {
                FieldComparison.Meaning(before, after, name, pointer, chinese, code, changes);
            }

            CompareContentElements(before, after, pointer, changes);
            CompareTimeLimit(before, after, pointer, changes);
            foreach (var (name, chinese) in ValueSetFields)
            {
                FieldComparison.ValueSet(before, after, name, pointer, chinese, changes);
            }

            foreach (var (name, chinese) in EditorialEntryFields)
            {
                FieldComparison.Editorial(before, after, name, pointer, chinese, changes);
            }

            var known = new[] { "code", "contentElements", "timeLimit" }.Concat(MeaningFields).Concat(ValueSetFields.Select(f => f.Name)).Concat(EditorialEntryFields.Select(f => f.Name));
            foreach (string name in OtherFields(before, after, known))
            {
                FieldComparison.Unknown(before, after, name, pointer, changes);
            }
        }

        private static void CompareFirstLevelItems(JsonElement before, JsonElement after, ChangeCollector changes)
        {
            Dictionary<string, JsonElement> o = FirstLevelItems(before);
            Dictionary<string, JsonElement> n = FirstLevelItems(after);
            const string path = "/firstLevelItems";
            foreach (var item in o)
            {
                if (!n.TryGetValue(item.Key, out JsonElement current))
                {
                    changes.Add(ChangeKind.Breaking, path, item.Key, null,
                        $"指引一级事项“{item.Key}”被删除",
                        $"First-level item '{item.Key}' of the guideline was removed");
                }
                else if (!JsonValues.Equal(item.Value, current))
                {
                    changes.Add(ChangeKind.Editorial, path, JsonValues.Show(item.Value), JsonValues.Show(current),
                        $"指引一级事项“{item.Key}”的来源说明有改动",
                        $"The source of first-level item '{item.Key}' changed");
                }
            }

            foreach (var item in n.Where(i => !o.ContainsKey(i.Key)))
            {
                changes.Add(ChangeKind.Additive, path, null, item.Key,
                    $"新增指引一级事项“{item.Key}”",
                    $"New first-level item '{item.Key}' of the guideline");
            }
        }

        private static Dictionary<string, JsonElement> FirstLevelItems(JsonElement catalogue)
        {
            var items = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            JsonElement? array = JsonValues.Property(catalogue, "firstLevelItems");
            if (array.HasValue && array.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in array.Value.EnumerateArray())
                {
                    items[JsonValues.String(item, "name") ?? JsonValues.Show(item)] = item;
                }
            }

            return items;
        }

        private static void CompareContentElements(JsonElement before, JsonElement after, string pointer, ChangeCollector changes)
        {
            Dictionary<string, string> o = Elements(before);
            Dictionary<string, string> n = Elements(after);
            string path = JsonValues.Pointer(pointer, "contentElements");
            foreach (var element in o)
            {
                if (!n.TryGetValue(element.Key, out string? requirement))
                {
                    changes.Add(ChangeKind.Breaking, path, element.Key, null,
                        $"删除了公开内容要素“{element.Key}”",
                        $"Content element '{element.Key}' was removed");
                }
                else if (requirement != element.Value)
                {
                    bool tightened = requirement == "required";
                    bool loosened = element.Value == "required";
                    changes.Add(tightened ? ChangeKind.Breaking : loosened ? ChangeKind.Additive : ChangeKind.Editorial, path, element.Key + ": " + element.Value, element.Key + ": " + requirement,
                        $"公开内容要素“{element.Key}”的要求由 {element.Value} 改为 {requirement}",
                        $"Content element '{element.Key}' went from {element.Value} to {requirement}" + (tightened ? " (now required)" : string.Empty));
                }
            }

            foreach (var element in n.Where(e => !o.ContainsKey(e.Key)))
            {
                changes.Add(ChangeKind.Additive, path, null, element.Key + ": " + element.Value,
                    $"新增公开内容要素“{element.Key}”（{element.Value}）",
                    $"New content element '{element.Key}' ({element.Value})");
            }
        }

        private static Dictionary<string, string> Elements(JsonElement entry)
        {
            var elements = new Dictionary<string, string>(StringComparer.Ordinal);
            JsonElement? array = JsonValues.Property(entry, "contentElements");
            if (array.HasValue && array.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement element in array.Value.EnumerateArray())
                {
                    string name = JsonValues.String(element, "name") ?? JsonValues.Show(element);
                    elements[name] = JsonValues.String(element, "requirement") ?? "unspecified";
                }
            }

            return elements;
        }

        private static void CompareTimeLimit(JsonElement before, JsonElement after, string pointer, ChangeCollector changes)
        {
            string? o = JsonValues.String(before, "timeLimit");
            string? n = JsonValues.String(after, "timeLimit");
            if (o == n)
            {
                return;
            }

            string path = JsonValues.Pointer(pointer, "timeLimit");
            if (ChineseText.Fold(o) == ChineseText.Fold(n))
            {
                changes.Add(ChangeKind.Editorial, path, o, n, "公开时限仅全半角或空白有改动", "The time limit changed only in width or white space");
                return;
            }

            changes.Add(ChangeKind.Breaking, path, o, n,
                $"公开时限由“{o}”改为“{n}”，期限计算随之改变",
                $"The time limit changed from '{o}' to '{n}', so deadlines computed from it change");
        }

        internal static IEnumerable<string> OtherFields(JsonElement before, JsonElement after, IEnumerable<string> known)
        {
            var knownSet = new HashSet<string>(known, StringComparer.Ordinal);
            return Names(before).Concat(Names(after)).Distinct(StringComparer.Ordinal).Where(n => !knownSet.Contains(n)).ToList();
        }

        private static IEnumerable<string> Names(JsonElement obj) =>
            obj.ValueKind == JsonValueKind.Object ? obj.EnumerateObject().Select(p => p.Name) : Enumerable.Empty<string>();
    }
}
