using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// GD-AR-017 (a section repeating last year's report) on a real pair: the published 2023 and 2024 reports of 洪泽区
    /// (淮安市). Section 五 of 2024 keeps the improvements 一是… and 三是… of 2023 word for word (38% of its letters), and
    /// section 一 keeps much of 2023's (43%); sections written apart — another agency's text in the same place — stay far
    /// under the threshold.
    /// </summary>
    public sealed class CarriedOverTextTests : PublishedReportPairFolder
    {
        private const string RuleId = "GD-AR-017";

        [Fact]
        public void The_published_pair_repeats_sections_one_and_five_and_each_is_one_warning_in_the_later_report_naming_the_earlier()
        {
            string earlier = Copy("hongze-district-2023.json", "a-2023.json");
            string later = Copy("hongze-district-2024.json", "b-2024.json");

            List<JsonElement> findings = Findings(new[] { earlier, later }, RuleId);

            Assert.Equal(new[] { "/overallSituation", "/problemsAndImprovements" }, findings.Select(f => f.GetProperty("location").GetProperty("jsonPointer").GetString()).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(findings, f => Assert.Equal("warning", f.GetProperty("severity").GetString()));
            Assert.All(findings, f => Assert.Equal(later, f.GetProperty("location").GetProperty("file").GetString()));
            Assert.All(findings, f => Assert.Equal(earlier, f.GetProperty("relatedLocations")[0].GetProperty("file").GetString()));
            string five = findings.Single(f => f.GetProperty("location").GetProperty("jsonPointer").GetString() == "/problemsAndImprovements").GetProperty("message").GetString()!;
            Assert.Contains("2024 年度报告“五、存在的主要问题及改进情况”有 38% 的文字与 2023 年度报告同一部分逐字相同", five, StringComparison.Ordinal);
            Assert.Contains("一是扎实推进依申请公开工作", five, StringComparison.Ordinal);
        }

        [Fact]
        public void The_published_pdfs_of_the_pair_give_the_same_findings_as_their_transcriptions()
        {
            string earlier = Copy(Path.Combine("pdfs", "hongze-district-2023.pdf"), "a-2023.pdf");
            string later = Copy(Path.Combine("pdfs", "hongze-district-2024.pdf"), "b-2024.pdf");

            List<JsonElement> findings = Findings(new[] { later, earlier }, RuleId);

            Assert.Equal(new[] { "/overallSituation", "/problemsAndImprovements" }, findings.Select(f => f.GetProperty("location").GetProperty("jsonPointer").GetString()).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(findings, f => Assert.Equal(earlier, f.GetProperty("location").GetProperty("file").GetString()));
        }

        [Fact]
        public void Sections_written_apart_are_not_reported_though_they_share_common_phrases()
        {
            // The 2023 report with sections 一 and 五 of another agency's report of the same city (淮安市人民政府, 2024).
            JsonNode other = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "huaian-city-2024.json")))!;
            JsonNode earlier = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "hongze-district-2023.json")))!;
            earlier["overallSituation"] = other["overallSituation"]!.GetValue<string>();
            earlier["problemsAndImprovements"] = other["problemsAndImprovements"]!.GetValue<string>();
            string path = Path.Combine(Folder, "a-2023.json");
            File.WriteAllText(path, earlier.ToJsonString());

            Assert.Empty(Findings(new[] { path, Copy("hongze-district-2024.json", "b-2024.json") }, RuleId));
        }

        [Fact]
        public void No_two_reports_of_different_agencies_share_half_the_threshold()
        {
            var reports = Directory.GetFiles(Corpus, "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
            foreach (string section in new[] { "overallSituation", "problemsAndImprovements" })
            {
                foreach (JsonNode a in reports)
                {
                    foreach (JsonNode b in reports.Where(b => b["agencyName"]!.GetValue<string>() != a["agencyName"]!.GetValue<string>() && !b["agencyName"]!.GetValue<string>().EndsWith(a["agencyName"]!.GetValue<string>(), StringComparison.Ordinal) && !a["agencyName"]!.GetValue<string>().EndsWith(b["agencyName"]!.GetValue<string>(), StringComparison.Ordinal)))
                    {
                        if (a[section]?.GetValue<string>() is string before && b[section]?.GetValue<string>() is string now && AnnualReportCarriedOverText.Repeated(before, now) is (int percent, _))
                        {
                            Assert.True(percent * 2 <= AnnualReportCarriedOverText.ThresholdPercent, $"{section}: {b["agencyName"]} repeats {percent}% of {a["agencyName"]}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void A_pair_within_one_file_is_compared_as_the_stream_goes()
        {
            string both = Path.Combine(Folder, "both.json");
            JsonNode earlier = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "hongze-district-2023.json")))!;
            JsonNode later = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "hongze-district-2024.json")))!;
            later["agencyName"] = earlier["agencyName"]!.GetValue<string>();
            File.WriteAllText(both, new JsonArray(earlier, later).ToJsonString());

            Assert.Equal(2, Findings(new[] { both }, RuleId).Count);
        }

        [Fact]
        public void With_the_rule_left_out_nothing_is_compared()
        {
            string earlier = Copy("hongze-district-2023.json", "a-2023.json");
            string later = Copy("hongze-district-2024.json", "b-2024.json");

            Assert.Empty(Findings(new[] { earlier, later }, RuleSet.Standard.Without(RuleId), RuleId));
        }

        [Theory]
        [InlineData("2023年，本机关全面梳理依申请公开工作流程，健全工作机制，强化部门协同配合。", "2024年，本机关全面梳理依申请公开工作流程，健全工作机制，强化部门协同配合。", 100)]
        [InlineData("一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制。", "一是扎实推进依申请公开工作；全面梳理和优化工作流程，健全工作机制", 100)]
        [InlineData("一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制。", "二是围绕中心工作，进一步梳理明确政务公开的重点领域，优化政策解读。", 0)]
        public void A_year_before_and_the_punctuation_do_not_tell_two_texts_apart(string before, string now, int expected)
        {
            (int percent, _) = AnnualReportCarriedOverText.Repeated(before, now)!.Value;

            Assert.Equal(expected, percent);
        }
    }
}
