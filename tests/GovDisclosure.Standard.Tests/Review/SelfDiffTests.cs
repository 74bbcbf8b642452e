using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Review;
using GovDisclosure.Standard.Tests.PublicApi;

namespace GovDisclosure.Standard.Tests.Review
{
    /// <summary>The law of the diff: a file compared with itself has no changes.</summary>
    public sealed class SelfDiffTests
    {
        public static IEnumerable<object[]> RealFiles()
        {
            string root = RepositoryRoot.Find();
            return Directory.EnumerateFiles(Path.Combine(root, "catalog"), "*.json", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "calendars" + Path.DirectorySeparatorChar))
                .Concat(Directory.EnumerateFiles(Path.Combine(root, "api"), "*.approved.txt"))
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => new object[] { Path.GetRelativePath(root, p) });
        }

        [Theory]
        [MemberData(nameof(RealFiles))]
        public void Every_checked_in_definition_schema_and_api_listing_compared_with_itself_has_no_changes(string relativePath)
        {
            string path = Path.Combine(RepositoryRoot.Find(), relativePath);
            DiffResult report = ReviewDiff.CompareFiles(path, path);
            Assert.Empty(report.Changes);
        }

        [Fact]
        public void The_checked_in_files_are_of_the_kinds_their_names_say()
        {
            string root = RepositoryRoot.Find();
            Assert.Equal(ReviewedFileKind.DomainList, ReviewDiff.DetectKind(File.ReadAllText(Path.Combine(root, "catalog", "domains.json"))));
            Assert.Equal(ReviewedFileKind.Catalogue, ReviewDiff.DetectKind(File.ReadAllText(Path.Combine(root, "catalog", "domains", "health.catalog.json"))));
            Assert.Equal(ReviewedFileKind.JsonSchema, ReviewDiff.DetectKind(File.ReadAllText(Path.Combine(root, "catalog", "schema", "catalog.schema.json"))));
            Assert.Equal(ReviewedFileKind.ApiListing, ReviewDiff.DetectKind(File.ReadAllText(Path.Combine(root, "api", "GovDisclosure.Standard.approved.txt"))));
        }

        private static readonly string[] Levels = { "city", "county", "township", "village" };

        private static Gen<string> Code =>
            from head in Gen.Elements("a", "b", "c", "local", "policy")
            from n in Gen.Choose(0, 999)
            select head + "Item" + n;

        private static Gen<string> Words =>
            Gen.Elements("综合业务", "政策法规文件", "办事指南", "最低生活保障", "审批信息", "临时救助", "（电子屏）", "Notice 1");

        private static Gen<JsonObject> EntryGen =>
            from code in Code
            from first in Words
            from second in Words
            from third in Gen.OneOf(Gen.Constant<string?>(null), Words.Select(w => (string?)w))
            from elementCount in Gen.Choose(1, 3)
            from elements in Gen.ArrayOf(Gen.Zip(Words, Gen.Elements("required", "optional", "unspecified")), elementCount)
            from levels in Gen.SubListOf(Levels)
            from categories in Gen.SubListOf(Enumerable.Range(1, 15).ToArray())
            from days in Gen.Choose(1, 30)
            select new JsonObject
            {
                ["code"] = code,
                ["firstLevelItem"] = first,
                ["secondLevelItem"] = second,
                ["thirdLevelItem"] = third,
                ["contentElements"] = new JsonArray(elements.Select(e => (JsonNode)new JsonObject { ["name"] = e.Item1, ["requirement"] = e.Item2 }).ToArray()),
                ["legalBasis"] = new JsonArray("《中华人民共和国政府信息公开条例》"),
                ["timeLimit"] = $"信息形成或者变更之日起{days}个工作日内",
                ["responsibleBody"] = "县级人民政府",
                ["channels"] = new JsonArray("governmentWebsite"),
                ["audiences"] = new JsonArray("public"),
                ["modes"] = new JsonArray("proactive"),
                ["levels"] = new JsonArray(levels.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
                ["categories"] = new JsonArray(categories.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            };

        private static Gen<string> CatalogueGen =>
            from domain in Code
            from count in Gen.Choose(1, 6)
            from entries in Gen.ArrayOf(EntryGen, count)
            select new JsonObject
            {
                ["domain"] = domain,
                ["version"] = "0.1.0",
                ["coverage"] = "partial",
                ["provenance"] = new JsonObject { ["title"] = null, ["verified"] = false },
                ["entries"] = new JsonArray(entries.GroupBy(e => (string)e["code"]!).Select(g => (JsonNode)g.First()).ToArray()),
            }.ToJsonString();

        private static Gen<JsonNode> SchemaNode(int depth) =>
            depth == 0
                ? Gen.Elements<JsonNode>(new JsonObject { ["type"] = "string" }, new JsonObject { ["enum"] = new JsonArray("a", "b") }, new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 1 }, JsonValue.Create(true)!).Select(n => n.DeepClone())
                : Gen.OneOf(
                    SchemaNode(0),
                    from names in Gen.SubListOf(new[] { "code", "name", "levels", "a/b", "x~y" })
                    from children in Gen.ArrayOf(SchemaNode(depth - 1), names.Count)
                    from closed in Gen.Elements(true, false)
                    from required in Gen.SubListOf(names.ToArray())
                    select (JsonNode)new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray(required.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
                        ["additionalProperties"] = !closed,
                        ["properties"] = new JsonObject(names.Zip(children, (n, c) => new KeyValuePair<string, JsonNode?>(n, c.DeepClone()))),
                    },
                    from item in SchemaNode(depth - 1)
                    from pattern in Gen.Elements("^[a-z]+$", "^other:")
                    select (JsonNode)new JsonObject { ["type"] = "array", ["items"] = item.DeepClone(), ["anyOf"] = new JsonArray(new JsonObject { ["pattern"] = pattern }, new JsonObject { ["$ref"] = "#/$defs/code" }) });

        private static Gen<string> SchemaGen =>
            from body in SchemaNode(3)
            select new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = new JsonObject { ["code"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z][A-Za-z0-9]*$" } },
                ["allOf"] = new JsonArray(body.DeepClone()),
            }.ToJsonString();

        [Property]
        public Property Any_catalogue_definition_compared_with_itself_has_no_changes() =>
            Prop.ForAll(CatalogueGen.ToArbitrary(), text => ReviewDiff.Compare(text, text).Changes.Count == 0);

        [Property]
        public Property Any_json_schema_compared_with_itself_has_no_changes() =>
            Prop.ForAll(SchemaGen.ToArbitrary(), text => ReviewDiff.Compare(text, text).Changes.Count == 0);

        [Property]
        public Property Any_catalogue_compared_with_a_copy_missing_its_first_entry_is_breaking() =>
            Prop.ForAll(CatalogueGen.ToArbitrary(), text =>
            {
                JsonObject root = JsonNode.Parse(text)!.AsObject();
                JsonArray entries = root["entries"]!.AsArray();
                string removed = (string)entries[0]!["code"]!;
                entries.RemoveAt(0);
                DiffResult report = ReviewDiff.Compare(text, root.ToJsonString());
                return report.HasBreakingChanges && report.Changes.Any(c => c.Kind == ChangeKind.Breaking && c.OldValue == removed);
            });
    }
}
