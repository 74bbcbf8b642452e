using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// Pairs the items of two arrays of objects by their <c>code</c>. A code that disappears while a new
    /// code appears with the same content (apart from the fields that do not carry meaning) is a rename;
    /// so is one the caller's <c>sameItem</c> says is the same item (for catalogues, <see cref="Catalogue.Comparison.CatalogueMatching"/>'s
    /// name pass); otherwise it was removed, and a new code was added. Codes present in both are compared by the caller.
    /// </summary>
    internal static class KeyedItemsComparison
    {
        public static void Compare(
            JsonElement oldArray,
            JsonElement newArray,
            string arrayPointer,
            string itemName,
            string itemNameChinese,
            IReadOnlyCollection<string> fieldsWithoutMeaning,
            ChangeCollector changes,
            Action<JsonElement, JsonElement, string> compareSameCode,
            Func<JsonElement, JsonElement, bool>? sameItem = null)
        {
            Dictionary<string, JsonElement> before = ByCode(oldArray, arrayPointer);
            Dictionary<string, JsonElement> after = ByCode(newArray, arrayPointer);
            var added = after.Keys.Where(k => !before.ContainsKey(k)).ToList();

            foreach (var pair in before)
            {
                string pointer = JsonValues.Pointer(arrayPointer, pair.Key);
                if (after.TryGetValue(pair.Key, out JsonElement current))
                {
                    compareSameCode(pair.Value, current, pointer);
                    continue;
                }

                string? renamedTo = added.FirstOrDefault(code => SameMeaning(pair.Value, after[code], fieldsWithoutMeaning) || (sameItem?.Invoke(pair.Value, after[code]) ?? false));
                if (renamedTo != null)
                {
                    added.Remove(renamedTo);
                    changes.Add(ChangeKind.Breaking, pointer, pair.Key, renamedTo,
                        $"{itemNameChinese}代码 {pair.Key} 被改名为 {renamedTo}：代码一经发布不得更改",
                        $"{itemName} code '{pair.Key}' was renamed to '{renamedTo}'; a published code never changes");
                }
                else
                {
                    changes.Add(ChangeKind.Breaking, pointer, pair.Key, null,
                        $"删除了{itemNameChinese}代码 {pair.Key}",
                        $"{itemName} code '{pair.Key}' was removed");
                }
            }

            foreach (string code in added)
            {
                changes.Add(ChangeKind.Additive, JsonValues.Pointer(arrayPointer, code), null, code,
                    $"新增{itemNameChinese}代码 {code}",
                    $"New {itemName.ToLowerInvariant()} code '{code}'");
            }
        }

        /// <summary>Throws when an item has no code or a code appears twice.</summary>
        public static void Validate(JsonElement array, string arrayPointer) => ByCode(array, arrayPointer);

        private static Dictionary<string, JsonElement> ByCode(JsonElement array, string pointer)
        {
            var items = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (array.ValueKind != JsonValueKind.Array)
            {
                return items;
            }

            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string? code = JsonValues.String(item, "code");
                if (code is null)
                {
                    throw new UnreadableReviewInputException(new BilingualText(
                        $"{pointer}/{index} 没有 code",
                        $"{pointer}/{index} has no 'code'"));
                }

                if (items.ContainsKey(code))
                {
                    throw new UnreadableReviewInputException(new BilingualText(
                        $"{pointer}/{index}：代码 {code} 重复",
                        $"{pointer}/{index}: code '{code}' appears twice"));
                }

                items.Add(code, item);
                index++;
            }

            return items;
        }

        private static bool SameMeaning(JsonElement left, JsonElement right, IReadOnlyCollection<string> fieldsWithoutMeaning)
        {
            var ignored = new HashSet<string>(fieldsWithoutMeaning, StringComparer.Ordinal) { "code" };
            var l = left.EnumerateObject().Where(p => !ignored.Contains(p.Name)).ToList();
            var r = right.EnumerateObject().Where(p => !ignored.Contains(p.Name)).ToList();
            return l.Count == r.Count && l.All(p => right.TryGetProperty(p.Name, out JsonElement other) && JsonValues.Equal(p.Value, other));
        }
    }
}
