using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// Every report format shows where a finding on a published annual report is: the table, the row and column labels
    /// as published, and the page and line of a PDF or the element of a web page.
    /// </summary>
    public class PublishedReportLocationTests
    {
        private const string Pdf = "tests/RealDocuments/annual-reports/pages/shanghai-municipal-government-office-2019.pdf";
        private const string Page = "tests/RealDocuments/annual-reports/pages/shanghai-municipal-government-office-2019.html";

        [Theory]
        [InlineData(ReportFormat.Text)]
        [InlineData(ReportFormat.Html)]
        public void The_text_and_html_reports_name_the_table_row_column_and_page(ReportFormat format)
        {
            string report = System.Net.WebUtility.HtmlDecode(ReportRuns.Report(format, Pdf));

            Assert.Contains("表三 「（七）总计」 × 「", report, System.StringComparison.Ordinal);
            Assert.Matches(@"p\. [0-9]+, line [0-9]+", report);
        }

        [Fact]
        public void The_text_report_names_the_element_of_a_web_page()
        {
            Assert.Contains("/tbody/tr[25]/td[8]>", ReportRuns.Report(ReportFormat.Text, Page), System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_json_report_carries_the_table_row_column_page_and_line()
        {
            JsonElement location = Finding(JsonDocument.Parse(ReportRuns.Report(ReportFormat.Json, Pdf)).RootElement, "GD-AR-010").GetProperty("location");

            Assert.Equal("表三", location.GetProperty("table").GetString());
            Assert.Equal("（七）总计", location.GetProperty("rowLabel").GetString());
            Assert.EndsWith("总计", location.GetProperty("columnLabel").GetString());
            Assert.True(location.GetProperty("page").GetInt32() > 1);
            Assert.True(location.GetProperty("line").GetInt32() >= 1);
        }

        [Fact]
        public void The_json_report_carries_the_element_path_of_a_web_page()
        {
            JsonElement location = Finding(JsonDocument.Parse(ReportRuns.Report(ReportFormat.Json, Page)).RootElement, "GD-AR-010").GetProperty("location");

            Assert.EndsWith("/tbody/tr[25]/td[8]", location.GetProperty("elementPath").GetString());
        }

        [Fact]
        public void The_sarif_report_carries_them_as_properties_and_gives_no_file_line_for_a_line_on_a_page()
        {
            JsonElement results = JsonDocument.Parse(ReportRuns.Report(ReportFormat.Sarif, Pdf)).RootElement.GetProperty("runs")[0].GetProperty("results");
            JsonElement location = results.EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "GD-AR-010").GetProperty("locations")[0];

            JsonElement properties = location.GetProperty("properties");
            Assert.Equal("表三", properties.GetProperty("table").GetString());
            Assert.Equal("（七）总计", properties.GetProperty("rowLabel").GetString());
            Assert.True(properties.GetProperty("page").GetInt32() > 1);
            Assert.True(properties.GetProperty("lineOnPage").GetInt32() >= 1);
            Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
        }

        private static JsonElement Finding(JsonElement report, string ruleId) =>
            report.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == ruleId);
    }
}
