using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The numbering the binder takes off each item of a material list written as one text is made by the regex source
    /// generator where the target has it, no longer parsed when the binder's type is first used: every item must come out
    /// as the pattern parsed at run time (as the binder parsed it before) replaces its first match.
    /// </summary>
    public class MaterialNumberingTests
    {
        /// <summary>The pattern parsed at run time, with the options the binder parsed it with.</summary>
        private static readonly Regex Parsed = new Regex(MaterialNumbering.Pattern, RegexOptions.CultureInvariant);

        /// <summary>Pieces of items: numbers of one to four digits (ASCII and full width), stops, brackets, blanks and words.</summary>
        private static readonly Gen<string> Piece = Gen.Elements(
            "1", "2", "12", "123", "1234", "０", "１", "１２", "٣", ".", "、", "．", "。", ",", "（", "(", ")", "）", "[", "]",
            " ", "　", "\t", "\n", "\u00A0", "身份证原件", "户口簿", "其他相关材料", "复印件", "1份", "a", "B", "-");

        private static readonly Gen<string> Item = Piece.ArrayOf().Select(pieces => string.Concat(pieces));

        [Property(MaxTest = 2000)]
        public Property An_item_without_its_numbering_is_what_the_parsed_pattern_leaves()
        {
            return Prop.ForAll(Item.ToArbitrary(), item =>
                MaterialNumbering.Without(item) == Parsed.Replace(item, string.Empty, 1));
        }

        [Theory]
        [InlineData("1. 身份证原件", "身份证原件")]
        [InlineData(" （2）户口簿", "户口簿")]
        [InlineData("(12)其他相关材料", "其他相关材料")]
        [InlineData("3、 复印件 1份", "复印件 1份")]
        [InlineData("1234. 复印件", "1234. 复印件")]
        [InlineData("身份证原件", "身份证原件")]
        [InlineData("", "")]
        public void Numbering_is_taken_off_the_start_only(string item, string expected)
        {
            Assert.Equal(expected, MaterialNumbering.Without(item));
            Assert.Equal(Parsed.Replace(item, string.Empty, 1), MaterialNumbering.Without(item));
        }
    }
}
