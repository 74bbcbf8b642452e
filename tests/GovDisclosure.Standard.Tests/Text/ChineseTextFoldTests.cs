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
            "县市乡镇民政局人民政府各街道村居委会AZaz09 -()、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛，：（）\u3000\u00A0\u200B〜〝〞ｚＡ①"
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

        [Property(MaxTest = 500)]
        public Property Folding_gives_what_the_full_fold_gives()
        {
            Gen<string> texts = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars));
            return Prop.ForAll(texts.ToArbitrary(), text => ChineseText.Fold(text) == FullFold(text));
        }
    }
}
