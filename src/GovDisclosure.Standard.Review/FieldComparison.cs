using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Review
{
    /// <summary>The comparisons of single fields that catalogue and domain files share.</summary>
    internal static class FieldComparison
    {
        /// <summary>A field whose change is editorial (wording, notes, provenance).</summary>
        public static void Editorial(JsonElement before, JsonElement after, string name, string pointer, string chineseName, ChangeCollector changes)
        {
            JsonElement? o = JsonValues.Property(before, name);
            JsonElement? n = JsonValues.Property(after, name);
            if (Same(o, n))
            {
                return;
            }

            changes.Add(ChangeKind.Editorial, JsonValues.Pointer(pointer, name), Show(o), Show(n),
                $"{chineseName}（{name}）的措辞或来源说明有改动",
                $"Wording or provenance of '{name}' changed");
        }

        /// <summary>A field that carries the meaning of a code: any change of its text (beyond width and spacing) is breaking.</summary>
        public static void Meaning(JsonElement before, JsonElement after, string name, string pointer, string chineseName, string code, ChangeCollector changes)
        {
            JsonElement? o = JsonValues.Property(before, name);
            JsonElement? n = JsonValues.Property(after, name);
            if (Same(o, n))
            {
                return;
            }

            if (ChineseText.Fold(Show(o)) == ChineseText.Fold(Show(n)))
            {
                changes.Add(ChangeKind.Editorial, JsonValues.Pointer(pointer, name), Show(o), Show(n),
                    $"{chineseName}（{name}）仅全半角或空白有改动",
                    $"'{name}' changed only in width or white space");
                return;
            }

            changes.Add(ChangeKind.Breaking, JsonValues.Pointer(pointer, name), Show(o), Show(n),
                $"代码 {code} 的含义变了：{chineseName}由“{Show(o)}”改为“{Show(n)}”，应使用新代码",
                $"The meaning of code '{code}' changed: '{name}' went from '{Show(o)}' to '{Show(n)}'; a new meaning needs a new code");
        }

        /// <summary>A closed set of values (codes, levels, categories): a value removed is breaking, a value added additive.</summary>
        public static void ValueSet(JsonElement before, JsonElement after, string name, string pointer, string chineseName, ChangeCollector changes)
        {
            var o = JsonValues.Strings(before, name);
            var n = JsonValues.Strings(after, name);
            string path = JsonValues.Pointer(pointer, name);
            foreach (string removed in o.Where(v => !n.Contains(v)))
            {
                changes.Add(ChangeKind.Breaking, path, removed, null,
                    $"{chineseName}（{name}）删除了取值 {removed}",
                    $"Value '{removed}' was removed from '{name}'");
            }

            foreach (string added in n.Where(v => !o.Contains(v)))
            {
                changes.Add(ChangeKind.Additive, path, null, added,
                    $"{chineseName}（{name}）新增取值 {added}",
                    $"Value '{added}' was added to '{name}'");
            }
        }

        /// <summary>Any field the format does not name: added is additive, removed or changed is breaking.</summary>
        public static void Unknown(JsonElement before, JsonElement after, string name, string pointer, ChangeCollector changes)
        {
            JsonElement? o = JsonValues.Property(before, name);
            JsonElement? n = JsonValues.Property(after, name);
            if (Same(o, n))
            {
                return;
            }

            string path = JsonValues.Pointer(pointer, name);
            if (!o.HasValue)
            {
                changes.Add(ChangeKind.Additive, path, null, Show(n), $"新增字段 {name}", $"New field '{name}'");
            }
            else if (!n.HasValue)
            {
                changes.Add(ChangeKind.Breaking, path, Show(o), null, $"删除了字段 {name}", $"Field '{name}' was removed");
            }
            else
            {
                changes.Add(ChangeKind.Breaking, path, Show(o), Show(n), $"字段 {name} 的值变了", $"The value of '{name}' changed");
            }
        }

        public static bool Same(JsonElement? left, JsonElement? right) =>
            left.HasValue == right.HasValue && (!left.HasValue || JsonValues.Equal(left.Value, right!.Value));

        public static string? Show(JsonElement? value) => value.HasValue ? JsonValues.Show(value.Value) : null;
    }
}
