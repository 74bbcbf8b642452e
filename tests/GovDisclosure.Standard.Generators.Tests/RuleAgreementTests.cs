using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Generators.Reading;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;
using GovDisclosure.Standard.Generators.TimeLimits;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>
    /// The generator cannot load the core library, so it compiles the library's base-class-only sources
    /// (the code-list rows, the time-limit lexer, Chinese text folding). These tests prove that what the
    /// generator accepts and suggests is what the library reads.
    /// </summary>
    public sealed class RuleAgreementTests
    {
        public static TheoryData<string> ValueSets => new TheoryData<string> { "channels", "audiences", "modes", "levels", "requirements", "coverages" };

        [Theory]
        [MemberData(nameof(ValueSets))]
        public void Generator_value_set_equals_the_core_code_list(string name)
        {
            (ValueSet set, IEnumerable<Wording> codelist) = Sets(name);

            Assert.Equal(codelist.Select(w => (w.Code, w.ChineseName, w.Member, string.Join("|", w.Others))), set.Values.Select(v => (v.Code, v.ChineseName, v.Member, string.Join("|", v.Synonyms))));
        }

        [Theory]
        [MemberData(nameof(ValueSets))]
        public void Generator_recognises_every_wording_the_library_parses_as_the_same_value(string name)
        {
            (ValueSet set, IEnumerable<Wording> codelist) = Sets(name);

            Assert.All(
                codelist.SelectMany(w => new[] { w.Code, w.ChineseName }.Concat(w.Others).Select(text => (text, w.Code))),
                pair => Assert.Equal(pair.Code, set.Recognise(pair.text)?.Code));
        }

        [Theory]
        [InlineData("镇(街)级", "township")]
        [InlineData("镇（街）级", "township")]
        [InlineData("县(市、区)级", "county")]
        [InlineData("州级", "city")]
        [InlineData("盟级", "city")]
        [InlineData("地区级", "city")]
        public void Generator_names_the_level_of_a_published_header_as_the_library_does(string wording, string code)
        {
            Assert.True(AdministrativeLevel.TryParse(wording, out AdministrativeLevel? level));
            Assert.Equal((code, code), (level!.Code, ValueSet.Levels.Recognise(wording)?.Code));
        }

        [Theory]
        [InlineData("门户网站", "'governmentWebsite'")]
        [InlineData("政务服务大厅", "'governmentServiceCentre'")]
        [InlineData("特定群众", "'specificGroup'")]
        [InlineData("发布会、听证会", "did you mean 'pressConferenceOrHearing'")]
        public void Generator_advises_the_value_a_library_synonym_names(string wording, string code)
        {
            ValueSet set = wording == "特定群众" ? ValueSet.Audiences : ValueSet.Channels;

            Assert.Contains(code, set.Advise(wording));
        }

        [Fact]
        public void Generator_advises_two_levels_for_a_township_and_village_cell()
        {
            string advice = ValueSet.Levels.Advise("乡、村级");

            Assert.Contains("'township'", advice);
            Assert.Contains("'village'", advice);
        }

        [Theory]
        [InlineData("镇(街)级")]
        [InlineData("镇街级")]
        [InlineData("街道级")]
        [InlineData("乡镇街道")]
        [InlineData("镇（街道）")]
        public void Generator_never_suggests_the_county_for_a_township_wording(string wording)
        {
            Assert.Contains("'township'", ValueSet.Levels.Advise(wording));
        }

        [Fact]
        public void Generator_suggests_the_government_service_portal_as_a_named_other_channel()
        {
            string advice = ValueSet.Channels.Advise("政务服务网");

            Assert.Contains("'other:政务服务网'", advice);
            Assert.DoesNotContain("governmentServiceCentre", advice);
        }

        [Fact]
        public void Time_limit_recogniser_agrees_with_the_library_on_every_built_in_time_limit()
        {
            string[] wordings = Directory.GetFiles(Repository.PathOf("catalog", "domains"), "*.catalog.json")
                .SelectMany(path =>
                {
                    using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
                    return document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("timeLimit").GetString()!).ToArray();
                })
                .Distinct()
                .ToArray();

            Assert.NotEmpty(wordings);
            Assert.All(wordings, w => Assert.Equal(DisclosureTimeLimit.Parse(w).IsReadable, TimeLimitRecogniser.Problem(w) is null));
        }

        [Property]
        public Property Time_limit_recogniser_agrees_with_the_library_on_generated_wordings()
        {
            string[] fragments =
            {
                "信息形成或者变更之日起", "制定或获取信息之日起", "自收到申请之日起", "批复后", "决定作出之日起", "下发至本单位",
                "实时公开", "及时公开", "按进展情况", "20个工作日内", "十个工作日", "7日", "三十天", "公示期为7个工作日", "公告期限5个工作日",
                "，", "；", "。", "、", "公开", "执法决定信息", "其他", " ", "形成", "（", "）", "1.", "长期公开",
            };
            Gen<string> wordings = Gen.ListOf(Gen.Elements(fragments)).Select(parts => string.Concat(parts));

            return Prop.ForAll(wordings.ToArbitrary(), w => DisclosureTimeLimit.Parse(w).IsReadable == (TimeLimitRecogniser.Problem(w) is null));
        }

        private static (ValueSet Set, IEnumerable<Wording> Codelist) Sets(string name) => name switch
        {
            "channels" => (ValueSet.Channels, Wordings(DisclosureChannel.Declared)),
            "audiences" => (ValueSet.Audiences, Wordings(DisclosureAudience.Declared)),
            "modes" => (ValueSet.Modes, Wordings(DisclosureMode.Declared)),
            "levels" => (ValueSet.Levels, Wordings(AdministrativeLevel.Declared)),
            "coverages" => (ValueSet.Coverages, Wordings(GuidelineCoverage.Declared)),
            _ => (ValueSet.Requirements, Wordings(ElementRequirement.Declared)),
        };

        private static IEnumerable<Wording> Wordings<T>(IReadOnlyList<T> values)
            where T : CodelistValue<T> =>
            values.Select(v => new Wording(v.Code, v.ChineseName, typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).Single(f => ReferenceEquals(f.GetValue(null), v)).Name, new[] { v.EnglishName }.Concat(v.Synonyms).ToArray())).ToArray();

        private sealed record Wording(string Code, string ChineseName, string Member, string[] Others);
    }
}
