using System.Linq;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A section of the annual report (一 … 六) and the headings it is found by: its numeral and the words of
    /// the template's heading or the variants real reports write (e.g. 因政府信息公开工作被申请行政复议、提起行政诉讼情况).
    /// </summary>
    internal sealed record ReportSection(int Number, string Member, string[] Words)
    {
        private const string Numerals = "一二三四五六七八九";

        private static readonly Regex Numbered = new Regex(@"^(第?(?<n>[一二三四五六七八九])(部分)?[、.．,，:：\s]|[（(](?<n>[一二三四五六七八九])[)）])", RegexOptions.CultureInvariant);

        /// <summary>The six sections of both formats.</summary>
        public static readonly ReportSection[] All =
        {
            new ReportSection(1, "overallSituation", new[] { "总体情况", "概述", "基本情况" }),
            new ReportSection(2, "proactiveDisclosureText", new[] { "主动公开" }),
            new ReportSection(3, "applicationsText", new[] { "收到和处理", "依申请", "公开申请" }),
            new ReportSection(4, "reviewAndLitigationText", new[] { "行政复议", "行政诉讼" }),
            new ReportSection(5, "problemsAndImprovements", new[] { "存在的主要问题", "主要问题", "问题及改进", "问题和改进" }),
            new ReportSection(6, "otherMatters", new[] { "其他需要报告", "其他需报告" }),
        };

        /// <summary>Whether a heading names this section: one of its words, or for 六 "其他" and "事项" (其他有关事项, 其他…事项).</summary>
        public bool Names(string folded) =>
            Words.Any(folded.Contains) || Number == 6 && folded.Contains("其他") && folded.Contains("事项");

        /// <summary>The section's numeral as the form writes it (一 … 六).</summary>
        public string Numeral => Numerals.Substring(Number - 1, 1);

        /// <summary>The section a paragraph is the heading of, or <c>null</c>: a short paragraph opening with the section's numeral and naming it.</summary>
        public static ReportSection? HeadedBy(string folded) =>
            Heading(folded) is (ReportSection section, int written) && written == section.Number ? section : null;

        /// <summary>
        /// The section a paragraph heads and the number its numeral says (which may be wrong: 四、收到和处理… when 三 was
        /// skipped), or <c>null</c>: a short paragraph opening with a numeral and naming a section. The section is the one
        /// its numeral gives when that section's words are there, else the only section whose words are there.
        /// </summary>
        public static (ReportSection Section, int Written)? Heading(string folded)
        {
            if (folded.Length > 40)
            {
                return null;
            }

            Match match = Numbered.Match(folded);
            if (!match.Success || match.Value.StartsWith("(", System.StringComparison.Ordinal))
            {
                return null;
            }

            int written = Numerals.IndexOf(match.Groups["n"].Value, System.StringComparison.Ordinal) + 1;
            if (written <= All.Length && All[written - 1].Names(folded))
            {
                return (All[written - 1], written);
            }

            ReportSection[] named = All.Where(s => s.Names(folded)).ToArray();
            return named.Length == 1 ? (named[0], written) : null;
        }
    }
}
