using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Validation.Rules
{
    /// <summary>
    /// Whether a phone field is plausible: one or more numbers separated by 、，,;；/ or 或, each an
    /// area code and number (023-12345678, (0831)1234567, optionally 转 or - and an extension), an
    /// 11-digit mobile (1[3-9]…), a 12xxx government hot line (12345), or a 400/800 number. A label
    /// before a colon (咨询电话：) and a remark in brackets without digits (（工作日）) are ignored.
    /// </summary>
    internal static class PhoneNumbers
    {
        private const string Separators = ItemList.InlineSeparators + "或";
        private static readonly Regex Landline = new Regex(@"^(\(0\d{2,3}\)|0\d{2,3}-?)[1-9]\d{6,7}((转|-|ext\.?)\d{1,6})?$", RegexOptions.CultureInvariant);
        private static readonly Regex Mobile = new Regex(@"^(\+?86)?1[3-9]\d{9}$", RegexOptions.CultureInvariant);
        private static readonly Regex HotLine = new Regex(@"^12\d{3}$", RegexOptions.CultureInvariant);
        private static readonly Regex TollFree = new Regex(@"^(400|800)\d{7}$", RegexOptions.CultureInvariant);
        private static readonly Regex Remark = new Regex(@"\([^)0-9]*\)", RegexOptions.CultureInvariant);

        /// <summary>The parts of <paramref name="text"/> that are not a plausible number: start, length and text in the original.</summary>
        public static IReadOnlyList<(int Start, int Length, string Text)> Implausible(string text)
        {
            var bad = new List<(int, int, string)>();
            int pieceStart = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && Separators.IndexOf(text[i]) < 0)
                {
                    continue;
                }

                string piece = text.Substring(pieceStart, i - pieceStart);
                string trimmed = piece.Trim();
                if (trimmed.Length > 0 && !IsPlausiblePiece(trimmed))
                {
                    bad.Add((pieceStart + piece.IndexOf(trimmed, System.StringComparison.Ordinal), trimmed.Length, trimmed));
                }

                pieceStart = i + 1;
            }

            return bad;
        }

        /// <summary>
        /// Whether every number of <paramref name="text"/> is written in ASCII digits and hyphens alone and is plausible, told
        /// without a list, a substring or a regular expression; then <see cref="Implausible"/> finds nothing. <c>false</c> says
        /// only that the text needs <see cref="Implausible"/> (a number with a label, a remark, a space or another character).
        /// </summary>
        /// <param name="text">A phone field's text.</param>
        public static bool AreAllPlainAndPlausible(string text)
        {
            int pieceStart = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && Separators.IndexOf(text[i]) < 0)
                {
                    continue;
                }

                if (i > pieceStart && !IsPlainPlausible(text.AsSpan(pieceStart, i - pieceStart)))
                {
                    return false;
                }

                pieceStart = i + 1;
            }

            return true;
        }

        /// <summary>
        /// For a piece of ASCII digits and hyphens, what <see cref="IsPlausiblePiece"/> answers (such a piece is its own
        /// normal form and fold, has no label, remark or space, so only the four patterns decide), matched by hand; <c>false</c>
        /// for any other piece.
        /// </summary>
        /// <param name="piece">One number, without its separators.</param>
        internal static bool IsPlainPlausible(System.ReadOnlySpan<char> piece)
        {
            int digits = 0;
            foreach (char c in piece)
            {
                if (c >= '0' && c <= '9')
                {
                    digits++;
                }
                else if (c != '-')
                {
                    return false;
                }
            }

            return digits > 0 && (IsPlainLandline(piece) || IsPlainHotLine(piece) || IsPlainMobileOrTollFree(piece, digits));
        }

        /// <summary><c>^0\d{2,3}-?[1-9]\d{6,7}(-\d{1,6})?$</c>: <see cref="Landline"/> over digits and hyphens, every way it can split.</summary>
        private static bool IsPlainLandline(System.ReadOnlySpan<char> piece)
        {
            if (piece.Length == 0 || piece[0] != '0')
            {
                return false;
            }

            for (int area = 2; area <= 3; area++)
            {
                if (!AllDigits(piece, 1, area))
                {
                    continue;
                }

                for (int hyphen = 0; hyphen <= 1; hyphen++)
                {
                    int local = 1 + area + hyphen;
                    if ((hyphen == 1 && (local > piece.Length || piece[local - 1] != '-')) || local >= piece.Length || piece[local] < '1' || piece[local] > '9')
                    {
                        continue;
                    }

                    for (int rest = 6; rest <= 7; rest++)
                    {
                        int end = local + 1 + rest;
                        if (end <= piece.Length && AllDigits(piece, local + 1, rest)
                            && (end == piece.Length || (piece[end] == '-' && piece.Length - end - 1 >= 1 && piece.Length - end - 1 <= 6 && AllDigits(piece, end + 1, piece.Length - end - 1))))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary><c>^12\d{3}$</c>: <see cref="HotLine"/>.</summary>
        private static bool IsPlainHotLine(System.ReadOnlySpan<char> piece) =>
            piece.Length == 5 && piece[0] == '1' && piece[1] == '2' && AllDigits(piece, 2, 3);

        /// <summary><see cref="Mobile"/> (<c>^(86)?1[3-9]\d{9}$</c>) or <see cref="TollFree"/> (<c>^(400|800)\d{7}$</c>) over the piece's digits, its hyphens left out.</summary>
        private static bool IsPlainMobileOrTollFree(System.ReadOnlySpan<char> piece, int digits)
        {
            if (digits != 10 && digits != 11 && digits != 13)
            {
                return false;
            }

            System.Span<char> only = stackalloc char[13];
            int at = 0;
            foreach (char c in piece)
            {
                if (c != '-')
                {
                    only[at++] = c;
                }
            }

            return digits switch
            {
                10 => (only[0] == '4' || only[0] == '8') && only[1] == '0' && only[2] == '0',
                11 => only[0] == '1' && only[1] >= '3' && only[1] <= '9',
                _ => only[0] == '8' && only[1] == '6' && only[2] == '1' && only[3] >= '3' && only[3] <= '9',
            };
        }

        private static bool AllDigits(System.ReadOnlySpan<char> piece, int start, int count)
        {
            if (start + count > piece.Length)
            {
                return false;
            }

            for (int i = start; i < start + count; i++)
            {
                if (piece[i] < '0' || piece[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether one number (with its label or remark) is plausible.</summary>
        public static bool IsPlausiblePiece(string piece)
        {
            string value = piece.Normalize(System.Text.NormalizationForm.FormKC);
            int colon = value.LastIndexOf(':');
            if (colon >= 0)
            {
                value = value.Substring(colon + 1);
            }

            value = Remark.Replace(value, string.Empty).Trim();
            string[] tokens = value.Split(new[] { ' ', '\t', '\u3000' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 1 && tokens.All(IsPlausibleNumber))
            {
                return true;
            }

            return IsPlausibleNumber(ChineseText.Fold(value));
        }

        private static bool IsPlausibleNumber(string token)
        {
            string folded = ChineseText.Fold(token);
            string digitsOnly = folded.Replace("-", string.Empty);
            return Landline.IsMatch(folded)
                || Mobile.IsMatch(digitsOnly)
                || HotLine.IsMatch(folded)
                || TollFree.IsMatch(digitsOnly);
        }
    }
}
