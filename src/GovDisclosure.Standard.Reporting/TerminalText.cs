using System.Globalization;
using System.Text;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// Escapes what a text report echoes from its input (values, field names, paths, messages that quote them):
    /// line breaks, terminal escape sequences, other control characters and bidirectional overrides become visible
    /// escapes (<c>\n</c>, <c>\x1B</c>, <c>\u202E</c>), so that a value can never forge a report line or drive the terminal.
    /// </summary>
    internal static class TerminalText
    {
        public static string Escape(string? text)
        {
            if (text is null || text.Length == 0)
            {
                return string.Empty;
            }

            int i = 0;
            while (i < text.Length && !NeedsEscape(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return text;
            }

            var escaped = new StringBuilder(text.Length + 16);
            escaped.Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (!NeedsEscape(c))
                {
                    escaped.Append(c);
                    continue;
                }

                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ when c < 0x100 => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }

            return escaped.ToString();
        }

        /// <summary>Whether <paramref name="text"/> has nothing to escape: <see cref="Escape"/> gives it as it is.</summary>
        /// <param name="text">The characters of a text.</param>
        public static bool IsPlain(System.ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (NeedsEscape(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool NeedsEscape(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
