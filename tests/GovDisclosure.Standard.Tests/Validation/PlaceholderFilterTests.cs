using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A text is a placeholder exactly when the letters and digits of its fold are a placeholder's, as before the count that
    /// tells most texts apart without folding them.
    /// </summary>
    public sealed class PlaceholderFilterTests
    {
        /// <summary>Placeholders, Chinese and ASCII words, full-width forms, spaces, punctuation, characters NFKC joins or splits.</summary>
        private static readonly string[] Pieces =
        {
            "无", "暂无", "详见附件", "见附表", "另行通知", "N/A", "none", "TBD", "test", "测试", "某某", "/", "—", "…", "\uFF0C", "\uFF08",
            "\uFF09", "\u3001", "\u3002", " ", "\u3000", "\u200B", "\uFEFF", "\u00A0", "A", "7", "\uFF21", "\uFF4E", "\uFF10", "申请书",
            "工作日 8:30-12:00", "\u1100", "\u1161", "e\u0301", "\u3392", "\uFB01", "\u337F", "\u2460", "\uD840\uDC00", "\u00BD",
            "\u9FA5", "\u9FA6", "\u9FFF", "\u3003", "\u3008", "\uFF5E", "\uFF3F", "户口簿原件和复印件", "《社会救助暂行办法》", "Xx", "NULL",
            "申请—受理—审核", "\u00B7", "\u2010", "\u2011", "\u2016", "\u2017", "\u2018", "\u201C", "\u201D", "\u2024", "\u2026", "\u2027", "\u2028", "\u0333", "\u0338", "=", "<",
        };

        private static readonly Gen<string?> Texts = Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (30, Gen.Choose(0, 12).SelectMany(count => Gen.ArrayOf(Gen.Elements(Pieces), count)).Select(pieces => (string?)string.Concat(pieces))));

        [Property(MaxTest = 3000)]
        public Property A_text_is_a_placeholder_as_its_folded_letters_tell() =>
            Prop.ForAll(Texts.ToArbitrary(), text =>
                TextChecks.IsPlaceholder(text) == (!TextChecks.IsBlank(text) && TextChecks.IsPlaceholderFold(TextChecks.LettersAndDigits(text))));

        /// <summary>The one-pass test counts a CJK ideograph of U+4E00–U+9FA5 as a letter without asking: so does this runtime.</summary>
        [Fact]
        public void Every_ideograph_counted_without_asking_is_a_letter()
        {
            for (char c = '\u4E00'; c <= '\u9FA5'; c++)
            {
                Assert.True(char.IsLetterOrDigit(c), ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>The punctuation the one-pass test passes over (U+00B7, U+2010–U+2027 but U+2017) folds to no letter or digit, alone and between letters.</summary>
        [Fact]
        public void Every_mark_passed_over_adds_no_letter_to_the_fold()
        {
            for (char c = '\u2010'; c <= '\u2027'; c++)
            {
                if (c != '\u2017')
                {
                    Assert.Equal(string.Empty, TextChecks.LettersAndDigits(c.ToString()));
                    Assert.Equal("a无b", TextChecks.LettersAndDigits("A" + c + "无" + c + "b"));
                }
            }

            Assert.Equal(string.Empty, TextChecks.LettersAndDigits("\u00B7"));
        }
    }
}
