using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// GD-AR-009 across the files of a run: the published 2024 page of 淮安市人民政府 (row 二、上年结转: 34 natural persons)
    /// beside a 2023 report of the same government in another file, derived for the test (the 2023 report was not
    /// transcribed), whose row 四、结转下年度继续办理 says 30 or 34.
    /// </summary>
    public sealed class FolderContinuityTests : IDisposable
    {
        private static readonly string Page = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "pages", "huaian-city-2024.html");
        private readonly string folder = Path.Combine(Path.GetTempPath(), "govdisclosure-series-" + Guid.NewGuid().ToString("N"));

        public FolderContinuityTests()
        {
            Directory.CreateDirectory(folder);
        }

        [Fact]
        public void A_later_report_in_another_file_is_located_in_its_carried_over_row_and_names_the_earlier_files_cell()
        {
            string earlier = Earlier("a-huaian-2023.json", 30);
            string later = Copy("b-huaian-2024.html");

            List<JsonElement> found = Continuity(earlier, later);

            Assert.Equal(2, found.Count);
            JsonElement natural = found.Single(f => f.GetProperty("location").GetProperty("jsonPointer").GetString() == "/applications/carriedOver/naturalPerson");
            Assert.Equal(later, natural.GetProperty("location").GetProperty("file").GetString());
            Assert.Equal("表三", natural.GetProperty("location").GetProperty("table").GetString());
            JsonElement related = natural.GetProperty("relatedLocations")[0];
            Assert.Equal(earlier, related.GetProperty("file").GetString());
            Assert.Equal("/applications/carriedForward/naturalPerson", related.GetProperty("jsonPointer").GetString());
            Assert.Contains("30", natural.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Contains("34", natural.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void An_earlier_report_read_after_the_later_one_is_located_in_its_carried_forward_row_and_names_the_later_page()
        {
            string later = Copy("a-huaian-2024.html");
            string earlier = Earlier("b-huaian-2023.json", 30);

            List<JsonElement> found = Continuity(later, earlier);

            Assert.Equal(2, found.Count);
            Assert.All(found, f => Assert.Equal(earlier, f.GetProperty("location").GetProperty("file").GetString()));
            Assert.All(found, f => Assert.StartsWith("/applications/carriedForward/", f.GetProperty("location").GetProperty("jsonPointer").GetString(), StringComparison.Ordinal));
            JsonElement related = found[0].GetProperty("relatedLocations")[0];
            Assert.Equal(later, related.GetProperty("file").GetString());
            Assert.Equal("表三", related.GetProperty("table").GetString());
            Assert.StartsWith("二、上年结转", related.GetProperty("rowLabel").GetString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(ReportFormat.Text)]
        [InlineData(ReportFormat.Html)]
        public void The_text_and_html_reports_name_the_other_file_of_a_related_location(ReportFormat format)
        {
            string earlier = Earlier("a-huaian-2023.json", 30);
            string later = Copy("b-huaian-2024.html");

            string report = System.Net.WebUtility.HtmlDecode(ReportRuns.Report(format, new[] { ValidationSource.FromFile(earlier), ValidationSource.FromFile(later) }));

            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(earlier) + @"(:[0-9]+)* /applications/carriedForward/naturalPerson", report);
        }

        [Fact]
        public void Carried_rows_that_agree_across_files_give_no_finding()
        {
            Assert.Empty(Continuity(Earlier("a-huaian-2023.json", 34), Copy("b-huaian-2024.html")));
        }

        [Fact]
        public void Reports_of_years_that_are_not_consecutive_are_not_compared()
        {
            string earlier = Earlier("a-huaian-2023.json", 30);
            File.WriteAllText(earlier, File.ReadAllText(earlier).Replace("\"year\": 2023", "\"year\": 2022", StringComparison.Ordinal));

            Assert.Empty(Continuity(earlier, Copy("b-huaian-2024.html")));
        }

        [Fact]
        public void A_pair_within_one_file_is_reported_once()
        {
            string both = Path.Combine(folder, "both.json");
            JsonElement real = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "huaian-city-2024.json"))).RootElement;
            real = real.ValueKind == JsonValueKind.Array ? real[0] : real;
            File.WriteAllText(both, "[" + EarlierJson(30) + "," + real.GetRawText() + "]");

            Assert.Equal(2, Continuity(both).Count);
        }

        [Fact]
        public void With_the_rule_left_out_of_the_rule_set_nothing_is_compared_across_files()
        {
            Assert.Empty(Continuity(RuleSet.Standard.Without("GD-AR-009"), Earlier("a-huaian-2023.json", 30), Copy("b-huaian-2024.html")));
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
            }
        }

        private static string EarlierJson(int carriedForward) =>
            "{\"year\": 2023, \"format\": \"format2021\", \"agencyName\": \"淮安市人民政府\", \"agencyKind\": \"cityGovernment\", \"applications\": {\"carriedForward\": {"
            + "\"naturalPerson\": " + carriedForward + ", \"commercialEnterprise\": 0, \"researchInstitution\": 0, \"publicInterestOrganisation\": 0, \"legalServiceAgency\": 0, \"otherOrganisation\": 0, \"total\": " + carriedForward + "}}}";

        private string Earlier(string name, int carriedForward)
        {
            string path = Path.Combine(folder, name);
            File.WriteAllText(path, EarlierJson(carriedForward));
            return path;
        }

        private string Copy(string name)
        {
            string path = Path.Combine(folder, name);
            File.Copy(Page, path);
            return path;
        }

        private static List<JsonElement> Continuity(params string[] files) => Continuity(RuleSet.Standard, files);

        private static List<JsonElement> Continuity(RuleSet rules, params string[] files)
        {
            string report = ReportRuns.Report(ReportFormat.Json, ValidationSource.FromFolder(Path.GetDirectoryName(files[0])!).Where(s => files.Contains(s.Name)).ToArray(), rules);
            return JsonDocument.Parse(report).RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("ruleId").GetString() == "GD-AR-009")
                .ToList();
        }
    }
}
