using System.Collections.Generic;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Catalogue.Comparison
{
    /// <summary>
    /// The normalised form of a catalogue item name (一级事项 / 二级事项) or content element, under which two
    /// names written differently by different offices compare equal: <see cref="ComparableText.Name"/> (full and half
    /// width, white space and letter case folded — e.g. <c>（电子屏）</c> = <c>(电子屏)</c>, and the 盖州市 2022 table writes
    /// 综合 业务 with a space inside a cell; a leading row number dropped, as in <c>1.1城乡居民养老保险参保登记</c> of the
    /// 勐统镇 social-insurance catalogue; 的 and 之, punctuation and symbols dropped; 其它 written 其他), then the
    /// abbreviations of <see cref="Abbreviations"/> written out. Normalising a normalised name changes nothing.
    /// </summary>
    public static class CatalogueItemName
    {
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
            string result = ComparableText.Name(name);
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
