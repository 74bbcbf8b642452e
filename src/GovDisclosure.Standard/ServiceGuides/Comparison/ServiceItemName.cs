using System.Text.RegularExpressions;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.ServiceGuides.Comparison
{
    /// <summary>
    /// The normalised form of a service item's name (事项名称), under which two published copies of one guide
    /// compare equal: <see cref="ComparableText.Name"/>, then a trailing 办事指南 or 服务指南 dropped (the page title
    /// 姓名变更、更正登记办事指南 on yynanhu.yueyang.gov.cn) and a trailing bracketed item type dropped
    /// (姓名变更、更正登记（非行政许可事项） on yueyang.gov.cn, 2018). Other brackets stay: 临时救助（急难型） is another item
    /// than 临时救助（支出型）. Normalising a normalised name changes nothing.
    /// </summary>
    public static class ServiceItemName
    {
        private static readonly Regex ItemType = new Regex(
            @"[(](?:非)?(?:行政许可|行政确认|行政给付|行政征收|行政裁决|行政奖励|行政检查|行政备案|其他行政权力|公共服务)(?:事项|类)?[)]\s*$",
            RegexOptions.CultureInvariant);

        private static readonly Regex GuideSuffix = new Regex("(?:办事指南|服务指南)$", RegexOptions.CultureInvariant);

        /// <summary>The normalised form of <paramref name="name"/>; <c>null</c> gives the empty string.</summary>
        /// <param name="name">An item name as published.</param>
        public static string Normalize(string? name)
        {
            string folded = ChineseText.Fold(name);
            string previous;
            do
            {
                previous = folded;
                folded = GuideSuffix.Replace(ItemType.Replace(folded, string.Empty), string.Empty);
            }
            while (folded != previous);

            return GuideSuffix.Replace(ComparableText.Name(folded), string.Empty);
        }
    }
}
