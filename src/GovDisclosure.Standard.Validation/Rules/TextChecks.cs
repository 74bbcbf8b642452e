using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>Small tests on text written by people: blank, or a placeholder that says nothing.</summary>
    internal static class TextChecks
    {
        private static readonly HashSet<string> Placeholders = new HashSet<string>(
            new[] { "无", "暂无", "略", "待定", "待补充", "空", "同上", "见附件", "详见附件", "详见附表", "见附表", "详见", "另行通知", "n/a", "na", "null", "none", "tbd", "xxx", "某某", "测试", "test" }
                .Select(p => new string(ChineseText.Fold(p).Where(char.IsLetterOrDigit).ToArray())));

        /// <summary>The most letters and digits a placeholder's fold has: a text with more says something.</summary>
        private static readonly int LongestPlaceholder = Placeholders.Max(p => p.Length);

        /// <summary>The folded placeholders (<see cref="Placeholders"/>) as an array, compared with a span of letters by <see cref="IsPlaceholder"/>.</summary>
        private static readonly string[] PlaceholderList = Placeholders.ToArray();

        public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

        public static bool HasText(string? text) => !IsBlank(text);

        public static bool HasAny(IEnumerable<string>? texts) => texts != null && texts.Any(HasText);

        /// <summary>Whether a present text says nothing: only punctuation, or a placeholder such as 无, 暂无, 详见附件, /.</summary>
        /// <remarks>
        /// One pass, with no string made, over a text made only of characters whose fold is one character or none (those of
        /// <see cref="ChineseText.FoldSimple(string)"/>: ASCII, CJK ideographs, stable CJK punctuation, the full-width forms, the
        /// ideographic space, the zero-width space and the BOM): the letters and digits of its fold are counted, and kept on the
        /// stack up to the longest placeholder's length (a CJK ideograph of U+4E00–U+9FA5, a letter in every Unicode version, is
        /// counted without asking), and punctuation that adds no letter to the fold (<see cref="IsStableMark"/>) is passed over. A text with more letters than any placeholder says something; one with any other character
        /// (whose normal form may join or split letters) is folded whole (<see cref="LettersAndDigits"/>).
        /// </remarks>
        public static bool IsPlaceholder(string? text)
        {
            if (text is null)
            {
                return false;
            }

            Span<char> letters = stackalloc char[LongestPlaceholder];
            int count = 0;
            foreach (char c in text)
            {
                char folded = c;
                bool letter;
                if (c < '\u0080')
                {
                    letter = char.IsLetterOrDigit(c);
                }
                else if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    letter = c <= '\u9FA5' || char.IsLetterOrDigit(c);
                }
                else if (c >= '\uFF01' && c <= '\uFF5E')
                {
                    folded = (char)(c - 0xFEE0);
                    letter = char.IsLetterOrDigit(folded);
                }
                else if (ChineseText.IsStablePunctuation(c))
                {
                    letter = char.IsLetterOrDigit(c);
                }
                else if (c == '\u3000' || c == '\u200B' || c == '\uFEFF' || IsStableMark(c))
                {
                    continue;
                }
                else
                {
                    return !IsBlank(text) && IsPlaceholderFold(LettersAndDigits(text));
                }

                if (letter)
                {
                    if (count < letters.Length)
                    {
                        letters[count] = folded >= 'A' && folded <= 'Z' ? (char)(folded + 32) : folded;
                    }

                    count++;
                }
            }

            if (count == 0)
            {
                return !IsBlank(text);
            }

            return count <= LongestPlaceholder && IsPlaceholderLetters(letters.Slice(0, count));
        }

        /// <summary>
        /// Whether <paramref name="c"/> is punctuation whose fold holds no letter or digit and that joins with no neighbour, so
        /// that a text holding it has the letters of its fold without it: the middle dot U+00B7 and the general punctuation
        /// U+2010–U+2027 but U+2017 (dashes such as — in 申请—受理, quotation marks, bullets, the ellipsis …), which procedures
        /// and conditions are full of.
        /// </summary>
        private static bool IsStableMark(char c) => c == '\u00B7' || (c >= '\u2010' && c <= '\u2027' && c != '\u2017');

        /// <summary>Whether <paramref name="lettersAndDigits"/> are, one for one, the folded letters and digits of a placeholder (<see cref="Placeholders"/>).</summary>
        private static bool IsPlaceholderLetters(ReadOnlySpan<char> lettersAndDigits)
        {
            foreach (string placeholder in PlaceholderList)
            {
                if (lettersAndDigits.SequenceEqual(placeholder.AsSpan()))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the letters and digits of a present text's fold (<see cref="LettersAndDigits"/>) are a placeholder's: none, or 无, 暂无, 详见附件….</summary>
        public static bool IsPlaceholderFold(string lettersAndDigits) => lettersAndDigits.Length == 0 || Placeholders.Contains(lettersAndDigits);

        /// <summary>The letters and digits of the fold of <paramref name="text"/> (<see cref="ChineseText.Fold"/>), in order.</summary>
        public static string LettersAndDigits(string? text)
        {
            string folded = ChineseText.Fold(text);
            int count = 0;
            foreach (char c in folded)
            {
                count += char.IsLetterOrDigit(c) ? 1 : 0;
            }

            if (count == folded.Length)
            {
                return folded;
            }

#if NET
            return string.Create(count, folded, static (span, source) => CopyLettersAndDigits(source, span));
#else
            var letters = new char[count];
            CopyLettersAndDigits(folded, letters);
            return new string(letters);
#endif
        }

        private static void CopyLettersAndDigits(string text, System.Span<char> letters)
        {
            int at = 0;
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters[at++] = c;
                }
            }
        }

        public static string Shorten(string text, int length = 40) => text.Length > length ? text.Substring(0, length) + "…" : text;
    }
}
