using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Review;
using static GovDisclosure.Standard.Tests.Review.ReviewSamples;

namespace GovDisclosure.Standard.Tests.Review
{
    public sealed class JsonSchemaDiffTests
    {
        private static ReviewChange Only(System.Action<JsonObject> edit) => Single(ReviewDiff.Compare(SchemaText, Edit(SchemaText, edit)));

        private static JsonObject Property(JsonObject schema, string name) => schema["properties"]![name]!.AsObject();

        [Fact]
        public void A_field_that_becomes_required_is_breaking_and_one_no_longer_required_additive()
        {
            ReviewChange required = Only(s => s["required"]!.AsArray().Add("name"));
            Assert.Equal((ChangeKind.Breaking, "/required", "name"), (required.Kind, required.Path, required.NewValue));
            Assert.Contains("became required", required.Message.English);

            Assert.Equal(ChangeKind.Additive, Only(s => s["required"] = new JsonArray()).Kind);
        }

        [Fact]
        public void A_narrowed_type_is_breaking_and_a_widened_one_additive()
        {
            ReviewChange narrowed = Only(s => Property(s, "name")["type"] = "string");
            Assert.Equal((ChangeKind.Breaking, "/properties/name/type"), (narrowed.Kind, narrowed.Path));
            Assert.Equal(ChangeKind.Additive, Only(s => Property(s, "count")["type"] = "number").Kind);
            Assert.Equal(ChangeKind.Additive, Only(s => Property(s, "date")["type"] = new JsonArray("string", "null")).Kind);
            Assert.Equal(ChangeKind.Breaking, Only(s => Property(s, "date")["type"] = "integer").Kind);
            Assert.Equal(ChangeKind.Additive, Only(s => Property(s, "count").Remove("type")).Kind);
        }

        [Fact]
        public void Removing_an_enum_value_is_breaking_and_adding_one_additive()
        {
            ReviewChange removed = Only(s => Property(s, "levels")["items"]!["enum"] = new JsonArray("county"));
            Assert.Equal((ChangeKind.Breaking, "/properties/levels/items/enum", "township"), (removed.Kind, removed.Path, removed.OldValue));

            ReviewChange added = Only(s => Property(s, "channel")["anyOf"]![0]!["enum"]!.AsArray().Add("governmentGazette"));
            Assert.Equal((ChangeKind.Additive, "/properties/channel/anyOf/0/enum", "governmentGazette"), (added.Kind, added.Path, added.NewValue));
        }

        [Fact]
        public void A_new_optional_field_is_additive_and_a_removed_field_breaking()
        {
            Assert.Equal((ChangeKind.Additive, "/properties/note"), Pair(Only(s => s["properties"]!.AsObject().Add("note", new JsonObject { ["type"] = "string" }))));
            Assert.Equal((ChangeKind.Breaking, "/properties/date"), Pair(Only(s => s["properties"]!.AsObject().Remove("date"))));
        }

        [Fact]
        public void A_pattern_added_or_changed_is_breaking_and_removed_additive()
        {
            Assert.Equal((ChangeKind.Breaking, "/properties/date/pattern"), Pair(Only(s => Property(s, "date")["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")));
            Assert.Equal((ChangeKind.Breaking, "/$defs/code/pattern"), Pair(Only(s => s["$defs"]!["code"]!["pattern"] = "^[a-z][a-z0-9]*$")));
            Assert.Equal(ChangeKind.Additive, Only(s => s["$defs"]!["code"]!.AsObject().Remove("pattern")).Kind);
        }

        [Fact]
        public void Tighter_bounds_are_breaking_and_looser_ones_additive()
        {
            Assert.Equal(ChangeKind.Breaking, Only(s => Property(s, "count")["minimum"] = 1).Kind);
            Assert.Equal(ChangeKind.Breaking, Only(s => Property(s, "count")["maximum"] = 99).Kind);
            Assert.Equal(ChangeKind.Additive, Only(s => Property(s, "count")["maximum"] = 1000).Kind);
            Assert.Equal(ChangeKind.Breaking, Only(s => Property(s, "date")["maxLength"] = 10).Kind);
            Assert.Equal(ChangeKind.Additive, Only(s => Property(s, "name").Remove("minLength")).Kind);
            Assert.Equal(ChangeKind.Breaking, Only(s => Property(s, "levels")["uniqueItems"] = true).Kind);
        }

        [Fact]
        public void Closing_additional_properties_is_breaking_and_opening_them_additive()
        {
            Assert.Equal((ChangeKind.Breaking, "/additionalProperties"), Pair(Only(s => s["additionalProperties"] = false)));
            string closed = Edit(SchemaText, s => s["additionalProperties"] = false);
            Assert.Equal(ChangeKind.Additive, Single(ReviewDiff.Compare(closed, SchemaText)).Kind);
        }

        [Fact]
        public void A_changed_reference_is_breaking_and_a_removed_definition_too()
        {
            Assert.Equal((ChangeKind.Breaking, "/properties/code/$ref"), Pair(Only(s => Property(s, "code")["$ref"] = "#/$defs/spare")));
            Assert.Equal((ChangeKind.Breaking, "/$defs/spare"), Pair(Only(s => s["$defs"]!.AsObject().Remove("spare"))));
            Assert.Equal(ChangeKind.Additive, Only(s => s["$defs"]!.AsObject().Add("isoDate", new JsonObject { ["type"] = "string" })).Kind);
        }

        [Fact]
        public void A_new_alternative_is_additive_and_a_removed_one_breaking()
        {
            Assert.Equal(ChangeKind.Additive, Only(s => Property(s, "channel")["anyOf"]!.AsArray().Add(new JsonObject { ["type"] = "null" })).Kind);
            Assert.Equal(ChangeKind.Breaking, Only(s => Property(s, "channel")["anyOf"]!.AsArray().RemoveAt(1)).Kind);
        }

        [Fact]
        public void Titles_and_descriptions_are_editorial()
        {
            DiffResult report = ReviewDiff.Compare(SchemaText, Edit(SchemaText, s =>
            {
                s["title"] = "Example schema";
                Property(s, "name")["description"] = "名称（中文）";
            }));
            Assert.Equal(new[] { ("/title", ChangeKind.Editorial), ("/properties/name/description", ChangeKind.Editorial) }, report.Changes.Select(c => (c.Path, c.Kind)));
        }

        [Fact]
        public void Pointers_escape_slashes_and_tildes()
        {
            ReviewChange change = Only(s => s["properties"]!.AsObject().Add("a/b~c", new JsonObject()));
            Assert.Equal("/properties/a~1b~0c", change.Path);
        }

        private static (ChangeKind, string) Pair(ReviewChange change) => (change.Kind, change.Path);
    }
}
