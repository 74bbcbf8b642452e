using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.ServiceGuides;

namespace GovDisclosure.Standard.Tests.Json
{
    public sealed class CanonicalJsonTests
    {
        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void Every_document_kind_round_trips_through_canonical_json(string kindCode)
        {
            DocumentKind kind = DocumentKind.Parse(kindCode);
            MethodInfo check = typeof(CanonicalJsonTests).GetMethod(nameof(RoundTrips), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(GovDisclosure.Standard.Shapes.DocumentShapes.For(kind).Type);

            Prop.ForAll(DocumentGenerators.For(kind).ToArbitrary(), document => (bool)check.Invoke(null, new[] { document })!)
                .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
        }

        [Fact]
        public void Unknown_fields_survive_a_read_write_round_trip_at_every_depth()
        {
            const string json = "{\"itemName\":\"最低生活保障金给付\",\"materials\":[{\"name\":\"身份证\",\"vendorColour\":\"red\"}],\"vendorId\":42,\"x-地区\":{\"a\":[1,2]}}";

            ServiceGuide guide = CanonicalJson.Deserialize<ServiceGuide>(json);
            string written = CanonicalJson.Serialize(guide);

            Assert.Equal(42, guide.AdditionalProperties!["vendorId"].GetInt32());
            Assert.Equal("red", guide.Materials[0].AdditionalProperties!["vendorColour"].GetString());
            const string expected = "{\"itemName\":\"最低生活保障金给付\",\"legalBasis\":[],\"materials\":[{\"name\":\"身份证\",\"vendorColour\":\"red\"}],\"fees\":[],\"vendorId\":42,\"x-地区\":{\"a\":[1,2]}}";
            Assert.Equal(Normalise(expected), Normalise(written));
        }

        [Fact]
        public void Chinese_names_on_input_become_codes_on_output()
        {
            const string json = "{\"firstLevelItem\":\"最低生活保障\",\"secondLevelItem\":\"办事指南\",\"channels\":[\"门户网站\",\"其他：公共资源交易平台\"],\"audiences\":[\"全社会\"],\"modes\":[\"主动\"],\"levels\":[\"县级\",\"乡镇级\"],\"categories\":[5,11],\"contentElements\":[{\"name\":\"办理条件\",\"requirement\":\"●\"}],\"timeLimit\":\"信息形成之日起20个工作日内\",\"domain\":\"医疗卫生\"}";

            CatalogueEntry entry = CanonicalJson.Deserialize<CatalogueEntry>(json);
            string written = CanonicalJson.Serialize(entry);

            Assert.Equal(PilotDomain.Health, entry.Domain);
            Assert.Contains("\"channels\":[\"governmentWebsite\",\"other:公共资源交易平台\"]", written);
            Assert.Contains("\"levels\":[\"county\",\"township\"]", written);
            Assert.Contains("\"modes\":[\"proactive\"]", written);
            Assert.Contains("\"categories\":[5,11]", written);
            Assert.Contains("\"requirement\":\"required\"", written);
            Assert.Contains("\"domain\":\"health\"", written);
            Assert.Equal(20, entry.TimeLimit!.PrimaryClause!.Period!.Count);
        }

        [Fact]
        public void A_blank_report_cell_stays_blank_and_is_not_written_as_zero()
        {
            var report = new AnnualReport { Applications = new ApplicationTable { NewlyReceived = new ApplicantCounts { NaturalPerson = 0, Total = null } } };

            string json = CanonicalJson.Serialize(report);
            AnnualReport back = CanonicalJson.Deserialize<AnnualReport>(json);

            Assert.Contains("\"naturalPerson\":0", json);
            Assert.DoesNotContain("\"total\"", json);
            Assert.Equal(0, back.Applications!.NewlyReceived!.NaturalPerson);
            Assert.Null(back.Applications.NewlyReceived.Total);
        }

        [Fact]
        public void An_unknown_code_list_value_fails_with_a_suggestion_and_the_path()
        {
            JsonException error = Assert.Throws<JsonException>(() => CanonicalJson.Deserialize<CatalogueEntry>("{\"modes\":[\"主动公示\"]}"));

            Assert.Contains("proactive", error.Message);
            Assert.Contains("$.modes", error.Message);
        }

        [Fact]
        public void Canonical_json_is_deterministic_and_keeps_chinese_readable()
        {
            var entry = new CatalogueEntry { FirstLevelItem = "养老服务通用政策", Channels = new[] { PublicationChannel.Of(DisclosureChannel.TwoMicroOneEnd) } };

            string json = CanonicalJson.Serialize(entry);

            Assert.Equal("{\"firstLevelItem\":\"养老服务通用政策\",\"contentElements\":[],\"legalBasis\":[],\"channels\":[\"twoMicroOneEnd\"],\"audiences\":[],\"modes\":[],\"levels\":[],\"categories\":[],\"confirmedBy\":[]}", json);
        }

        private static bool RoundTrips<T>(T document)
        {
            string first = CanonicalJson.Serialize(document);
            T back = CanonicalJson.Deserialize<T>(first);
            string second = CanonicalJson.Serialize(back);
            return first == second;
        }

        private static string Normalise(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return Canonicalise(document.RootElement);
        }

        private static string Canonicalise(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonicalise(p.Value))) + "}",
            JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonicalise)) + "]",
            _ => element.GetRawText(),
        };
    }
}

