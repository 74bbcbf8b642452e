using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Reporting;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The text report heads each record with findings "记录 N" / "record N": the record's number written digit by digit into
    /// the writer's buffer says what the number's own text says, for numbers of one digit and of several.
    /// </summary>
    public class TextRecordNumberTests
    {
        /// <summary>A catalogue entry whose responsible body is vague wording: one finding a record.</summary>
        private const string EntryWithFinding =
            "{\"sequenceNumber\":\"1\",\"code\":\"entry1\",\"domain\":\"majorConstructionProjects\",\"firstLevelItem\":\"综合业务\","
            + "\"secondLevelItem\":\"政策法规文件\",\"contentElements\":[{\"name\":\"办理事项\",\"requirement\":\"required\"}],"
            + "\"legalBasis\":[\"《中华人民共和国政府信息公开条例》\"],\"timeLimit\":\"制定或获取信息之日起10个工作日内\","
            + "\"responsibleBody\":\"有关部门\",\"channels\":[\"governmentWebsite\"],\"audiences\":[\"public\"],\"modes\":[\"proactive\"],"
            + "\"levels\":[\"county\"],\"categories\":[1]}";

        [Theory]
        [InlineData("zh", "记录 ")]
        [InlineData("en", "record ")]
        public void Every_record_with_findings_is_headed_by_its_own_number(string language, string label)
        {
            const int records = 1002;
            string lines = string.Concat(Enumerable.Repeat(EntryWithFinding + "\n", records));
            var source = ValidationSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "entries.jsonl");

            string report = ReportRuns.Report(ReportFormat.Text, new[] { source }, language: language, threads: 1);

            long[] headed = Regex.Matches(report, "^" + Regex.Escape(label) + "([0-9]+)  ", RegexOptions.Multiline)
                .Cast<Match>()
                .Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .ToArray();
            Assert.Equal(Enumerable.Range(1, records).Select(n => (long)n), headed);
        }
    }
}
