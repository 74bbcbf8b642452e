using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>The binder tells a blank text (empty or white space) from its UTF-8 as <see cref="string.IsNullOrWhiteSpace(string)"/> tells it from the text.</summary>
    public sealed class BlankTextTests
    {
        /// <summary>White space of every kind, and characters next to the last of it (U+3000), Chinese and ASCII.</summary>
        private static readonly Gen<string> Texts = Gen.Choose(0, 6)
            .SelectMany(length => Gen.ArrayOf(Gen.Elements(' ', '\t', '\n', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u3001', '\u2fff', '\ufeff', 'a', '公', '\u00e9'), length))
            .Select(chars => new string(chars));

        [Property(MaxTest = 500)]
        public Property A_text_is_blank_from_its_utf8_exactly_when_it_is_null_or_white_space() =>
            Prop.ForAll(Texts.ToArbitrary(), text => DocumentBinder.IsBlankUtf8(Encoding.UTF8.GetBytes(text)) == string.IsNullOrWhiteSpace(text));

        [Fact]
        public void No_character_above_the_ideographic_space_is_white_space()
        {
            for (int code = 0x3001; code <= 0xFFFF; code++)
            {
                Assert.False(char.IsWhiteSpace((char)code), $"U+{code:X4}");
            }
        }
    }
}
