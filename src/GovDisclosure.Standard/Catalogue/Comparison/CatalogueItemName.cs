using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>
    /// The normalised form of a catalogue item name (一级事项 / 二级事项) or content element, under which two
    /// names written differently by different offices compare equal. In order:
    /// <list type="number">
    /// <item>full and half width, white space and letter case are folded (<see cref="ChineseText.Fold"/>: NFKC,
    /// e.g. <c>（电子屏）</c> = <c>(电子屏)</c>; the 盖州市 2022 table writes 综合 业务 with a space inside a cell);</item>
    /// <item>a leading row number is dropped: <c>1.社会保险登记</c>, <c>1.1城乡居民养老保险参保登记</c>
    /// (勐统镇 social-insurance catalogue), <c>一、</c>, <c>（一）</c>;</item>
    /// <item>the particles 的 and 之 are dropped (法律法规的解读 = 法律法规解读), and punctuation and symbols
    /// go (《》、，：●■□ and the like);</item>
    /// <item>其它 is written 其他;</item>
    /// <item>the abbreviations of <see cref="Abbreviations"/> are written out.</item>
    /// </list>
    /// Normalising a normalised name changes nothing.
    /// </summary>
    public static class CatalogueItemName
    {
        private static readonly Regex LeadingNumber = new Regex(
            @"^(?:\d+(?:\.\d+)+|\d+[.、]|[(]?[一二三四五六七八九十]+[)、.]|[(]\d+[)])",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The abbreviations real catalogues use for standard item names, each with the full name and where it
        /// was seen: 低保 for 最低生活保障 (腾冲市 社会救助领域基层政务公开标准目录, 2024-11-14,
        /// https://tengchong.gov.cn/zwgk1/zwgkbzh/shjzlyjczwgksxbzml.htm, first-level item 低保救助).
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Abbreviations { get; } = new[]
        {
            new KeyValuePair<string, string>("低保", "最低生活保障"),
        };

        /// <summary>The normalised form of <paramref name="name"/>; <c>null</c> gives the empty string.</summary>
        /// <param name="name">An item or element name as written.</param>
        public static string Normalize(string? name)
        {
            string folded = ChineseText.Fold(name);
            folded = LeadingNumber.Replace(folded, string.Empty, 1);
            var builder = new StringBuilder(folded.Length);
            foreach (char c in folded)
            {
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                bool punctuation = char.IsPunctuation(c) || char.IsSymbol(c) || category == UnicodeCategory.OtherSymbol;
                if (!punctuation && c != '的' && c != '之')
                {
                    builder.Append(c);
                }
            }

            string result = builder.ToString().Replace("其它", "其他");
            foreach (KeyValuePair<string, string> abbreviation in Abbreviations)
            {
                if (!result.Contains(abbreviation.Value))
                {
                    result = result.Replace(abbreviation.Key, abbreviation.Value);
                }
            }

            return result;
        }
    }
}
