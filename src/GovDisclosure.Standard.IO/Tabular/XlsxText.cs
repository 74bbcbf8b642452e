using System;
using System.Globalization;
using System.Text;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Makes a cell's text writable into a workbook: XML cannot hold NUL and most other control characters, nor a lone
    /// surrogate, so each becomes the escape Office Open XML defines for them (<c>_xHHHH_</c>, ECMA-376 Part 1, ST_Xstring),
    /// which Excel shows as the character; a literal <c>_x</c>…<c>_</c> sequence is itself escaped (<c>_x005F_</c>) so it reads back unchanged.
    /// </summary>
    internal static class XlsxText
    {
        public static string Escape(string text)
        {
            StringBuilder? escaped = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool surrogatePair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                bool invalid = !surrogatePair && (char.IsSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF');
                bool literalEscape = c == '_' && LooksLikeEscape(text, i);
                if (!invalid && !literalEscape)
                {
                    escaped?.Append(c);
                    if (surrogatePair)
                    {
                        escaped?.Append(text[++i]);
                    }

                    continue;
                }

                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(literalEscape ? "_x005F_" : "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_");
            }

            return escaped?.ToString() ?? text;
        }

        private static bool LooksLikeEscape(string text, int at)
        {
            if (at + 6 >= text.Length || text[at + 1] != 'x' || text[at + 6] != '_')
            {
                return false;
            }

            for (int k = at + 2; k < at + 6; k++)
            {
                if (!Uri.IsHexDigit(text[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
