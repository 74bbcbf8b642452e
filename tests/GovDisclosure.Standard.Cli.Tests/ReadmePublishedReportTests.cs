using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>The README's published-report commands, run as written, on consistent official documents (tests/RealDocuments/annual-reports).</summary>
    public class ReadmePublishedReportTests
    {
        private static readonly string Reports = Path.Combine("tests", "RealDocuments", "annual-reports");
        private static readonly string ShanghaiPage = Path.Combine(Reports, "pages", "shanghai-municipal-government-office-2019.html");
        private static readonly string HuaianPdf = Path.Combine(Reports, "pdfs", "huaian-city-2024.pdf");
        private static readonly string[] Tables = { "proactiveDisclosure2019", "proactiveDisclosure2021", "applications", "reviewAndLitigation" };

        [Theory]
        [InlineData("pages/shanghai-municipal-government-office-2019.html")]
        [InlineData("pdfs/huaian-city-2024.pdf")]
        public void Validate_of_a_published_report_succeeds_without_error_findings(string relative)
        {
            (Tool.Result result, JsonElement report) = Tool.ValidateJson(Path.Combine(Reports, relative));

            Assert.True(result.ExitCode == 0, result.ToString());
            JsonElement summary = report.GetProperty("summary");
            Assert.Equal(1, summary.GetProperty("read").GetInt32());
            Assert.Equal(0, summary.GetProperty("unreadable").GetInt32());
            Assert.Equal(0, summary.GetProperty("errors").GetInt32());
            Assert.DoesNotContain(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        }

        [Fact]
        public void Readme_validate_command_exits_zero_on_the_shanghai_page()
        {
            Tool.Result result = Tool.Run("validate", ShanghaiPage);

            Assert.True(result.ExitCode == 0, result.ToString());
        }

        [Fact]
        public void Convert_of_the_published_page_gives_the_tables_of_its_transcription()
        {
            using var temp = new TempFolder();
            File.Copy(Path.Combine(Tool.Root, ShanghaiPage), temp.File("page.html"));

            Tool.Result result = Tool.RunIn(temp.Path, "convert", "page.html", "report.json");

            Assert.True(result.ExitCode == 0, result.ToString());
            JsonNode written = JsonNode.Parse(File.ReadAllText(temp.File("report.json")))!;
            JsonNode read = written is JsonArray array ? array[0]! : written;
            JsonNode expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Tool.Root, Reports, "shanghai-municipal-government-office-2019.json")))!;
            Assert.Contains(Tables, t => expected[t] != null);
            foreach (string table in Tables)
            {
                Assert.Equal(expected[table]?.ToJsonString(), read[table]?.ToJsonString());
            }

            Assert.Equal(expected["agencyName"]?.ToJsonString(), read["agencyName"]?.ToJsonString());
            Assert.Equal(expected["year"]?.ToJsonString(), read["year"]?.ToJsonString());
        }
    }
}
