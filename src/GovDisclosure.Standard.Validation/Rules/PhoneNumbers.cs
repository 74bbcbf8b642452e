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
