using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>The members around a JSON document's record array survive JSON → workbook → JSON.</summary>
    [Properties(Replay = "(1234567890123456789,9876543210987654321)")]
    public class DocumentEnvelopeTests
    {
        private const string Record = "{\"firstLevelItem\":\"综合业务\",\"secondLevelItem\":\"政策法规文件\",\"timeLimit\":\"信息形成或变更之日起20个工作日内\"}";

        private static readonly Gen<string> Texts = Gen.OneOf(
            Gen.Elements("青山县人民政府办公室", "2024-06", "", " 前后有空格 ", "json:像前缀", "json:[]", "=cmd", "a\nb", "\"引号\"", "1", "true"),
            ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get).Where(s => s.All(c => !char.IsSurrogate(c) && (c >= ' ' || c == '\n'))));

        private static readonly Gen<JsonNode?> Values = Gen.OneOf(
            Texts.Select(t => (JsonNode?)JsonValue.Create(t)),
            Gen.Choose(-1000, 1000).Select(n => (JsonNode?)JsonValue.Create(n)),
            Gen.Elements<JsonNode?>(null, JsonValue.Create(true), JsonValue.Create(2.5), new JsonObject { ["name"] = "青山县", ["level"] = 3, ["list"] = new JsonArray(1, "二") }));

        private static readonly string[] Names = { "publisher", "title", "version", "发布机关", "x-note", "issuedOn", "meta" };

        private static readonly Gen<(List<KeyValuePair<string, JsonNode?>> Members, int Position)> Envelopes =
            from count in Gen.Choose(0, 6)
            from values in Gen.ArrayOf(Values, count)
            from position in Gen.Choose(0, count)
            select (Names.Take(count).Zip(values, (n, v) => new KeyValuePair<string, JsonNode?>(n, v)).ToList(), position);

        [Property(MaxTest = 60)]
        public Property A_json_envelope_survives_a_workbook_and_back() =>
            Prop.ForAll(Envelopes.ToArbitrary(), e =>
            {
                string json = Document(e.Members, e.Position);
                DocumentEnvelope read = JsonEnvelopeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)))!;
                DocumentEnvelope back = ThroughWorkbook(read);
                return back.RecordsMember == "entries" && back.RecordsPosition == e.Position && Same(read, back) && Same(Expected(e.Members), back);
            });

        [Fact]
        public void A_top_level_array_or_a_single_record_has_no_envelope()
        {
            Assert.Null(JsonEnvelopeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("[" + Record + "]"))));
            Assert.Null(JsonEnvelopeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Record))));
        }

        [Fact]
        public void A_record_array_larger_than_the_buffer_is_streamed_past_and_members_after_it_are_kept()
        {
            string records = string.Join(",", Enumerable.Repeat(Record, 5000));
            string json = "\uFEFF{\"publisher\":\"青山县\",\"entries\":[" + records + "],\"version\":{\"n\":2}}";

            DocumentEnvelope envelope = JsonEnvelopeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)))!;

            Assert.Equal("entries", envelope.RecordsMember);
            Assert.Equal(1, envelope.RecordsPosition);
            Assert.Equal(new[] { "publisher", "version" }, envelope.Members.Select(m => m.Key));
            Assert.Equal(2, envelope.Members[1].Value.GetProperty("n").GetInt32());
        }

        [Fact]
        public void A_malformed_envelope_is_a_located_input_error()
        {
            InputException e = Assert.Throws<InputException>(() => JsonEnvelopeReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"publisher\":\"a\",\n\"entries\":[" + Record + "],\"version\":}")), file: "x.json"));

            Assert.Equal("x.json", e.Location.File);
            Assert.Equal(2, e.Location.Line);
        }

        private static string Document(List<KeyValuePair<string, JsonNode?>> members, int position)
        {
            var json = new StringBuilder("{");
            for (int i = 0; i <= members.Count; i++)
            {
                if (i == position)
                {
                    json.Append("\"entries\":[").Append(Record).Append("],");
                }

                if (i < members.Count)
                {
                    json.Append(JsonSerializer.Serialize(members[i].Key)).Append(':').Append(members[i].Value?.ToJsonString() ?? "null").Append(',');
                }
            }

            return json.ToString().TrimEnd(',') + "}";
        }

        private static DocumentEnvelope ThroughWorkbook(DocumentEnvelope envelope)
        {
            var workbook = new MemoryStream();
            using (JsonDocument record = JsonDocument.Parse(Record))
            {
                TabularWriter.WriteXlsx(workbook, DocumentKind.CatalogueEntry, new[] { record.RootElement }, null, null, envelope);
            }

            workbook.Position = 0;
            using var reader = new XlsxRecordReader(workbook, new InputOptions { DisplayName = "x.xlsx" });
            Assert.Single(reader.Read());
            return reader.Envelope!;
        }

        private static List<KeyValuePair<string, JsonElement>> Expected(List<KeyValuePair<string, JsonNode?>> members) =>
            members.Select(m => new KeyValuePair<string, JsonElement>(m.Key, JsonDocument.Parse(m.Value?.ToJsonString() ?? "null").RootElement)).ToList();

        private static bool Same(DocumentEnvelope a, DocumentEnvelope b) => Same(a.Members, b);

        private static bool Same(IReadOnlyList<KeyValuePair<string, JsonElement>> expected, DocumentEnvelope actual) =>
            expected.Count == actual.Members.Count
            && expected.Zip(actual.Members).All(p => p.First.Key == p.Second.Key && JsonElement.DeepEquals(p.First.Value, p.Second.Value));
    }
}
