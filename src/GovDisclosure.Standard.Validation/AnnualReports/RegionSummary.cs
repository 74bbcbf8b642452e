using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Validation.AnnualReports
{
    /// <summary>
    /// What makes an annual report a region's summary (汇总报告) and which reports are its members (所属机关报告), as
    /// GD-AR-018 reads them (国办公开办函〔2021〕30号: 县级以上地方人民政府年度报告，应当逐级汇总相关情况和数据). A summary is
    /// the report of a local government at or above the county level (…省/市/区/县/旗…人民政府) whose text says it
    /// summarises (汇总……各部门/各乡镇…) or states applications for the whole region (全市共受理政府信息公开申请 N 件).
    /// </summary>
    internal static class RegionSummary
    {
        private const string Government = "人民政府";

        private static readonly Regex Sentence = new Regex("[^。；;！!？?\\n]+", RegexOptions.CultureInvariant);

        /// <summary>A sentence that says the report summarises its units' reports: 汇总南平市各县（市、区）、市政府各有关部门…, 综合…各县（市、区）政府和市级各部门的…年度工作报告.</summary>
        private static readonly Regex Summarises = new Regex("(汇总|综合)[^。；;]{0,40}?各[^。；;]{0,20}?(部门|单位|乡镇|镇|街道|县|区|市)", RegexOptions.CultureInvariant);

        /// <summary>A sentence that states applications for the whole region: 全市共受理政府信息公开申请3119件, 全区受理政府信息公开申请21件.</summary>
        private static readonly Regex RegionFigure = new Regex("全(省|自治区|市|州|盟|地区|区|县|旗)[^。；;]{0,20}?申请[^。；;]{0,10}?[0-9０-９]+\\s*件", RegexOptions.CultureInvariant);

        /// <summary>A number of units a summary says it covers: 23个部门, 八个乡镇, 七个县（市）区.</summary>
        private static readonly Regex Units = new Regex("(?<n>[0-9０-９]+|[零一二两三四五六七八九十百]+)个[^0-9个，,、。；;]{0,4}?(部门|单位|乡镇|乡|镇|街道|县|区|市|机关)", RegexOptions.CultureInvariant);

        /// <summary>One administrative level of a name: 淮安市, 洪泽区, 广西壮族自治区.</summary>
        private static readonly Regex Level = new Regex("\\p{IsCJKUnifiedIdeographs}+?(自治区|省|自治州|市|州|盟|地区|区|县|旗)", RegexOptions.CultureInvariant);

        /// <summary>
        /// The region a local government at or above the county level governs, from its folded name: 淮安市洪泽区人民政府 →
        /// (淮安市洪泽区, 洪泽区); <c>null</c> for any other agency (a department, a township, a 管委会).
        /// </summary>
        public static (string Full, string Short)? RegionOf(string foldedName, AgencyKind? kind)
        {
            if (kind == AgencyKind.TownshipGovernment || kind == AgencyKind.SubdistrictOffice || kind == AgencyKind.GovernmentDepartment
                || !foldedName.EndsWith(Government, StringComparison.Ordinal))
            {
                return null;
            }

            string region = foldedName.Substring(0, foldedName.Length - Government.Length);
            string? last = null;
            int at = 0;
            foreach (Match level in Level.Matches(region))
            {
                if (level.Index != at)
                {
                    return null;
                }

                at += level.Length;
                last = level.Value;
            }

            return last is null || at != region.Length ? null : (region, last);
        }

        /// <summary>The sentences of the report's text that make it a summary (empty when it is not one), and the units the summarising ones count.</summary>
        public static (IReadOnlyList<string> Statements, int? Units) StatementsOf(AnnualReport report)
        {
            var statements = new List<string>();
            int units = 0;
            bool counted = false;
            foreach (string? text in new[] { report.OverallSituation, report.ApplicationsText, report.ProactiveDisclosureText, report.ReviewAndLitigationText, report.OtherMatters })
            {
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                foreach (Match sentence in Sentence.Matches(text!))
                {
                    string s = sentence.Value.Trim();
                    bool summarises = Summarises.IsMatch(s);
                    if (!summarises && !RegionFigure.IsMatch(s))
                    {
                        continue;
                    }

                    statements.Add(s);
                    if (!summarises)
                    {
                        continue;
                    }

                    foreach (Match unit in Units.Matches(s))
                    {
                        if (ChineseNumerals.TryParse(ChineseText.Fold(unit.Groups["n"].Value), out long n) && n > 0 && n < 100000)
                        {
                            units += (int)n;
                            counted = true;
                        }
                    }
                }
            }

            return (statements, counted ? units : (int?)null);
        }

        /// <summary>
        /// Whether the report of <paramref name="foldedName"/> is a direct member of the region (<paramref name="region"/>):
        /// its name begins with the region's name, it is not the region's government itself, and it does not begin with a
        /// lower region among <paramref name="lowerRegions"/> unless it is that region's government (whose report sums it).
        /// </summary>
        public static bool IsMember(string foldedName, (string Full, string Short) region, IEnumerable<string> lowerRegions)
        {
            string? rest = foldedName.StartsWith(region.Full, StringComparison.Ordinal) ? foldedName.Substring(region.Full.Length)
                : foldedName.StartsWith(region.Short, StringComparison.Ordinal) ? foldedName.Substring(region.Short.Length)
                : null;
            if (rest is null || rest.Length == 0 || rest == Government)
            {
                return false;
            }

            string? lower = lowerRegions.Where(l => l != region.Short && l != region.Full && rest.StartsWith(l, StringComparison.Ordinal)).OrderByDescending(l => l.Length).FirstOrDefault();
            return lower is null || rest == lower + Government;
        }
    }
}
