using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDisclosure.Standard.Cli.Tests
{
    public class ConvertCommandTests
    {
        private const string Guides =
            "[{\"itemName\":\"最低生活保障审核确认\",\"legalBasis\":[\"《社会救助暂行办法》\",\"《关于A、B的通知》\"]," +
            "\"materials\":[{\"name\":\"申请书\",\"necessity\":\"required\",\"form\":\"原件\",\"copies\":1},{\"name\":\"户口簿、身份证\",\"necessity\":\"conditional\",\"source\":\"公安机关\",\"extra\":\"x\"}]," +
            "\"fees\":[{\"item\":\"工本费\",\"standard\":\"10元\",\"basis\":\"《收费标准》\"}],\"isCharged\":true,\"legalTimeLimit\":{\"count\":30,\"unit\":\"workingDays\"}," +
            "\"promisedTimeLimit\":{\"count\":15,\"unit\":\"calendarDays\"},\"onSiteVisits\":0,\"contactPhone\":\"0571-12345678\",\"承诺事项\":\"一次办好\",\"tags\":[1,2]}," +
            "{\"itemName\":\"临时救助\",\"materials\":[],\"fees\":[],\"isCharged\":false,\"officeHours\":\"json:看起来像前缀\",\"procedure\":\"申请｜审核\\n审批\"}]";

        [Theory]
        [InlineData("csv")]
        [InlineData("xlsx")]
        [InlineData("jsonl")]
        public void Catalogue_entries_survive_a_round_trip_through_a_table(string format)
        {
            using var temp = new TempFolder();
            string source = Path.Combine(Tool.Root, Tool.Sample("county-catalogue-mistakes.json"));
            string table = temp.File("catalogue." + format);
            string back = temp.File("back.json");

            Tool.Result there = Tool.Run("convert", source, table);
            Tool.Result again = Tool.Run("convert", table, back, "--kind", "catalogueEntry");

            Assert.True(there.ExitCode == 0, there.ToString());
            Assert.True(again.ExitCode == 0, again.ToString());
            JsonNode expected = JsonNode.Parse(File.ReadAllText(source))!["entries"]!;
            JsonNode read = JsonNode.Parse(File.ReadAllText(back))!;
            AssertSameRecords(expected, format == "xlsx" ? read["entries"]! : read);
        }

        /// <summary>Every sample that is a JSON object around a record array (publisher, title, version …).</summary>
        public static TheoryData<string> SamplesWithAnEnvelope()
        {
            var names = new TheoryData<string>();
            foreach (string path in Directory.GetFiles(Path.Combine(Tool.Root, "samples", "data"), "*.json").OrderBy(p => p, System.StringComparer.Ordinal))
            {
                using FileStream stream = File.OpenRead(path);
                if (GovDisclosure.Standard.Input.JsonEnvelopeReader.Read(stream) != null)
                {
                    names.Add(Path.GetFileName(path));
                }
            }

            return names;
        }

        [Theory]
        [MemberData(nameof(SamplesWithAnEnvelope))]
        public void A_json_document_with_its_envelope_survives_a_round_trip_through_a_workbook(string sample)
        {
            using var temp = new TempFolder();
            string source = Path.Combine(Tool.Root, Tool.Sample(sample));
            string workbook = temp.File("document.xlsx");
            string back = temp.File("back.json");

            Tool.Result there = Tool.Run("convert", source, workbook);
            Tool.Result again = Tool.Run("convert", workbook, back);

            Assert.True(there.ExitCode == 0, there.ToString());
            Assert.True(again.ExitCode == 0, again.ToString());
            JsonNode expected = JsonNode.Parse(File.ReadAllText(source))!;
            JsonNode actual = JsonNode.Parse(File.ReadAllText(back))!;
            Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
            Assert.Equal(expected.AsObject().Select(m => m.Key), actual.AsObject().Select(m => m.Key));
        }

        [Fact]
        public void An_envelope_after_the_records_with_numbers_and_objects_survives_a_workbook_and_csv_says_it_drops_it()
        {
            using var temp = new TempFolder();
            string source = temp.File("guides.json");
            File.WriteAllText(source, "{\"publisher\":\"青山县政务服务中心\",\"guides\":" + Guides + ",\"version\":3,\"scope\":{\"level\":\"县级\",\"note\":\"json:不是前缀\"},\"remark\":null}");
            string workbook = temp.File("guides.xlsx");
            string back = temp.File("back.json");

            Tool.Result there = Tool.Run("convert", source, workbook);
            Tool.Result again = Tool.Run("convert", workbook, back);
            Tool.Result csv = Tool.Run("convert", source, temp.File("guides.csv"));

            Assert.True(there.ExitCode == 0, there.ToString());
            Assert.True(again.ExitCode == 0, again.ToString());
            JsonNode expected = JsonNode.Parse(File.ReadAllText(source))!;
            JsonNode actual = JsonNode.Parse(File.ReadAllText(back))!;
            Assert.Equal(expected.AsObject().Select(m => m.Key), actual.AsObject().Select(m => m.Key));
            AssertSameRecords(expected["guides"]!, actual["guides"]!);
            foreach (string member in new[] { "publisher", "version", "scope", "remark" })
            {
                Assert.True(JsonNode.DeepEquals(expected[member], actual[member]), member + ": " + actual[member]?.ToJsonString());
            }

            Assert.True(csv.ExitCode == 0, csv.ToString());
            Assert.Contains("the document's envelope (publisher, version, scope, remark) was not written", csv.Stderr);
        }

        [Theory]
        [InlineData("csv")]
        [InlineData("xlsx")]
        public void Service_guides_with_materials_fees_periods_and_unknown_fields_survive_a_round_trip(string format) =>
            AssertRoundTrip(Guides, format);

        [Fact]
        public void A_name_with_a_character_beyond_the_basic_plane_survives_a_workbook()
        {
            // 𠀀 (U+20000) is one character in two UTF-16 units, as rare characters of people's and places' names are;
            // the workbook writer once split it and the conversion ended in an internal error.
            AssertRoundTrip(Guides.Replace("最低生活保障审核确认", "𠀀家村最低生活保障审核确认").Replace("公安机关", "公安机关😀"), "xlsx");
        }

        /// <summary>Converts <paramref name="guides"/> to a table of <paramref name="format"/> and back, and compares.</summary>
        private static void AssertRoundTrip(string guides, string format)
        {
            using var temp = new TempFolder();
            string source = temp.File("guides.json");
            File.WriteAllText(source, guides);
            string table = temp.File("guides." + format);
            string back = temp.File("back.json");

            Tool.Result there = Tool.Run("convert", source, table);
            Tool.Result again = Tool.Run("convert", table, back);

            Assert.True(there.ExitCode == 0, there.ToString());
            Assert.True(again.ExitCode == 0, again.ToString());
            AssertSameRecords(JsonNode.Parse(guides)!, JsonNode.Parse(File.ReadAllText(back))!);
        }

        [Fact]
        public void A_csv_shows_materials_in_the_documented_cell_syntax()
        {
            using var temp = new TempFolder();
            string source = temp.File("guides.json");
            File.WriteAllText(source, Guides.Replace(",\"extra\":\"x\"", string.Empty));
            string csv = temp.File("guides.csv");

            Tool.Result result = Tool.Run("convert", source, csv);

            Assert.True(result.ExitCode == 0, result.ToString());
            string text = File.ReadAllText(csv);
            Assert.StartsWith("事项名称,", text.TrimStart('\uFEFF'));
            Assert.Contains("申请书｜必要｜原件｜｜1", text);
            Assert.Contains("30个工作日", text);
            Assert.Contains("工本费｜10元｜《收费标准》", text);
        }

        [Fact]
        public void An_unreadable_record_stops_the_conversion_and_writes_nothing()
        {
            using var temp = new TempFolder();
            string source = temp.File("broken.jsonl");
            File.WriteAllText(source, "{\"itemName\":\"a\",\"conditions\":\"b\"}\n{\"itemName\": \n");
            string output = temp.File("out.csv");

            Tool.Result result = Tool.Run("convert", source, output, "--kind", "serviceGuide");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("broken.jsonl:2", result.Stderr);
            Assert.False(File.Exists(output));
        }

        /// <summary>Tables cannot tell an empty list, a null and an absent field apart; everything else must be identical.</summary>
        private static void AssertSameRecords(JsonNode expected, JsonNode actual)
        {
            string Normal(JsonNode node) => Normalize(node)!.ToJsonString();
            JsonArray left = expected.AsArray();
            JsonArray right = actual.AsArray();
            Assert.Equal(left.Count, right.Count);
            for (int i = 0; i < left.Count; i++)
            {
                Assert.Equal(Normal(left[i]!), Normal(right[i]!));
            }
        }

        private static JsonNode? Normalize(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var result = new JsonObject();
                    foreach (var property in obj.OrderBy(p => p.Key, System.StringComparer.Ordinal))
                    {
                        JsonNode? value = Normalize(property.Value);
                        if (value is null || (value is JsonArray array && array.Count == 0))
                        {
                            continue;
                        }

                        result[property.Key] = value;
                    }

                    return result;
                case JsonArray list:
                    return new JsonArray(list.Select(Normalize).ToArray());
                case null:
                    return null;
                default:
                    return JsonNode.Parse(node.ToJsonString());
            }
        }
    }
}
