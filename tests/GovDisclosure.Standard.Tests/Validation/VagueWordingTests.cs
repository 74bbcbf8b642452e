using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class VagueWordingTests
    {
        private static readonly string[] Phrases = { "其他材料", "其他相关材料", "有关部门", "相关部门", "等材料", "有关规定", "相关规定", "其他有关", "其它资料", "其他必要的材料" };

        private static readonly string[] Surroundings = { "", "，", ",", "。", "；", ";", "（", "(", "）", ")", "“", "\"", "、", " ", "\u3000", "：", ":", "【", "》", "\t" };

        [Property]
        public Property Detection_is_stable_under_surrounding_punctuation_and_width()
        {
            Gen<(string Phrase, bool Wide)> phrases = from phrase in Gen.Elements(Phrases) from wide in Gen.Elements(true, false) select (phrase, wide);
            return Prop.ForAll(
                    phrases.ToArbitrary(),
                    Gen.Elements(Surroundings).ArrayOf(3).ToArbitrary(),
                    Gen.Elements(Surroundings).ArrayOf(3).ToArbitrary(),
                    (choice, before, after) =>
                    {
                        (string phrase, bool wide) = choice;
                        string prefix = Widen(string.Concat(before), wide);
                        string suffix = Widen(string.Concat(after), wide);
                        string text = prefix + phrase + suffix;
                        var match = VagueWording.Default.Find(text).Single();
                        return match.Start == prefix.Length && match.Length == phrase.Length && match.Text == phrase;
                    });
        }

        /// <summary>Pieces of text that are their own fold (ideographs, ASCII, stable CJK punctuation), phrases and proper names among them.</summary>
        private static readonly string[] FoldedPieces = { "有关部门", "其他", "材料", "与申请有关的", "其他行政机关", "《条例》", "的有关规定", "、", "。", "民政局", "abc", "1", "有", "等", "其它", "事项" };

        [Property]
        public Property A_text_that_is_its_own_fold_gives_the_matches_the_folding_path_gives()
        {
            // A zero-width space at the end makes the text need folding (it folds away) without moving any position,
            // so the matches of the text searched as it is must be those of the text searched through its fold.
            return Prop.ForAll(Gen.Elements(FoldedPieces).ArrayOf().ToArbitrary(), pieces =>
            {
                string text = string.Concat(pieces);
                return VagueWording.Default.Find(text).SequenceEqual(VagueWording.Default.Find(text + "\u200B"));
            });
        }

        [Fact]
        public void Every_character_taken_as_its_own_normal_form_is_its_own_nfkc_form()
        {
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (!char.IsSurrogate((char)c) && VagueWording.IsOwnNormalForm((char)c))
                {
                    string unit = ((char)c).ToString();
                    Assert.Equal(unit, unit.Normalize(System.Text.NormalizationForm.FormKC));
                }
            }
        }

        [Fact]
        public void Spaces_and_full_width_spaces_inside_a_phrase_are_still_found_and_the_span_covers_them()
        {
            const string text = "提交户口簿及其　他 材料。";

            VagueWordingMatch match = VagueWording.Default.Find(text).Single();

            Assert.Equal("其　他 材料", match.Text);
            Assert.Equal(text.IndexOf('其'), match.Start);
            Assert.Equal("其他材料", match.Phrase);
        }

        [Fact]
        public void Catch_all_with_words_between_is_found_within_one_clause_only()
        {
            Assert.Equal("其他与申请有关的材料", VagueWording.Default.Find("身份证、其他与申请有关的材料").Single().Text);
            Assert.Empty(VagueWording.Default.Find("其他，身份证明材料"));
        }

        [Fact]
        public void Proper_names_are_whitelisted_and_callers_can_add_their_own()
        {
            Assert.Empty(VagueWording.Default.Find("第二十条第（五）项 其他对外管理服务事项"));
            Assert.Empty(VagueWording.Default.Find("其他行政机关"));
            Assert.Single(VagueWording.Default.Find("其他指定机构"));
            Assert.Empty(VagueWording.Default.WithProperNames("其他指定机构").Find("其他指定机构"));
        }

        [Fact]
        public void Titles_in_book_title_marks_are_not_reported()
        {
            Assert.Empty(VagueWording.Default.Find("《关于调整社会救助有关规定的通知》"));
            Assert.Single(VagueWording.Default.Find("《关于调整社会救助的通知》及有关规定"));
        }

        [Fact]
        public void Plain_text_without_vague_wording_has_no_matches()
        {
            Assert.Empty(VagueWording.Default.Find("申请人居民身份证、户口簿、县民政局出具的证明"));
        }

        private static string Widen(string text, bool wide) =>
            wide ? new string(text.Select(c => c > ' ' && c < '\u007f' ? (char)(c + 0xFEE0) : c).ToArray()) : text;

        [Theory]
        [InlineData("按《城镇燃气管理条例》有关规定执行")]
        [InlineData("按照《中华人民共和国政府信息公开条例》的相关规定办理")]
        [InlineData("其它对外管理服务事项")]
        [InlineData("法人或者其它组织")]
        public void Rules_of_a_named_law_and_proper_names_in_either_spelling_are_not_vague(string text)
        {
            Assert.Empty(VagueWording.Default.Find(text));
        }

        [Fact]
        public void Unnamed_rules_are_still_vague_when_no_law_is_named_right_before_them()
        {
            Assert.Equal(new[] { "有关规定" }, VagueWording.Default.Find("依照《城镇燃气管理条例》，按有关规定执行").Select(m => m.Text));
        }

        /// <summary>The letters a match can begin with: the phrases' first letters and those of the catch-all heads 其他/其它.</summary>
        private static readonly string FirstLetters = new string(VagueWording.Default.Phrases.Select(p => p[0]).Append('其').Distinct().ToArray());

        /// <summary>The former start-up table, as it was built for every code unit at once: whether the unit's NFKC form, upper-case ASCII lowered, holds a first letter.</summary>
        private static bool FormerMayStart(char c)
        {
            string unit = c.ToString();
            string normalized;
            try
            {
                normalized = VagueWording.IsOwnNormalForm(c) ? unit : unit.Normalize(System.Text.NormalizationForm.FormKC);
            }
            catch (System.ArgumentException)
            {
                normalized = unit;
            }

            return normalized.Any(d => FirstLetters.IndexOf(d >= 'A' && d <= 'Z' ? (char)(d + 32) : d) >= 0);
        }

        [Property]
        public Property A_code_unit_may_start_a_match_exactly_when_the_former_table_said_so()
        {
            Gen<char> units = Gen.OneOf(
                Gen.Choose(0, char.MaxValue).Select(i => (char)i),
                Gen.Choose(0xF900, 0xFAFF).Select(i => (char)i),
                Gen.Choose(0x2E80, 0x33FF).Select(i => (char)i),
                Gen.Elements(FirstLetters.ToCharArray())).Where(c => !char.IsSurrogate(c));
            return Prop.ForAll(units.ToArbitrary(), c => VagueWording.Default.MayStart(c) == FormerMayStart(c));
        }

        [Fact]
        public void Every_code_unit_may_start_a_match_exactly_when_the_former_table_said_so()
        {
            var matcher = VagueWording.Default.WithPhrases();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (!char.IsSurrogate((char)c))
                {
                    Assert.True(matcher.MayStart((char)c) == FormerMayStart((char)c), $"U+{c:X4}");
                }
            }
        }

        [Fact]
        public void A_compatibility_form_of_a_first_letter_is_still_found()
        {
            // ㊒ (U+3292, CIRCLED IDEOGRAPH HAVE) folds to 有: a text with no other first letter is still searched.
            VagueWordingMatch match = VagueWording.Default.WithPhrases().Find("请向㊒关部门咨询").Single();
            Assert.Equal("㊒关部门", match.Text);
        }
    }
}
