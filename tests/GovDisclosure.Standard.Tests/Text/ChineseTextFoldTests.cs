using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Text;
using Xunit;

namespace GovDisclosure.Standard.Tests.Text
{
    /// <summary>
    /// <see cref="ChineseText.Fold"/> returns text that is already its own fold without normalizing it; these check that
    /// the shortcut gives what the full fold (NFKC, no white space, ASCII lower case) gives.
    /// </summary>
    public class ChineseTextFoldTests
    {
        /// <summary>The characters records are made of: ideographs, ASCII, CJK punctuation, full-width forms, spaces.</summary>
        private static readonly char[] Alphabet =
            "县市乡镇民政局人民政府各街道村居委会AZaz09 -()、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛，：（）；！？０９\u3000\u00A0\u200B\uFEFF\t\n〜〝〞ｚＡ①\u0301\u0338\u3099\uFF5F…"
                .ToCharArray();

        private static string FullFold(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text.Normalize(NormalizationForm.FormKC))
            {
                if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
                {
                    builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
                }
            }

            return builder.ToString();
        }

        [Fact]
        public void Every_stable_punctuation_mark_is_its_own_NFKC_form_and_not_white_space()
        {
            for (char c = '\u3000'; c <= '\u303F'; c++)
            {
                if (ChineseText.IsStablePunctuation(c))
                {
                    Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormKC));
                    Assert.False(char.IsWhiteSpace(c));
                }
            }
        }

        [Fact]
        public void A_body_with_an_ideographic_comma_folds_to_itself()
        {
            const string body = "青山县民政局、各乡镇人民政府";

            Assert.Same(body, ChineseText.Fold(body));
        }

        /// <summary>The characters <see cref="ChineseText.FoldSimple"/> folds without ICU.</summary>
        private static readonly char[] SimpleAlphabet =
            "县市乡镇民政局人民政府各街道村居委会AZaz09 -()\t\n\r、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛，：（）；！？％～０９ＡＺａｚ\u3000\u200B\uFEFF"
                .ToCharArray();

        [Fact]
        public void Every_full_width_form_is_an_ASCII_character_under_NFKC_and_the_ideographic_space_a_space()
        {
            for (char c = '\uFF01'; c <= '\uFF5E'; c++)
            {
                Assert.Equal(((char)(c - 0xFEE0)).ToString(), c.ToString().Normalize(NormalizationForm.FormKC));
            }

            Assert.Equal(" ", "\u3000".Normalize(NormalizationForm.FormKC));
        }

        [Fact]
        public void No_two_characters_folded_without_ICU_compose_under_NFKC()
        {
            var chars = Enumerable.Range(0, 0x80).Select(i => (char)i)
                .Concat(Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(i => (char)i))
                .Concat(Enumerable.Range(0x3000, 0x40).Select(i => (char)i).Where(c => ChineseText.IsStablePunctuation(c) || c == '\u3000'))
                .Concat("\u200B\uFEFF一丁县政府龥\u9FFF")
                .ToArray();
            foreach (char a in chars)
            {
                foreach (char b in chars)
                {
                    string pair = new string(new[] { a, b });
                    Assert.Equal(a.ToString().Normalize(NormalizationForm.FormKC) + b.ToString().Normalize(NormalizationForm.FormKC), pair.Normalize(NormalizationForm.FormKC));
                }
            }
        }

        [Property(MaxTest = 500)]
        public Property A_text_of_ASCII_ideographs_and_full_width_forms_folds_without_ICU_to_the_full_fold()
        {
            Gen<string> texts = Gen.ArrayOf(Gen.Elements(SimpleAlphabet)).Select(chars => new string(chars));
            return Prop.ForAll(texts.ToArbitrary(), text => ChineseText.FoldSimple(text) == FullFold(text));
        }

        [Property(MaxTest = 500)]
        public Property Folding_gives_what_the_full_fold_gives()
        {
            Gen<string> texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars));
            return Prop.ForAll(texts.ToArbitrary(), text => ChineseText.Fold(text) == FullFold(text));
        }
    }
}
