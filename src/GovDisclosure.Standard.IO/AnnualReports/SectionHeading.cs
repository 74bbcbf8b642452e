using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Shapes;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// Which section of the annual report (<see cref="AnnualReportSection"/>) a paragraph heads: a short paragraph that
    /// opens with a numeral (三、, 第三部分, （三）is a sub-heading) and names a section by its words.
    /// </summary>
    internal static class SectionHeading
    {
        private static readonly Regex Numbered = new Regex(@"^(第?(?<n>[一二三四五六七八九])(部分)?[、.．,，:：\s]|[（(](?<n>[一二三四五六七八九])[)）])", RegexOptions.CultureInvariant);

        /// <summary>The section a paragraph is the heading of, or <c>null</c>: a short paragraph opening with the section's numeral and naming it.</summary>
        /// <param name="folded">The paragraph, folded.</param>
        public static AnnualReportSection? Of(string folded) =>
            Read(folded) is (AnnualReportSection section, int written) && written == section.Number ? section : null;

        /// <summary>
        /// The section a paragraph heads and the number its numeral says (which may be wrong: 四、收到和处理… when 三 was
        /// skipped), or <c>null</c>: a short paragraph opening with a numeral and naming a section. The section is the one
        /// its numeral gives when that section's words are there, else the only section whose words are there.
        /// </summary>
        /// <param name="folded">The paragraph, folded.</param>
        public static (AnnualReportSection Section, int Written)? Read(string folded)
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

            int written = AnnualReportSection.Numerals.IndexOf(match.Groups["n"].Value, System.StringComparison.Ordinal) + 1;
            var all = AnnualReportSection.All;
            if (written <= all.Count && all[written - 1].IsNamedBy(folded))
            {
                return (all[written - 1], written);
            }

            AnnualReportSection[] named = all.Where(s => s.IsNamedBy(folded)).ToArray();
            return named.Length == 1 ? (named[0], written) : null;
        }
    }
}
