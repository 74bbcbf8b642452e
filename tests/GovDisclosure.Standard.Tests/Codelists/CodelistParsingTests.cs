using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Schema;

namespace GovDisclosure.Standard.Tests.Codelists
{
    public sealed class CodelistParsingTests
    {
        [Fact]
        public void The_library_declares_its_code_lists()
        {
            Assert.Contains(typeof(DisclosureChannel), CodelistCatalog.Types);
            Assert.Contains(typeof(PilotDomain), CodelistCatalog.Types);
            Assert.True(CodelistCatalog.Types.Count >= 15);
        }

        [Fact]
        public void Every_value_parses_from_its_code_its_chinese_name_and_each_synonym()
        {
            foreach (Type codelist in CodelistCatalog.Types)
            {
                foreach (object value in CodelistCatalog.Declared(codelist))
                {
                    foreach (string spelling in new[] { CodelistCatalog.Code(value), CodelistCatalog.ChineseName(value) }.Concat(CodelistCatalog.Synonyms(value)))
                    {
                        Assert.Same(value, CodelistCatalog.TryParse(codelist, spelling));
                    }
                }
            }
        }

        [Property]
        public Property Parsing_ignores_surrounding_white_space_and_full_width_forms()
        {
            var values = CodelistCatalog.Types.SelectMany(t => CodelistCatalog.Declared(t).Select(v => (Type: t, Value: v))).ToArray();
            Gen<(Type Type, object Value, string Text)> cases =
                from pick in Gen.Elements(values)
                from spelling in Gen.Elements(new[] { CodelistCatalog.Code(pick.Value), CodelistCatalog.ChineseName(pick.Value) }.Concat(CodelistCatalog.Synonyms(pick.Value)).ToArray())
                from before in Gen.Elements("", " ", "\u3000", "\t", " \u00A0")
                from after in Gen.Elements("", " ", "\u3000", "\r\n")
                from widen in Gen.Elements(true, false)
                select (pick.Type, pick.Value, before + (widen ? ToFullWidth(spelling) : spelling) + after);

            return Prop.ForAll(cases.ToArbitrary(), c => ReferenceEquals(c.Value, CodelistCatalog.TryParse(c.Type, c.Text)));
        }

        [Property(MaxTest = 300)]
        public Property A_span_names_the_code_its_text_parses_to()
        {
            // Spellings as written, changed the ways cells change them (case, spaces, full-width forms), and text no list knows.
            string[] spellings = CodelistReader.All.Values
                .SelectMany(r => r.Values.SelectMany(v => new[] { v.Code, v.ChineseName, v.EnglishName }))
                .Concat(new[] { string.Empty, " ", "有关部门", "飞鸽传书", "ＡＢＣ", "县级 ", "\u3000主动公开" })
                .ToArray();
            Gen<string> texts = Gen.Elements(spellings).SelectMany(text => Gen.Elements<Func<string, string>>(
                t => t,
                t => t.ToUpperInvariant(),
                t => " " + t + "\u3000",
                t => new string(t.Select(c => c >= '!' && c <= '~' ? (char)(c + 0xFEE0) : c).ToArray()),
                t => t.Length > 1 ? t.Substring(1) : t).Select(change => change(text)));
            Gen<CodelistReader> readers = Gen.Elements(CodelistReader.All.Values.ToArray());
            return Prop.ForAll(readers.ToArbitrary(), texts.ToArbitrary(), (reader, text) =>
                reader.CodeOf(text.AsSpan()) == reader.Parse(text)?.Code);
        }

        [Fact]
        public void Codes_are_ascii_camel_case_and_unique_within_each_list()
        {
            foreach (Type codelist in CodelistCatalog.Types)
            {
                string[] codes = CodelistCatalog.Declared(codelist).Select(CodelistCatalog.Code).ToArray();
                Assert.Equal(codes.Length, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.All(codes, code => Assert.Matches("^[a-z][A-Za-z0-9]*$", code));
            }
        }

        [Fact]
        public void Declared_is_the_order_of_the_source_not_alphabetical()
        {
            Assert.Equal(DisclosureChannel.GovernmentWebsite, DisclosureChannel.Declared[0]);
            Assert.Equal(DisclosureChannel.Other, DisclosureChannel.Declared[12]);
            Assert.Equal(13, DisclosureChannel.Declared.Count);
            Assert.Equal(Enumerable.Range(1, 26), PilotDomain.Declared.Select(d => d.Number));
            foreach (Type codelist in CodelistCatalog.Types)
            {
                int[] order = CodelistCatalog.Declared(codelist).Select(CodelistCatalog.Order).ToArray();
                Assert.Equal(order.OrderBy(o => o), order);
            }
        }

        [Theory]
        [InlineData("门户网站", "governmentWebsite")]
        [InlineData("微信公众号", "twoMicroOneEnd")]
        [InlineData("社区/企事业单位/村公示栏(电子屏)", "noticeBoard")]
        [InlineData("便民服务中心", "convenienceServiceStation")]
        public void Known_synonyms_parse_to_the_checklist_channel(string text, string code)
        {
            Assert.Equal(code, DisclosureChannel.Parse(text).Code);
        }

        [Theory]
        [InlineData("主动", "proactive")]
        [InlineData("依申请", "onRequest")]
        public void Short_mode_names_parse(string text, string code)
        {
            Assert.Equal(code, DisclosureMode.Parse(text).Code);
        }

        [Theory]
        [InlineData("环境保护", "ecologyAndEnvironment")]
        [InlineData("征地补偿", "ruralCollectiveLandExpropriation")]
        [InlineData("医疗卫生", "health")]
        public void Former_domain_names_parse_to_the_current_domain(string text, string code)
        {
            Assert.Equal(code, PilotDomain.Parse(text).Code);
        }

        [Fact]
        public void An_unknown_value_fails_with_the_closest_known_value_suggested()
        {
            FormatException error = Assert.Throws<FormatException>(() => DisclosureChannel.Parse("政府网占"));
            Assert.Contains("governmentWebsite", error.Message);
            Assert.Equal(DisclosureAudience.Public, DisclosureAudience.Closest("全社"));
            Assert.Null(DisclosureMode.Closest("完全无关的一段很长的文字内容"));
        }

        [Fact]
        public void Other_channels_keep_their_name_and_bare_free_text_is_refused()
        {
            PublicationChannel other = PublicationChannel.Parse("其他：公共资源交易平台");
            Assert.Equal(DisclosureChannel.Other, other.Channel);
            Assert.Equal("公共资源交易平台", other.OtherName);
            Assert.Equal("other:公共资源交易平台", other.ToString());
            Assert.Equal(other, PublicationChannel.Parse(other.ToString()));
            Assert.False(PublicationChannel.TryParse("公共资源交易平台", out _));
            Assert.False(PublicationChannel.TryParse("other:", out _));
            Assert.Equal(PublicationChannel.Of(DisclosureChannel.GovernmentWebsite), PublicationChannel.Parse("政府网站"));
        }

        private static string ToFullWidth(string text) =>
            new string(text.Select(c => c >= '!' && c <= '~' ? (char)(c + 0xFEE0) : c).ToArray());
    }
}
