using System;
using System.Globalization;
using System.Text;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// A cell's text as a workbook holds it: XML cannot hold NUL and most other control characters, nor a lone surrogate,
    /// so each is written as the escape Office Open XML defines for them (<c>_xHHHH_</c>, ECMA-376 Part 1, ST_Xstring),
    /// which Excel shows as the character; a literal <c>_x</c>…<c>_</c> sequence is itself escaped (<c>_x005F_</c>) so it
    /// reads back unchanged. The reader reads the escapes back (<see cref="Unescape"/>).
    /// </summary>
    internal static class XlsxText
    {
        /// <summary>The text to write for <paramref name="text"/>: itself, or with the characters XML cannot hold escaped.</summary>
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
                        // The low half is taken with the high one whether or not anything was escaped yet.
                        i++;
                        escaped?.Append(text[i]);
                    }

                    continue;
                }

                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(literalEscape ? "_x005F_" : "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_");
            }

            return escaped?.ToString() ?? text;
        }

        /// <summary>
        /// Reads the escapes of a cell's text as Excel does (ECMA-376 Part 1, ST_Xstring): each <c>_xHHHH_</c> becomes its
        /// character, so <c>_x000D_</c> (which Excel writes for a carriage return in a cell) is one, and <c>_x005F_</c> an
        /// underscore before a literal <c>x</c>…<c>_</c>. A surrogate is read only with its other half (an escape of a lone
        /// one is kept as written: it is no text).
        /// </summary>
        /// <param name="text">The text as the workbook holds it; replaced by the text it stands for.</param>
        public static void Unescape(StringBuilder text)
        {
            if (!HasEscape(text))
            {
                return;
            }

            string written = text.ToString();
            text.Clear();
            for (int i = 0; i < written.Length; i++)
            {
                if (written[i] == '_' && LooksLikeEscape(written, i))
                {
                    char c = Escaped(written, i);
                    if (!char.IsSurrogate(c))
                    {
                        text.Append(c);
                        i += 6;
                        continue;
                    }

                    if (char.IsHighSurrogate(c) && LooksLikeEscape(written, i + 7) && char.IsLowSurrogate(Escaped(written, i + 7)))
                    {
                        text.Append(c).Append(Escaped(written, i + 7));
                        i += 13;
                        continue;
                    }

                    // Kept whole, so that its closing underscore does not open an escape of the characters after it.
                    text.Append(written, i, 7);
                    i += 6;
                    continue;
                }

                text.Append(written[i]);
            }
        }

        /// <summary>Whether <paramref name="text"/> holds <c>_x</c> anywhere (on .NET read chunk by chunk, with no string made).</summary>
        private static bool HasEscape(StringBuilder text)
        {
#if NET
            bool underscore = false;
            foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
            {
                ReadOnlySpan<char> span = chunk.Span;
                if ((underscore && span.Length > 0 && span[0] == 'x') || span.IndexOf("_x".AsSpan(), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }

                underscore = span.Length > 0 && span[span.Length - 1] == '_';
            }

            return false;
#else
            return text.ToString().IndexOf("_x", StringComparison.Ordinal) >= 0;
#endif
        }

        /// <summary>The character of the escape <c>_xHHHH_</c> at <paramref name="at"/>.</summary>
        private static char Escaped(string text, int at) =>
            (char)int.Parse(text.Substring(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

        private static bool LooksLikeEscape(string text, int at)
        {
            if (at + 6 >= text.Length || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
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
