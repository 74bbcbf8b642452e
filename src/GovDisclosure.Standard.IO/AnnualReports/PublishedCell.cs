using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// The value of a published table's cell. "0" is 0; a blank cell (white space, <c>&amp;nbsp;</c>, an empty
    /// <c>&lt;p&gt;</c> or <c>&lt;o:p&gt;</c>) and the marks reports write for "nothing" (—, /, 无) are not filled in;
    /// full-width digits, thousands separators and a count's unit (件, 条, 个, 项) are read; any other text is not a number.
    /// </summary>
    internal static class PublishedCell
    {
        private static readonly string[] NothingMarks = { "-", "--", "—", "——", "―", "–", "－", "/", "//", "\\", "无", "...", "…", "……" };
        private static readonly Regex Count = new Regex(@"^(?<sign>[+\-]?)(?<digits>[0-9]{1,3}(,[0-9]{3})+|[0-9]+)(件|条|个|项|次|宗|人次)?$", RegexOptions.CultureInvariant);

        /// <summary>Whether the folded text is blank or a mark for nothing.</summary>
        public static bool IsBlank(string folded) => folded.Length == 0 || NothingMarks.Contains(folded);

        /// <summary>Reads a count; <c>false</c> when the text is neither blank nor a count.</summary>
        public static bool TryCount(string folded, out int? value)
        {
            value = null;
            if (IsBlank(folded))
            {
                return true;
            }

            string text = folded.Replace("−", "-").Replace("减少", "-").Replace("增加", "+");
            Match match = Count.Match(text);
            if (!match.Success || !int.TryParse(match.Groups["digits"].Value.Replace(",", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return false;
            }

            value = match.Groups["sign"].Value == "-" ? -number : number;
            return true;
        }

        /// <summary>Reads an amount of money with the unit written beside it; <c>false</c> when the text is neither blank nor an amount.</summary>
        public static bool TryAmount(string text, out ReportAmount? amount)
        {
            amount = null;
            string folded = PublishedText.Fold(text);
            if (IsBlank(folded))
            {
                return true;
            }

            return ReportAmount.TryParse(PublishedText.Tidy(text).Replace(" ", string.Empty), out amount);
        }
    }
}
