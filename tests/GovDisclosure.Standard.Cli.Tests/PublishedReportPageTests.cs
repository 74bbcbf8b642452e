using System.IO;
using System.Text.Json;

namespace GovDisclosure.Standard.Cli.Tests
{
    /// <summary>The tool on a published annual report's web page (tests/RealDocuments/annual-reports/pages).</summary>
    public class PublishedReportPageTests
    {
        private static readonly string Shanghai = Path.Combine("tests", "RealDocuments", "annual-reports", "pages", "shanghai-municipal-government-office-2019.html");
        private static readonly string Huaian = Path.Combine("tests", "RealDocuments", "annual-reports", "pages", "huaian-city-2024.html");

        [Fact]
        public void Validate_prints_findings_located_by_table_row_label_column_label_and_element()
        {
            Tool.Result result = Tool.Run("validate", Shanghai, "--lang", "en");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("表三 「三、本年度办理结果 / （七）总计」 × 「申请人情况 / 总计」 <html/body/div[3]/div/table[2]/tbody/tr[25]/td[8]>", result.Stdout, System.StringComparison.Ordinal);
            Assert.Contains("GD-AR-010", result.Stdout, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Convert_writes_the_canonical_json_of_a_gbk_page()
        {
            using var temp = new TempFolder();
            string output = temp.File("huaian.json");

            Tool.Result result = Tool.Run("convert", Huaian, output);

            Assert.Equal(0, result.ExitCode);
            using JsonDocument written = JsonDocument.Parse(File.ReadAllText(output));
            JsonElement report = written.RootElement.ValueKind == JsonValueKind.Array ? written.RootElement[0] : written.RootElement;
            Assert.Equal("淮安市人民政府", report.GetProperty("agencyName").GetString());
            Assert.Equal(3050, report.GetProperty("applications").GetProperty("outcomes").GetProperty("total").GetProperty("total").GetInt32());
        }

        [Fact]
        public void Validate_reads_several_pages_in_one_run()
        {
            Tool.Result result = Tool.Run("validate", Shanghai, Huaian);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("huaian-city-2024.html", result.Stdout, System.StringComparison.Ordinal);
        }
    }
}
