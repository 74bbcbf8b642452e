using System;
using System.Globalization;
using System.Text;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// Folds Chinese administrative text to one comparable form: full-width letters, digits and
    /// punctuation become half-width (Unicode NFKC), ideographic spaces and other white space go,
    /// and ASCII letters are lower-cased. Used wherever input written by people is compared with
    /// codes and names (e.g. <c>（电子屏）</c> and <c>(电子屏)</c> compare equal).
    /// </summary>
    public static class ChineseText
    {
        /// <summary>Returns the folded form of <paramref name="text"/>; <c>null</c> folds to the empty string.</summary>
        /// <param name="text">Text as written by a person or exported by a system.</param>
        public static string Fold(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            if (IsFolded(text!))
            {
                return text!;
            }

            if (FoldSimple(text!) is string simple)
            {
                return simple;
            }

            string normalized = text!.Normalize(NormalizationForm.FormKC);
            var builder = new StringBuilder(normalized.Length);
            foreach (char c in normalized)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    continue;
                }

                builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            }

            return builder.ToString();
        }

        /// <summary>
        /// Whether <paramref name="text"/> is already its own fold: every character is ASCII but an upper-case
        /// letter or white space, a CJK Unified Ideograph (U+4E00–U+9FFF) or stable CJK punctuation
        /// (<see cref="IsStablePunctuation"/>) — characters that are their own NFKC form and compose with nothing — so
        /// folding would return the same text.
        /// </summary>
        internal static bool IsFolded(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (c < '\u0080')
                {
                    if ((c >= 'A' && c <= 'Z') || char.IsWhiteSpace(c))
                    {
                        return false;
                    }
                }
                else if ((c < '\u4E00' || c > '\u9FFF') && !IsStablePunctuation(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The fold of a text made only of characters whose NFKC form is known without ICU and that compose with nothing:
        /// ASCII, CJK Unified Ideographs, stable CJK punctuation (<see cref="IsStablePunctuation"/>), the full-width forms
        /// U+FF01–U+FF5E (NFKC: the ASCII character 0xFEE0 below), the ideographic space U+3000 (NFKC: a space) and the
        /// zero-width space and BOM (dropped). None of them has a combining class or composes with a neighbour, so the NFKC
        /// form of such a text is the NFKC forms of its characters one after another, and <see cref="Fold"/>'s result is
        /// made here character by character (the Chinese text of reports is full of ，：（） and would otherwise go
        /// through ICU); <c>null</c> for a text with any other character, which <see cref="Fold"/> normalizes.
        /// </summary>
        internal static string? FoldSimple(string text)
        {
            int length = 0;
            foreach (char c in text)
            {
                if (c < '\u0080')
                {
                    length += char.IsWhiteSpace(c) ? 0 : 1;
                }
                else if ((c >= '\u4E00' && c <= '\u9FFF') || IsStablePunctuation(c) || (c >= '\uFF01' && c <= '\uFF5E'))
                {
                    length++;
                }
                else if (c != '\u3000' && c != '\u200B' && c != '\uFEFF')
                {
                    return null;
                }
            }

#if NET
            return string.Create(length, text, static (span, source) => FoldSimple(source, span));
#else
            var folded = new char[length];
            FoldSimple(text, folded);
            return new string(folded);
#endif
        }

        /// <summary>
        /// Writes the fold of <paramref name="text"/> into <paramref name="folded"/> (as long as the text) when the text is made
        /// only of the characters <see cref="FoldSimple(string)"/> takes, and returns its length: the same characters
        /// <see cref="FoldSimple(string)"/> returns, with no string made. <c>-1</c> for a text with any other character.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="folded">Where its fold is written; at least as long as <paramref name="text"/>.</param>
        internal static int FoldSimpleInto(ReadOnlySpan<char> text, Span<char> folded)
        {
            int at = 0;
            foreach (char c in text)
            {
                char mapped;
                if (c < '\u0080' || (c >= '\u4E00' && c <= '\u9FFF') || IsStablePunctuation(c))
                {
                    mapped = c;
                }
                else if (c >= '\uFF01' && c <= '\uFF5E')
                {
                    mapped = (char)(c - 0xFEE0);
                }
                else if (c == '\u3000' || c == '\u200B' || c == '\uFEFF')
                {
                    continue;
                }
                else
                {
                    return -1;
                }

                if (mapped < '\u0080' && char.IsWhiteSpace(mapped))
                {
                    continue;
                }

                folded[at++] = mapped >= 'A' && mapped <= 'Z' ? (char)(mapped + 32) : mapped;
            }

            return at;
        }

        /// <summary>Writes the fold of <paramref name="text"/>, made only of the characters <see cref="FoldSimple(string)"/> takes, into <paramref name="folded"/>.</summary>
        private static void FoldSimple(string text, System.Span<char> folded)
        {
            int at = 0;
            foreach (char c in text)
            {
                char mapped = c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
                if (mapped == '\u3000' || mapped == '\u200B' || mapped == '\uFEFF' || (mapped < '\u0080' && char.IsWhiteSpace(mapped)))
                {
                    continue;
                }

                folded[at++] = mapped >= 'A' && mapped <= 'Z' ? (char)(mapped + 32) : mapped;
            }
        }

        /// <summary>
        /// Whether <paramref name="c"/> is CJK punctuation that is its own NFKC form, composes with nothing and is not
        /// white space: 、。〃 and the brackets 〈〉《》「」『』【】〔〕〖〗〘〙〚〛 (U+3001–U+3003, U+3008–U+3011,
        /// U+3014–U+301B), which bodies, titles and legal bases are full of. The ideographic space U+3000 and the
        /// full-width forms (，：（）) are not: they fold.
        /// </summary>
        internal static bool IsStablePunctuation(char c) =>
            (c >= '\u3001' && c <= '\u3003') || (c >= '\u3008' && c <= '\u3011') || (c >= '\u3014' && c <= '\u301B');

        /// <summary>
        /// The Levenshtein distance between the folded forms of two texts: how many single-character
        /// insertions, deletions or substitutions turn one into the other.
        /// </summary>
        /// <param name="left">The first text.</param>
        /// <param name="right">The second text.</param>
        public static int EditDistance(string? left, string? right)
        {
            string a = Fold(left);
            string b = Fold(right);
            if (a.Length == 0)
            {
                return b.Length;
            }

            if (b.Length == 0)
            {
                return a.Length;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }

        internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
