using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// GD-AR-015 (现行有效件数 of table 二 continuing from last year's) on a real pair: the published 2023 and 2024 reports
    /// of 洪泽区 (淮安市), kept as their PDFs and transcribed. They hold it (行政规范性文件 5 + 3 − 0 = 8), and they name the
    /// agency differently (洪泽区人民政府, 淮安市洪泽区人民政府); a 2023 report derived from the real one with another
    /// 现行有效件数 shows that the two are paired and compared.
    /// </summary>
    public sealed class InForceContinuityTests : PublishedReportPairFolder
    {
        private const string RuleId = "GD-AR-015";

        [Fact]
        public void The_published_consecutive_reports_of_one_agency_continue_and_get_no_continuity_finding()
        {
            string earlier = Copy("hongze-district-2023.json", "a-2023.json");
            string later = Copy("hongze-district-2024.json", "b-2024.json");

            Assert.Empty(Findings(new[] { earlier, later }, RuleId, "GD-AR-009"));
        }

        [Fact]
        public void The_published_pdfs_of_the_pair_continue_and_get_no_continuity_finding()
        {
            string earlier = Copy(Path.Combine("pdfs", "hongze-district-2023.pdf"), "a-2023.pdf");
            string later = Copy(Path.Combine("pdfs", "hongze-district-2024.pdf"), "b-2024.pdf");

            Assert.Empty(Findings(new[] { earlier, later }, RuleId, "GD-AR-009"));
        }

        [Fact]
        public void A_break_in_the_documents_in_force_is_one_warning_at_the_later_reports_cell_naming_the_earlier_file()
        {
            string earlier = Derived("a-2023.json", inForce: 4);
            string later = Copy(Path.Combine("pdfs", "hongze-district-2024.pdf"), "b-2024.pdf");

            JsonElement finding = Assert.Single(Findings(new[] { earlier, later }, RuleId));

            Assert.Equal("warning", finding.GetProperty("severity").GetString());
            Assert.Equal(later, finding.GetProperty("location").GetProperty("file").GetString());
            Assert.Equal("/proactiveDisclosure2021/normativeDocuments/inForce", finding.GetProperty("location").GetProperty("jsonPointer").GetString());
            JsonElement related = finding.GetProperty("relatedLocations")[0];
            Assert.Equal(earlier, related.GetProperty("file").GetString());
            Assert.Equal("/proactiveDisclosure2021/normativeDocuments/inForce", related.GetProperty("jsonPointer").GetString());
            string message = finding.GetProperty("message").GetString()!;
            Assert.Contains("现行有效 4 件", message, StringComparison.Ordinal);
            Assert.Contains("本年制发 3 件、本年废止 0 件，现行有效应为 7 件，而报告为 8 件", message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_earlier_report_read_second_is_located_in_its_own_cell()
        {
            string later = Copy("hongze-district-2024.json", "a-2024.json");
            string earlier = Derived("b-2023.json", inForce: 4);

            JsonElement finding = Assert.Single(Findings(new[] { later, earlier }, RuleId));

            Assert.Equal(earlier, finding.GetProperty("location").GetProperty("file").GetString());
            Assert.Equal(later, finding.GetProperty("relatedLocations")[0].GetProperty("file").GetString());
        }

        [Fact]
        public void A_pair_within_one_file_is_compared_as_the_stream_goes()
        {
            string both = Path.Combine(Folder, "both.json");
            JsonNode earlier = DerivedNode(inForce: 4);
            JsonNode later = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "hongze-district-2024.json")))!;
            later["agencyName"] = earlier["agencyName"]!.GetValue<string>();
            File.WriteAllText(both, new JsonArray(earlier, later).ToJsonString());

            JsonElement finding = Assert.Single(Findings(new[] { both }, RuleId));

            Assert.Equal("/proactiveDisclosure2021/normativeDocuments/inForce", finding.GetProperty("location").GetProperty("jsonPointer").GetString());
        }

        [Fact]
        public void With_the_rule_left_out_nothing_is_compared()
        {
            string earlier = Derived("a-2023.json", inForce: 4);
            string later = Copy("hongze-district-2024.json", "b-2024.json");

            Assert.Empty(Findings(new[] { earlier, later }, RuleSet.Standard.Without(RuleId), RuleId));
        }

        [Fact]
        public void A_report_of_the_2019_format_is_not_compared()
        {
            string earlier = Derived("a-2023.json", inForce: 4, format: "format2019");
            string later = Copy("hongze-district-2024.json", "b-2024.json");

            Assert.Empty(Findings(new[] { earlier, later }, RuleId));
        }

        private static JsonNode DerivedNode(int inForce, string? format = null)
        {
            JsonNode report = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "hongze-district-2023.json")))!;
            report["proactiveDisclosure2021"]!["normativeDocuments"]!["inForce"] = inForce;
            if (format != null)
            {
                report.AsObject().Remove("proactiveDisclosure2021");
                report["format"] = format;
            }

            return report;
        }

        private string Derived(string name, int inForce, string? format = null)
        {
            string path = Path.Combine(Folder, name);
            File.WriteAllText(path, DerivedNode(inForce, format).ToJsonString());
            return path;
        }
    }
}
