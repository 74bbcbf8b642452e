using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Text
{
    /// <summary>
    /// The comparable forms of text that different offices write differently for the same thing, shared by the
    /// catalogue comparison (item and element names) and the service-guide comparison (item names, materials and the
    /// text of each element). Normalising a normalised text changes nothing.
    /// </summary>
    public static class ComparableText
    {
        private static readonly Regex LeadingNumber = new Regex(
            @"^(?:\d+(?:\.\d+)+|\d+[.、]|[(]?[一二三四五六七八九十]+[)、.]|[(]\d+[)])",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The comparable form of running text (an element of a guide: conditions, procedure, place, hours …):
        /// full and half width, white space and letter case folded (<see cref="ChineseText.Fold"/>, NFKC), punctuation
        /// and symbols dropped (a stored copy may write <c>,</c> where the page has <c>，</c> or <c>—</c> where another has
        /// <c>-</c>), and 其它 written 其他. <c>null</c> gives the empty string.
        /// </summary>
        /// <param name="text">Text as written.</param>
        public static string Prose(string? text) => WithoutPunctuation(ChineseText.Fold(text), dropParticles: false);

        /// <summary>
        /// The comparable form of a name (a catalogue item, a content element, a service item, a material): as
        /// <see cref="Prose"/>, and also a leading row number dropped (<c>1.社会保险登记</c>, <c>1.1城乡居民养老保险参保登记</c>,
        /// <c>一、</c>, <c>（一）</c>) and the particles 的 and 之 dropped (法律法规的解读 = 法律法规解读).
        /// </summary>
        /// <param name="name">A name as written.</param>
        public static string Name(string? name)
        {
            string folded = ChineseText.Fold(name);
            return WithoutPunctuation(LeadingNumber.Replace(folded, string.Empty, 1), dropParticles: true);
        }

        private static string WithoutPunctuation(string folded, bool dropParticles)
        {
            var builder = new StringBuilder(folded.Length);
            foreach (char c in folded)
            {
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                bool punctuation = char.IsPunctuation(c) || char.IsSymbol(c) || category == UnicodeCategory.OtherSymbol;
                if (!punctuation && !(dropParticles && (c == '的' || c == '之')))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Replace("其它", "其他");
        }
    }
}
