using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Tests.Validation;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// Records of every kind with mistakes put in by a list of choices: a value of the wrong type, a
    /// blank or null, an unknown field (some a near-miss of a real name), a code no list knows, a date
    /// that is no date, a field removed, a field given twice, and the same mistakes inside nested parts.
    /// The choices come from FsCheck or from a seeded random sequence, so a failure can be replayed.
    /// </summary>
    internal static class MistakenRecords
    {
        private static readonly Lazy<(DocumentKind Kind, string Json)[]> Bases = new Lazy<(DocumentKind, string)[]>(LoadBases);

        private static readonly Func<JsonNode?>[] Replacements =
        {
            () => JsonValue.Create(123),
            () => JsonValue.Create(1.5m),
            () => JsonValue.Create(-7),
            () => JsonValue.Create(true),
            () => JsonValue.Create(false),
            () => JsonValue.Create(string.Empty),
            () => JsonValue.Create("   "),
            () => null,
            () => new JsonObject(),
            () => new JsonObject { ["name"] = "材料", ["x"] = 1 },
            () => new JsonArray(),
            () => new JsonArray(JsonValue.Create("一"), JsonValue.Create(2), null),
            () => JsonValue.Create("不存在的代码"),
            () => JsonValue.Create("Public"),
            () => JsonValue.Create("公众"),
            () => JsonValue.Create("2024-13-45"),
            () => JsonValue.Create("2024年6月7日"),
            () => JsonValue.Create("是"),
            () => JsonValue.Create("no"),
            () => JsonValue.Create("１２"),
            () => JsonValue.Create("1,200.50"),
            () => JsonValue.Create("25.1万元"),
            () => JsonValue.Create("其他"),
            () => JsonValue.Create("政府网站"),
            () => JsonValue.Create("其他：信用中国网站"),
            () => JsonValue.Create("1. 身份证原件；2. 户口簿"),
            () => JsonValue.Create("制定或获取文件之日起10个工作日内"),
            () => JsonValue.Create(new string('长', 80)),
            () => JsonValue.Create("a~b/c"),
            () => JsonValue.Create(99999999999L),
        };

        private static readonly string[] UnknownNames = { "timeLimt", "legalBase", "remark", "额外字段", "a/b~c", "contentElement", "name2", "x" };

        /// <summary>How many base records there are.</summary>
        public static int BaseCount => Bases.Value.Length;

        /// <summary>One record: base <paramref name="baseIndex"/> changed by each choice in turn (each a pair of numbers).</summary>
        public static (DocumentKind Kind, string Json) Make(int baseIndex, IReadOnlyList<int> choices)
        {
            (DocumentKind kind, string json) = Bases.Value[baseIndex % Bases.Value.Length];
            JsonObject root = JsonNode.Parse(json)!.AsObject();
            var duplicates = new List<(JsonObject Owner, string Name, string Value)>();
            for (int i = 0; i + 1 < choices.Count; i += 2)
            {
                var slots = new List<(JsonNode Owner, string? Name, int Index)>();
                Collect(root, slots);
                if (slots.Count == 0)
                {
                    break;
                }

                (JsonNode owner, string? name, int index) = slots[Math.Abs(choices[i]) % slots.Count];
                int what = Math.Abs(choices[i + 1]);
                switch (what % 4)
                {
                    case 0:
                    case 1:
                        JsonNode? value = Replacements[what / 4 % Replacements.Length]();
                        if (name != null)
                        {
                            owner.AsObject()[name] = value;
                        }
                        else
                        {
                            owner.AsArray()[index] = value;
                        }

                        break;
                    case 2:
                        if (name != null)
                        {
                            owner.AsObject().Remove(name);
                        }
                        else
                        {
                            owner.AsArray().RemoveAt(index);
                        }

                        break;
                    default:
                        JsonObject target = owner as JsonObject ?? root;
                        string unknown = UnknownNames[what / 4 % UnknownNames.Length];
                        if (what / 4 % 3 == 0 && name != null)
                        {
                            duplicates.Add((target, name, Replacements[what / 12 % Replacements.Length]()?.ToJsonString() ?? "null"));
                        }
                        else if (!target.ContainsKey(unknown))
                        {
                            target[unknown] = Replacements[what / 12 % Replacements.Length]();
                        }

                        break;
                }
            }

            string text = root.ToJsonString(CanonicalJson.Options);
            foreach ((JsonObject owner, string name, string value) in duplicates.Where(d => d.Owner == root && root.ContainsKey(d.Name)))
            {
                // A field given twice cannot be held by a JSON tree: it is written into the text.
                text = text.Substring(0, text.Length - 1) + (root.Count > 0 ? "," : string.Empty) + JsonSerializer.Serialize(name) + ":" + value + "}";
            }

            return (kind, text);
        }

        private static void Collect(JsonNode node, List<(JsonNode Owner, string? Name, int Index)> slots)
        {
            if (node is JsonObject obj)
            {
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    slots.Add((obj, member.Key, 0));
                    if (member.Value != null)
                    {
                        Collect(member.Value, slots);
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    slots.Add((array, null, i));
                    if (array[i] != null)
                    {
                        Collect(array[i]!, slots);
                    }
                }
            }
        }

        private static (DocumentKind, string)[] LoadBases()
        {
            var bases = new List<(DocumentKind, string)>
            {
                (DocumentKind.CatalogueEntry, CanonicalJson.Serialize(Samples.Entry())),
                (DocumentKind.ServiceGuide, CanonicalJson.Serialize(Samples.Guide())),
                (DocumentKind.DirectoryItem, CanonicalJson.Serialize(Samples.Item())),
                (DocumentKind.DisclosureGuide, CanonicalJson.Serialize(Samples.DisclosureGuide())),
                (DocumentKind.EnforcementDisclosure, CanonicalJson.Serialize(Samples.EnforcementRecord())),
            };
            using JsonDocument report = JsonDocument.Parse(System.IO.File.ReadAllText(RepositoryFiles.PathOf("samples", "data", "annual-report-2019.json")));
            JsonElement first = report.RootElement.ValueKind == JsonValueKind.Array ? report.RootElement[0] : report.RootElement;
            bases.Add((DocumentKind.AnnualReport, first.GetRawText()));
            return bases.ToArray();
        }
    }
}
