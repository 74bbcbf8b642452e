using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input.Tabular;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// <see cref="CellBlankness"/> decides most characters with no Unicode table; a cell is blank exactly when the test
    /// before (<see cref="MemoryExtensions.IsWhiteSpace(ReadOnlySpan{char})"/>) says so, and a cell is trimmed (and taken for a
    /// <c>json:</c> cell) exactly as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> trims it.
    /// </summary>
    public class CellBlanknessTests
    {
        /// <summary>White space of every kind and characters on either side of the ranges decided with no table.</summary>
        private static readonly char[] Edges =
        {
            ' ', '\t', '\n', '\v', '\f', '\r', '\u001f', '!', '~', '\u007f', '\u0084', '\u0085', '\u0086', '\u00a0', '\u1680', '\u2000', '\u200a',
            '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u2fff', '\u3000', '\u3001', '县', '\ufeff', '\uffff', '\ud800', '\udc00', 'a', '0',
        };

        [Fact]
        public void Every_character_alone_is_blank_exactly_when_it_is_white_space()
        {
            for (int c = 0; c <= char.MaxValue; c++)
            {
                string cell = ((char)c).ToString();
                Assert.True(CellBlankness.IsBlank(cell.AsSpan()) == cell.AsSpan().IsWhiteSpace(), $"U+{c:X4}");
            }
        }

        [Property(MaxTest = 500)]
        public Property A_cell_is_blank_exactly_when_its_text_is_white_space()
        {
            Gen<char> character = Gen.Frequency((3, Gen.Elements(Edges)), (1, Gen.Choose(0, char.MaxValue).Select(c => (char)c)));
            Gen<string> cells = Gen.Frequency(
                (3, Gen.Elements(Edges.Where(c => char.IsWhiteSpace(c)).ToArray()).ArrayOf().Select(cs => new string(cs))),
                (2, character.ArrayOf().Select(cs => new string(cs))));
            return Prop.ForAll(cells.ToArbitrary(), cell => CellBlankness.IsBlank(cell.AsSpan()) == cell.AsSpan().IsWhiteSpace());
        }

        [Property(MaxTest = 500)]
        public Property A_cell_is_trimmed_and_taken_for_json_exactly_as_the_runtime_trims_it()
        {
            Gen<char> character = Gen.Frequency((3, Gen.Elements(Edges)), (1, Gen.Choose(0, char.MaxValue).Select(c => (char)c)));
            Gen<string> pieces = Gen.Elements("json:", "json", "j", "{\"a\":1}", "县级", "a b", string.Empty);
            Gen<string> white = Gen.Elements(Edges.Where(c => char.IsWhiteSpace(c)).ToArray()).ArrayOf().Select(cs => new string(cs));
            Gen<string> cells = Gen.Frequency(
                (3, white.SelectMany(left => pieces.SelectMany(middle => white.Select(right => left + middle + right)))),
                (2, character.ArrayOf().Select(cs => new string(cs))));
            return Prop.ForAll(cells.ToArbitrary(), cell =>
                CellBlankness.Trim(cell.AsSpan()).SequenceEqual(cell.AsSpan().Trim())
                && CellSyntax.IsJsonCell(cell.AsSpan()) == cell.AsSpan().Trim().StartsWith("json:".AsSpan(), StringComparison.Ordinal));
        }
    }
}
