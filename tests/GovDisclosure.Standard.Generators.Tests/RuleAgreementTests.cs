using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    /// The generator cannot load the core library, so it repeats two of its rules: the closed value
    /// sets and the time-limit reader. These tests keep the copies equal to the originals.
    /// </summary>
    public sealed class RuleAgreementTests
    {
        public static TheoryData<string> ValueSets => new TheoryData<string> { "channels", "audiences", "modes", "levels", "requirements", "coverages" };

        [Theory]
        [MemberData(nameof(ValueSets))]
        public void Generator_value_set_equals_the_core_code_list(string name)
        {
            (ValueSet set, IEnumerable<(string Code, string ChineseName)> codelist) = name switch
            {
                "channels" => (ValueSet.Channels, Pairs(DisclosureChannel.Declared)),
                "audiences" => (ValueSet.Audiences, Pairs(DisclosureAudience.Declared)),
                "modes" => (ValueSet.Modes, Pairs(DisclosureMode.Declared)),
                "levels" => (ValueSet.Levels, Pairs(AdministrativeLevel.Declared)),
                "coverages" => (ValueSet.Coverages, Pairs(GuidelineCoverage.Declared)),
                _ => (ValueSet.Requirements, Pairs(ElementRequirement.Declared)),
            };

            Assert.Equal(codelist, set.Values.Select(v => (v.Code, v.ChineseName)));
            Assert.All(set.Values, v => Assert.Equal(Identifiers.ToPascalCase(v.Code), v.Member));
        }

        [Fact]
        public void Generator_level_wordings_equal_the_core_synonyms()
        {
            Assert.Equal(
                AdministrativeLevel.Declared.Select(l => (l.Code, string.Join("|", l.Synonyms))),
                ValueSet.Levels.Values.Select(v => (v.Code, string.Join("|", v.Synonyms))));
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

        private static IEnumerable<(string Code, string ChineseName)> Pairs<T>(IReadOnlyList<T> values)
            where T : CodelistValue<T> => values.Select(v => (v.Code, v.ChineseName)).ToArray();
    }
}
