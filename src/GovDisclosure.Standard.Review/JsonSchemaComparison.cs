using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace GovDisclosure.Standard.Review
{
    /// <summary>
    /// Compares two versions of a JSON Schema (draft 2020-12) keyword by keyword, walking
    /// <c>properties</c>, <c>items</c>, <c>$defs</c>, <c>anyOf</c>/<c>oneOf</c>/<c>allOf</c> and
    /// <c>if</c>/<c>then</c>/<c>else</c> in step. A change that can make a valid document invalid is
    /// breaking (a narrower type, a removed enum value, a new required field, a new or changed pattern,
    /// a tighter bound, closed additional properties); one that only accepts more is additive; titles,
    /// descriptions and comments are editorial. A keyword it does not know is breaking when changed.
    /// </summary>
    internal static class JsonSchemaComparison
    {
        private static readonly HashSet<string> EditorialKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "title", "description", "$comment", "examples", "$id", "$schema", "default", "deprecated", "readOnly", "writeOnly",
        };

        private static readonly HashSet<string> LowerBounds = new HashSet<string>(StringComparer.Ordinal)
        {
            "minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties", "minContains",
        };

        private static readonly HashSet<string> UpperBounds = new HashSet<string>(StringComparer.Ordinal)
        {
            "maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties", "maxContains",
        };

        public static void Compare(JsonElement before, JsonElement after, ChangeCollector changes) =>
            CompareSchema(before, after, string.Empty, changes);

        private static void CompareSchema(JsonElement before, JsonElement after, string pointer, ChangeCollector changes)
        {
            if (before.ValueKind != JsonValueKind.Object || after.ValueKind != JsonValueKind.Object)
            {
                CompareBooleanSchemas(before, after, pointer, changes);
                return;
            }

            var names = before.EnumerateObject().Select(p => p.Name)
                .Concat(after.EnumerateObject().Select(p => p.Name))
                .Distinct(StringComparer.Ordinal);
            foreach (string keyword in names)
            {
                JsonElement? o = JsonValues.Property(before, keyword);
                JsonElement? n = JsonValues.Property(after, keyword);
                if (FieldComparison.Same(o, n))
                {
                    continue;
                }

                string path = JsonValues.Pointer(pointer, keyword);
                switch (keyword)
                {
                    case "type": CompareType(o, n, path, changes); break;
                    case "enum": CompareEnum(o, n, path, changes); break;
                    case "required": CompareRequired(o, n, path, changes); break;
                    case "properties":
                    case "$defs":
                    case "definitions":
                    case "patternProperties":
                    case "dependentSchemas":
                        CompareSchemaMap(keyword, o, n, path, changes);
                        break;
                    case "items":
                    case "contains":
                    case "propertyNames":
                    case "unevaluatedItems":
                    case "then":
                    case "else":
                        CompareSubschema(o, n, path, changes, addedIsBreaking: true);
                        break;
                    case "if":
                    case "not":
                        Breaking(path, o, n, "条件子模式有改动", "The conditional or negated subschema changed", changes);
                        break;
                    case "additionalProperties":
                    case "unevaluatedProperties":
                        CompareAdditionalProperties(o, n, path, changes);
                        break;
                    case "anyOf":
                    case "oneOf":
                        CompareBranches(o, n, path, changes, addedBranchIsBreaking: false);
                        break;
                    case "allOf":
                    case "prefixItems":
                        CompareBranches(o, n, path, changes, addedBranchIsBreaking: true);
                        break;
                    case "uniqueItems":
                        bool tightened = n.HasValue && n.Value.ValueKind == JsonValueKind.True;
                        changes.Add(tightened ? ChangeKind.Breaking : ChangeKind.Additive, path, Show(o), Show(n),
                            tightened ? "数组元素改为必须唯一" : "数组元素不再要求唯一",
                            tightened ? "Array items must now be unique" : "Array items no longer need to be unique");
                        break;
                    case "pattern": ComparePattern(o, n, path, changes); break;
                    case "const":
                    case "format":
                    case "$ref":
                    case "$dynamicRef":
                    case "contentMediaType":
                    case "contentEncoding":
                        CompareRestriction(keyword, o, n, path, changes);
                        break;
                    default:
                        if (EditorialKeywords.Contains(keyword))
                        {
                            changes.Add(ChangeKind.Editorial, path, Show(o), Show(n), $"{keyword} 的措辞有改动", $"'{keyword}' was reworded");
                        }
                        else if (LowerBounds.Contains(keyword) || UpperBounds.Contains(keyword))
                        {
                            CompareBound(keyword, o, n, path, changes);
                        }
                        else
                        {
                            Breaking(path, o, n, $"关键字 {keyword} 有改动（无法判断是否放宽，按破坏性处理）", $"Keyword '{keyword}' changed (not known to be a widening, so treated as breaking)", changes);
                        }

                        break;
                }
            }
        }

        private static void CompareBooleanSchemas(JsonElement before, JsonElement after, string pointer, ChangeCollector changes)
        {
            if (JsonValues.Equal(before, after))
            {
                return;
            }

            bool widened = after.ValueKind == JsonValueKind.True || (after.ValueKind == JsonValueKind.Object && !after.EnumerateObject().Any());
            changes.Add(widened ? ChangeKind.Additive : ChangeKind.Breaking, pointer.Length == 0 ? "/" : pointer, JsonValues.Show(before), JsonValues.Show(after),
                widened ? "子模式改为接受任何值" : "子模式改变了可接受的值",
                widened ? "The subschema now accepts any value" : "The subschema changed what it accepts");
        }

        private static void CompareType(JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            HashSet<string>? before = Types(o);
            HashSet<string>? after = Types(n);
            bool widened = after is null || (before != null && before.All(t => after.Contains(t) || (t == "integer" && after.Contains("number"))));
            bool narrowed = !widened;
            changes.Add(narrowed ? ChangeKind.Breaking : ChangeKind.Additive, path, Show(o), Show(n),
                narrowed ? $"类型由 {Show(o) ?? "任意"} 收窄或改为 {Show(n)}" : $"类型由 {Show(o)} 放宽为 {Show(n) ?? "任意"}",
                narrowed ? $"Type narrowed or changed from {Show(o) ?? "any"} to {Show(n)}" : $"Type widened from {Show(o)} to {Show(n) ?? "any"}");
        }

        private static HashSet<string>? Types(JsonElement? type)
        {
            if (!type.HasValue)
            {
                return null;
            }

            return type.Value.ValueKind == JsonValueKind.Array
                ? new HashSet<string>(type.Value.EnumerateArray().Select(JsonValues.Show), StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal) { JsonValues.Show(type.Value) };
        }

        private static void CompareEnum(JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            if (!o.HasValue || !n.HasValue)
            {
                bool closed = n.HasValue;
                changes.Add(closed ? ChangeKind.Breaking : ChangeKind.Additive, path, Show(o), Show(n),
                    closed ? "取值改为封闭集合（enum）" : "取值不再限于封闭集合（enum）",
                    closed ? "Values are now limited to a closed set (enum)" : "Values are no longer limited to a closed set (enum)");
                return;
            }

            var before = o.Value.EnumerateArray().ToList();
            var after = n.Value.EnumerateArray().ToList();
            foreach (JsonElement removed in before.Where(v => !after.Any(a => JsonValues.Equal(a, v))))
            {
                changes.Add(ChangeKind.Breaking, path, JsonValues.Show(removed), null,
                    $"封闭集合（enum）删除了取值 {JsonValues.Show(removed)}",
                    $"Value '{JsonValues.Show(removed)}' was removed from a closed set (enum)");
            }

            foreach (JsonElement added in after.Where(v => !before.Any(b => JsonValues.Equal(b, v))))
            {
                changes.Add(ChangeKind.Additive, path, null, JsonValues.Show(added),
                    $"封闭集合（enum）新增取值 {JsonValues.Show(added)}",
                    $"Value '{JsonValues.Show(added)}' was added to a closed set (enum)");
            }
        }

        private static void CompareRequired(JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            var before = o.HasValue ? o.Value.EnumerateArray().Select(JsonValues.Show).ToList() : new List<string>();
            var after = n.HasValue ? n.Value.EnumerateArray().Select(JsonValues.Show).ToList() : new List<string>();
            foreach (string name in after.Where(a => !before.Contains(a)))
            {
                changes.Add(ChangeKind.Breaking, path, null, name, $"字段 {name} 改为必填", $"Field '{name}' became required");
            }

            foreach (string name in before.Where(b => !after.Contains(b)))
            {
                changes.Add(ChangeKind.Additive, path, name, null, $"字段 {name} 不再必填", $"Field '{name}' is no longer required");
            }
        }

        private static void CompareSchemaMap(string keyword, JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            JsonElement before = o ?? default;
            JsonElement after = n ?? default;
            var oldNames = before.ValueKind == JsonValueKind.Object ? before.EnumerateObject().Select(p => p.Name).ToList() : new List<string>();
            var newNames = after.ValueKind == JsonValueKind.Object ? after.EnumerateObject().Select(p => p.Name).ToList() : new List<string>();
            bool isDefinitions = keyword == "$defs" || keyword == "definitions";
            foreach (string name in oldNames)
            {
                string childPath = JsonValues.Pointer(path, name);
                if (newNames.Contains(name))
                {
                    CompareSchema(before.GetProperty(name), after.GetProperty(name), childPath, changes);
                }
                else
                {
                    changes.Add(ChangeKind.Breaking, childPath, name, null,
                        isDefinitions ? $"删除了定义 {name}" : $"删除了字段 {name}",
                        isDefinitions ? $"Definition '{name}' was removed" : $"Field '{name}' was removed");
                }
            }

            foreach (string name in newNames.Where(x => !oldNames.Contains(x)))
            {
                changes.Add(ChangeKind.Additive, JsonValues.Pointer(path, name), null, name,
                    isDefinitions ? $"新增定义 {name}" : $"新增可选字段 {name}",
                    isDefinitions ? $"New definition '{name}'" : $"New optional field '{name}'");
            }
        }

        private static void CompareSubschema(JsonElement? o, JsonElement? n, string path, ChangeCollector changes, bool addedIsBreaking)
        {
            if (o.HasValue && n.HasValue)
            {
                CompareSchema(o.Value, n.Value, path, changes);
                return;
            }

            bool breaking = n.HasValue == addedIsBreaking;
            changes.Add(breaking ? ChangeKind.Breaking : ChangeKind.Additive, path, Show(o), Show(n),
                n.HasValue ? "新增子模式约束" : "删除了子模式约束",
                n.HasValue ? "A subschema constraint was added" : "A subschema constraint was removed");
        }

        private static void CompareAdditionalProperties(JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            if (o.HasValue && n.HasValue && o.Value.ValueKind == JsonValueKind.Object && n.Value.ValueKind == JsonValueKind.Object)
            {
                CompareSchema(o.Value, n.Value, path, changes);
                return;
            }

            bool wasOpen = !o.HasValue || o.Value.ValueKind == JsonValueKind.True;
            bool closed = (n.HasValue && n.Value.ValueKind == JsonValueKind.False) || (n.HasValue && n.Value.ValueKind == JsonValueKind.Object && wasOpen);
            changes.Add(closed ? ChangeKind.Breaking : ChangeKind.Additive, path, Show(o), Show(n),
                closed ? "不再接受（或限制了）未列出的字段" : "开始接受未列出的字段",
                closed ? "Fields not listed are no longer accepted (or are now restricted)" : "Fields not listed are now accepted");
        }

        private static void CompareBranches(JsonElement? o, JsonElement? n, string path, ChangeCollector changes, bool addedBranchIsBreaking)
        {
            var before = o.HasValue && o.Value.ValueKind == JsonValueKind.Array ? o.Value.EnumerateArray().ToList() : new List<JsonElement>();
            var after = n.HasValue && n.Value.ValueKind == JsonValueKind.Array ? n.Value.EnumerateArray().ToList() : new List<JsonElement>();
            for (int i = 0; i < Math.Max(before.Count, after.Count); i++)
            {
                string branch = JsonValues.Pointer(path, i.ToString(CultureInfo.InvariantCulture));
                if (i < before.Count && i < after.Count)
                {
                    CompareSchema(before[i], after[i], branch, changes);
                }
                else if (i < after.Count)
                {
                    changes.Add(addedBranchIsBreaking ? ChangeKind.Breaking : ChangeKind.Additive, branch, null, JsonValues.Show(after[i]),
                        addedBranchIsBreaking ? "新增了必须满足的子模式" : "新增了可选的子模式分支",
                        addedBranchIsBreaking ? "A subschema every value must satisfy was added" : "An alternative subschema was added");
                }
                else
                {
                    changes.Add(addedBranchIsBreaking ? ChangeKind.Additive : ChangeKind.Breaking, branch, JsonValues.Show(before[i]), null,
                        addedBranchIsBreaking ? "删除了必须满足的子模式" : "删除了一个子模式分支",
                        addedBranchIsBreaking ? "A subschema every value had to satisfy was removed" : "An alternative subschema was removed");
                }
            }
        }

        private static void ComparePattern(JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            if (!n.HasValue)
            {
                changes.Add(ChangeKind.Additive, path, Show(o), null, "删除了正则约束（pattern）", "The pattern was removed");
                return;
            }

            changes.Add(ChangeKind.Breaking, path, Show(o), Show(n),
                o.HasValue ? "正则约束（pattern）有改动，可能收紧" : "新增了正则约束（pattern）",
                o.HasValue ? "The pattern changed and may reject values it accepted" : "A pattern was added");
        }

        private static void CompareRestriction(string keyword, JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            if (!n.HasValue)
            {
                changes.Add(ChangeKind.Additive, path, Show(o), null, $"删除了约束 {keyword}", $"The '{keyword}' restriction was removed");
                return;
            }

            changes.Add(ChangeKind.Breaking, path, Show(o), Show(n),
                o.HasValue ? $"约束 {keyword} 由 {Show(o)} 改为 {Show(n)}" : $"新增约束 {keyword}：{Show(n)}",
                o.HasValue ? $"'{keyword}' changed from {Show(o)} to {Show(n)}" : $"'{keyword}' {Show(n)} was added");
        }

        private static void CompareBound(string keyword, JsonElement? o, JsonElement? n, string path, ChangeCollector changes)
        {
            bool lower = LowerBounds.Contains(keyword);
            bool tightened;
            if (!o.HasValue || !n.HasValue)
            {
                tightened = n.HasValue;
            }
            else
            {
                decimal before = o.Value.ValueKind == JsonValueKind.Number ? o.Value.GetDecimal() : 0;
                decimal after = n.Value.ValueKind == JsonValueKind.Number ? n.Value.GetDecimal() : 0;
                tightened = lower ? after > before : after < before;
            }

            changes.Add(tightened ? ChangeKind.Breaking : ChangeKind.Additive, path, Show(o), Show(n),
                tightened ? $"界限 {keyword} 收紧（{Show(o) ?? "无"} → {Show(n) ?? "无"}）" : $"界限 {keyword} 放宽（{Show(o) ?? "无"} → {Show(n) ?? "无"}）",
                tightened ? $"Bound '{keyword}' tightened ({Show(o) ?? "none"} -> {Show(n) ?? "none"})" : $"Bound '{keyword}' relaxed ({Show(o) ?? "none"} -> {Show(n) ?? "none"})");
        }

        private static void Breaking(string path, JsonElement? o, JsonElement? n, string chinese, string english, ChangeCollector changes) =>
            changes.Add(ChangeKind.Breaking, path, Show(o), Show(n), chinese, english);

        private static string? Show(JsonElement? value) => FieldComparison.Show(value);
    }
}
