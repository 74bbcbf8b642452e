using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Validation
{
    /// <summary>
    /// Matching an agency's name across its reports of different years (机关名称配对). Reports name the same agency with or
    /// without the province or city above it — the published 2023 report of 洪泽区 is titled 洪泽区人民政府, its 2024 report
    /// 淮安市洪泽区人民政府 — so two folded names are the same agency when they are equal, or when one is the other with a
    /// leading name of a province, city, prefecture, league, district or county above it (…省, …市, …州, …盟, …自治区, …地区, …区, …县, …旗; 温州市洞头区 above 北岙街道办事处) and the shorter one still
    /// starts with a place of its own (…区, …县, …市, …旗, …镇, …乡, …街道): 人民政府 alone, or 市场监督管理局, never matches.
    /// Because 鼓楼区 is a district of several cities, a shorter name is paired only when exactly one name of the batch matches it.
    /// </summary>
    internal static class AgencyNames
    {
        private static readonly Regex UpperLevel = new Regex(@"^\p{IsCJKUnifiedIdeographs}{1,12}?(省|自治区|市|州|盟|地区|区|县|旗)$", RegexOptions.CultureInvariant);

        private static readonly Regex StartsWithPlace = new Regex(@"^\p{IsCJKUnifiedIdeographs}{1,10}?(区|县|市|旗|镇|乡|街道)", RegexOptions.CultureInvariant);

        /// <summary>The one name among <paramref name="known"/> that names the same agency as <paramref name="name"/>, or <c>null</c> (none, or more than one).</summary>
        /// <param name="name">A folded agency name.</param>
        /// <param name="known">The folded names already met.</param>
        public static string? SameAgencyKey(string name, IEnumerable<string> known)
        {
            string? match = null;
            foreach (string other in known)
            {
                if (string.Equals(other, name, StringComparison.Ordinal))
                {
                    return other;
                }

                if (SameAgency(name, other))
                {
                    if (match != null)
                    {
                        return null;
                    }

                    match = other;
                }
            }

            return match;
        }

        /// <summary>Whether two folded names name the same agency: equal, or one the other with an upper level's name in front.</summary>
        public static bool SameAgency(string a, string b)
        {
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                return true;
            }

            (string shorter, string longer) = a.Length < b.Length ? (a, b) : (b, a);
            return longer.EndsWith(shorter, StringComparison.Ordinal)
                && UpperLevel.IsMatch(longer.Substring(0, longer.Length - shorter.Length))
                && StartsWithPlace.IsMatch(shorter);
        }
    }
}
