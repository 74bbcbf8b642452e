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