namespace GovDisclosure.Standard.Tests.Json
{
    public sealed class AbsentListTests
    {
        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void Absent_or_null_lists_read_as_empty_never_null(string kindCode)
        {
            System.Type model = GovDisclosure.Standard.Shapes.DocumentShapes.For(DocumentKind.Parse(kindCode)).Type;
            System.Reflection.PropertyInfo[] lists = model.GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)).ToArray();
            string withNulls = "{" + string.Join(",", lists.Select(p => "\"" + JsonNamingPolicy.CamelCase.ConvertName(p.Name) + "\":null")) + "}";
            MethodInfo deserialize = typeof(CanonicalJson).GetMethod(nameof(CanonicalJson.Deserialize), new[] { typeof(string) })!.MakeGenericMethod(model);

            foreach (string json in new[] { "{}", withNulls })
            {
                object document = deserialize.Invoke(null, new object[] { json })!;
                Assert.All(lists, p => Assert.NotNull(p.GetValue(document)));
            }
        }

        [Fact]
        public void Setting_a_list_to_null_keeps_it_empty()
        {
            var entry = new CatalogueEntry { Categories = null! };

            Assert.Empty(entry.Categories);
        }
    }
}

namespace GovDisclosure.Standard.Tests.Json
{
    public sealed class DocumentImmutabilityTests
    {
        [Fact]
        public void A_document_keeps_its_own_copy_of_a_list_and_exposes_it_read_only()
        {
            var levels = new[] { GovDisclosure.Standard.Disclosure.AdministrativeLevel.County };
            var entry = new CatalogueEntry { Levels = levels };

            levels[0] = GovDisclosure.Standard.Disclosure.AdministrativeLevel.Village;

            Assert.Equal(GovDisclosure.Standard.Disclosure.AdministrativeLevel.County, entry.Levels[0]);
            Assert.False(entry.Levels is GovDisclosure.Standard.Disclosure.AdministrativeLevel[]);
        }

        [Fact]
        public void The_built_in_catalogue_cannot_be_rewritten_through_its_lists()
        {
            CatalogueEntry first = StandardCatalogue.All[0];

            Assert.IsNotType<ContentElement[]>(first.ContentElements);
            Assert.Throws<System.NotSupportedException>(() => ((IList<ContentElement>)first.ContentElements)[0] = new ContentElement("x"));
        }
    }
}

namespace GovDisclosure.Standard.Tests.Json
{
    public sealed class DocumentValueEqualityTests
    {
        [Fact]
        public void Every_built_in_entry_equals_its_canonical_json_read_back()
        {
            Assert.All(StandardCatalogue.All, entry =>
            {
                CatalogueEntry back = CanonicalJson.Deserialize<CatalogueEntry>(CanonicalJson.Serialize(entry));
                Assert.Equal(entry, back);
                Assert.Equal(entry.GetHashCode(), back.GetHashCode());
            });
        }

        [Fact]
        public void Documents_with_the_same_items_in_another_order_differ()
        {
            var a = new CatalogueEntry { Levels = new[] { GovDisclosure.Standard.Disclosure.AdministrativeLevel.County, GovDisclosure.Standard.Disclosure.AdministrativeLevel.Township } };
            var b = a with { Levels = new[] { GovDisclosure.Standard.Disclosure.AdministrativeLevel.Township, GovDisclosure.Standard.Disclosure.AdministrativeLevel.County } };

            Assert.NotEqual(a, b);
            Assert.Equal(a, b with { Levels = a.Levels.ToArray() });
        }

        [Fact]
        public void Service_guides_compare_their_materials_by_value()
        {
            var a = new ServiceGuide { Materials = new[] { new ServiceMaterial { Name = "居民身份证", Copies = 1 } } };
            var b = new ServiceGuide { Materials = new[] { new ServiceMaterial { Name = "居民身份证", Copies = 1 } } };

            Assert.Equal(a, b);
            Assert.NotEqual(a, b with { Materials = new[] { new ServiceMaterial { Name = "居民身份证", Copies = 2 } } });
        }
    }
}
