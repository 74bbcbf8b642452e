using System;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
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

            if (IsPlain(text.AsSpan()))
            {
                return text;
            }

            int i = 0;
            while (i < text.Length && !NeedsEscape(text[i]))
            {
                i++;
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
        public static bool IsPlain(ReadOnlySpan<char> text)
        {
            int i = 0;
#if NET8_0_OR_GREATER
            // Eight characters at a time: a report's texts are mostly Chinese and ASCII, and each character is checked
            // against the four ranges to escape with a few vector comparisons instead of a branch per range.
            if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
            {
                ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
                int last = text.Length - Vector128<ushort>.Count;
                for (; i <= last; i += Vector128<ushort>.Count)
                {
                    if (Escapable(Vector128.LoadUnsafe(ref start, (nuint)i)))
                    {
                        return false;
                    }
                }

                // The last characters, as the last eight (some checked again).
                return !Escapable(Vector128.LoadUnsafe(ref start, (nuint)last));
            }
#endif
            for (; i < text.Length; i++)
            {
                if (NeedsEscape(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

#if NET8_0_OR_GREATER
        /// <summary>Whether one of eight characters is to be escaped (<see cref="NeedsEscape"/>): unsigned comparisons, a range each.</summary>
        private static bool Escapable(Vector128<ushort> characters)
        {
            Vector128<ushort> hit = Vector128.LessThan(characters, Vector128.Create((ushort)0x20))
                | Vector128.LessThan(characters - Vector128.Create((ushort)0x7F), Vector128.Create((ushort)(0x9F - 0x7F + 1)))
                | Vector128.LessThan(characters - Vector128.Create((ushort)0x2028), Vector128.Create((ushort)(0x202E - 0x2028 + 1)))
                | Vector128.LessThan(characters - Vector128.Create((ushort)0x2066), Vector128.Create((ushort)(0x2069 - 0x2066 + 1)));
            return hit != Vector128<ushort>.Zero;
        }
#endif

        private static bool NeedsEscape(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
