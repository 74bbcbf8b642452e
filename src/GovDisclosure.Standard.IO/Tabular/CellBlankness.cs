using System;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Whether a cell is blank (empty or white space), exactly as <see cref="MemoryExtensions.IsWhiteSpace(ReadOnlySpan{char})"/>
    /// says, with the characters a table is mostly made of decided with no look-up in the Unicode tables: printable ASCII
    /// (digits, letters, punctuation) and everything past U+3000, the last white space character (every CJK ideograph,
    /// 、 and the full-width forms). A blank cell is rare, so a cell is mostly decided by its first character.
    /// </summary>
    internal static class CellBlankness
    {
        /// <summary>Whether every character of a cell is white space (an empty cell included).</summary>
        /// <param name="cell">The cell's text.</param>
        public static bool IsBlank(ReadOnlySpan<char> cell)
        {
            foreach (char c in cell)
            {
                if (IsPlainlyFilled(c) || !char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A cell with its leading and trailing white space cut, exactly as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>
        /// cuts it, with the characters decided as <see cref="IsBlank"/> decides them: a CJK cell's first and last characters
        /// need no Unicode table.
        /// </summary>
        /// <param name="cell">The cell's text.</param>
        public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> cell)
        {
            int start = 0;
            while (start < cell.Length && IsWhiteSpace(cell[start]))
            {
                start++;
            }

            int end = cell.Length - 1;
            while (end >= start && IsWhiteSpace(cell[end]))
            {
                end--;
            }

            return cell.Slice(start, end - start + 1);
        }

        /// <summary>Whether a character is known not to be white space with no table: U+0021–U+0084 and above U+3000.</summary>
        internal static bool IsPlainlyFilled(char c) => (uint)(c - '!') < (uint)('\u0085' - '!') || c > '\u3000';

        /// <summary>Whether a character is white space (<see cref="char.IsWhiteSpace(char)"/>), asking the table only outside the plain ranges.</summary>
        private static bool IsWhiteSpace(char c) => !IsPlainlyFilled(c) && char.IsWhiteSpace(c);
    }
}
