using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// GD-AR-018 and GD-AR-019: a region's summary annual report against its members' reports in one run. The real pair is
    /// the published 2024 report of 淮安市人民政府 (a summary: 全市共受理政府信息公开申请3119件) with the published 2024
    /// report of 淮安市洪泽区人民政府, one of its members; the run does not hold the others. The complete sets are
    /// SYNTHETIC: the 淮安市 report with one sentence added that says what it summarises, and members made by splitting its
    /// numbers, since no complete set of a region's published reports could be found.
    /// </summary>
    public sealed class RegionSummaryTests : PublishedReportPairFolder
    {
        private const string Differs = "GD-AR-018";
        private const string Unconfirmed = "GD-AR-019";

        /// <summary>The sentence added to the synthetic summary: it summarises three units.</summary>
        private const string Summarises = "本报告汇总市政府各部门、各县区共3个单位的政府信息公开工作年度报告编制而成。";

        private static readonly string[] MemberNames = { "淮安市财政局", "淮安市公安局", "淮安市洪泽区人民政府" };

        [Fact]
        public void The_published_city_report_is_a_summary_and_the_district_report_its_member()
        {
            AnnualReport city = Read("huaian-city-2024.json");
            AnnualReport district = Read("hongze-district-2024.json");

            (IReadOnlyList<string> statements, int? units) = RegionSummary.StatementsOf(city);
            (string Full, string Short)? region = RegionSummary.RegionOf("淮安市人民政府", city.AgencyKind);

            Assert.Contains(statements, s => s.Contains("全市共受理政府信息公开申请3119件", StringComparison.Ordinal));
            Assert.Null(units);
            Assert.Equal(("淮安市", "淮安市"), region);
            Assert.True(RegionSummary.IsMember("淮安市洪泽区人民政府", region!.Value, new[] { "淮安市洪泽区", "洪泽区" }));
            Assert.Empty(RegionSummary.StatementsOf(district).Statements);
        }

        [Fact]
        public void The_published_pair_holds_every_cell_of_the_member_within_the_summary_and_cannot_be_confirmed_further()
        {
            string city = Copy("huaian-city-2024.json", "city.json");
            string district = Copy("hongze-district-2024.json", "district.json");

            List<JsonElement> findings = Findings(new[] { district, city }, Differs, Unconfirmed);

            JsonElement only = Assert.Single(findings);
            Assert.Equal(Unconfirmed, only.GetProperty("ruleId").GetString());
            Assert.Equal("information", only.GetProperty("severity").GetString());
            Assert.Equal(city, only.GetProperty("location").GetProperty("file").GetString());
            Assert.Equal(district, only.GetProperty("relatedLocations")[0].GetProperty("file").GetString());
            Assert.Contains("淮安市洪泽区人民政府", only.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Departments_of_a_district_whose_government_is_in_the_run_are_left_to_the_district()
        {
            (string, string) city = ("淮安市", "淮安市");
            string[] lower = { "淮安市洪泽区", "洪泽区" };

            Assert.False(RegionSummary.IsMember("淮安市洪泽区财政局", city, lower));
            Assert.False(RegionSummary.IsMember("洪泽区财政局", city, lower));
            Assert.True(RegionSummary.IsMember("淮安市财政局", city, lower));
            Assert.True(RegionSummary.IsMember("淮安市人民政府办公室", city, lower));
            Assert.False(RegionSummary.IsMember("淮安市人民政府", city, lower));
            Assert.True(RegionSummary.IsMember("洪泽区财政局", ("淮安市洪泽区", "洪泽区"), new[] { "淮安市" }));
            Assert.Null(RegionSummary.RegionOf("淮安市财政局", AgencyKind.GovernmentDepartment));
            Assert.Null(RegionSummary.RegionOf("岔河镇人民政府", AgencyKind.TownshipGovernment));
            Assert.Equal(("淮安市洪泽区", "洪泽区"), RegionSummary.RegionOf("淮安市洪泽区人民政府", null));
        }

        [Fact]
        public void A_synthetic_complete_set_that_adds_up_gives_nothing()
        {
            string[] files = SyntheticSet(member => { });

            Assert.Empty(Findings(files, Differs, Unconfirmed));
        }

        [Fact]
        public void A_synthetic_complete_set_off_by_one_in_one_cell_is_one_warning_at_the_summarys_cell_with_both_numbers()
        {
            string[] files = SyntheticSet(member =>
            {
                if (member["agencyName"]!.GetValue<string>() == "淮安市公安局")
                {
                    JsonNode total = member["reviewAndLitigation"]!["administrativeReconsideration"]!;
                    total["upheld"] = total["upheld"]!.GetValue<int>() + 1;
                }
            });

            JsonElement finding = Assert.Single(Findings(files, Differs, Unconfirmed));

            Assert.Equal("warning", finding.GetProperty("severity").GetString());
            Assert.Equal(files[0], finding.GetProperty("location").GetProperty("file").GetString());
            Assert.Equal("/reviewAndLitigation/administrativeReconsideration/upheld", finding.GetProperty("location").GetProperty("jsonPointer").GetString());
            Assert.Equal(3, finding.GetProperty("relatedLocations").GetArrayLength());
            string message = finding.GetProperty("message").GetString()!;
            Assert.Contains("为 72，", message, StringComparison.Ordinal);
            Assert.Contains("汇总 3 个单位", message, StringComparison.Ordinal);
            Assert.Contains("之和为 73", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_warning_of_the_summary_is_counted_in_the_summary_files_own_counts_as_in_the_runs()
        {
            string[] files = SyntheticSet(member =>
            {
                if (member["agencyName"]!.GetValue<string>() == "淮安市公安局")
                {
                    JsonNode total = member["reviewAndLitigation"]!["administrativeReconsideration"]!;
                    total["upheld"] = total["upheld"]!.GetValue<int>() + 1;
                }
            });

            JsonElement report = JsonDocument.Parse(ReportRuns.Report(ReportFormat.Json, files.Select(f => ValidationSource.FromFile(f)).ToArray(), RuleSet.Standard)).RootElement;
            JsonElement summaryFile = report.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == files[0]);
            int warningsInTheFile = report.GetProperty("findings").EnumerateArray()
                .Count(f => f.GetProperty("location").GetProperty("file").GetString() == files[0] && f.GetProperty("severity").GetString() == "warning");

            Assert.True(warningsInTheFile >= 1);
            Assert.Equal(warningsInTheFile, summaryFile.GetProperty("summary").GetProperty("warnings").GetInt32());
            Assert.Equal(1, summaryFile.GetProperty("summary").GetProperty("findingsByRule").GetProperty(Differs).GetInt32());
            Assert.Equal(
                report.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("summary").GetProperty("warnings").GetInt32()),
                report.GetProperty("summary").GetProperty("warnings").GetInt32());
        }

        [Fact]
        public void A_synthetic_incomplete_set_is_unconfirmed_but_a_member_above_the_summary_is_still_a_warning()
        {
            string[] files = SyntheticSet(member =>
            {
                if (member["agencyName"]!.GetValue<string>() == "淮安市财政局")
                {
                    member["applications"]!["newlyReceived"]!["total"] = 5000;
                }
            });
            File.Delete(files[3]);

            List<JsonElement> findings = Findings(files.Take(3).ToArray(), Differs, Unconfirmed);

            Assert.Equal(new[] { Differs, Unconfirmed }, findings.Select(f => f.GetProperty("ruleId").GetString()).OrderBy(r => r, StringComparer.Ordinal));
            JsonElement below = findings.Single(f => f.GetProperty("ruleId").GetString() == Differs);
            Assert.Equal("/applications/newlyReceived/total", below.GetProperty("location").GetProperty("jsonPointer").GetString());
            Assert.Contains("为 3119，少于本批 2 份所属机关报告该格之和", below.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Contains("称汇总 3 个单位，本批只有 2 份", findings.Single(f => f.GetProperty("ruleId").GetString() == Unconfirmed).GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void The_order_of_the_files_does_not_matter()
        {
            string[] files = SyntheticSet(member => member["applications"]!["carriedOver"]!["total"] = 40);

            IEnumerable<string?> Pointers(string[] order) => Findings(order, Differs, Unconfirmed).Select(f => f.GetProperty("location").GetProperty("jsonPointer").GetString());

            Assert.Equal(Pointers(files), Pointers(files.Reverse().ToArray()));
            Assert.NotEmpty(Pointers(files));
        }

        [Fact]
        public void The_rules_left_out_of_the_set_report_nothing()
        {
            string[] files = SyntheticSet(member => member["applications"]!["carriedOver"]!["total"] = 40);

            Assert.Empty(Findings(files, RuleSet.Standard.Without(Differs).Without(Unconfirmed), Differs, Unconfirmed));
        }

        [Fact]
        public async Task The_review_sheet_counts_the_warning_in_the_summarys_row()
        {
            string[] files = SyntheticSet(member => member["applications"]!["carriedOver"]!["total"] = 40);
            var sheet = new ReviewSheet();

            await new ValidationRun().RunAsync(files.Select(f => ValidationSource.FromFile(f)).ToArray(), sheet);

            ReviewSheetRow summary = sheet.Rows.Single(r => r.File == files[0]);
            Assert.Contains(summary.MostSerious, f => f.RuleId == Differs);
        }

        [Theory]
        [InlineData(ReportFormat.Text, "== 汇总报告与所属机关报告")]
        [InlineData(ReportFormat.Text, "之和为 120")]
        [InlineData(ReportFormat.Html, "之和为 120")]
        public void The_text_and_html_reports_show_the_batch_findings(ReportFormat format, string expected)
        {
            string[] files = SyntheticSet(member => member["applications"]!["carriedOver"]!["total"] = 40);

            string report = ReportRuns.Report(format, files.Select(f => ValidationSource.FromFile(f)).ToArray(), RuleSet.Standard);

            Assert.Contains(expected, report, StringComparison.Ordinal);
            Assert.Contains("summary.json", report, StringComparison.Ordinal);
        }

        [Fact]
        public void The_sarif_report_has_a_result_at_the_summarys_cell()
        {
            string[] files = SyntheticSet(member => member["applications"]!["carriedOver"]!["total"] = 40);

            string report = ReportRuns.Report(ReportFormat.Sarif, files.Select(f => ValidationSource.FromFile(f)).ToArray(), RuleSet.Standard);

            JsonElement result = JsonDocument.Parse(report).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == Differs);
            Assert.Contains("summary.json", result.GetProperty("locations")[0].GetRawText(), StringComparison.Ordinal);
        }

        private static AnnualReport Read(string name) =>
            CanonicalJson.Deserialize<AnnualReport>(File.ReadAllText(Path.Combine(Corpus, name)));

        /// <summary>
        /// SYNTHETIC: the published 淮安市 2024 report with <see cref="Summarises"/> added, and three members whose cells of
        /// tables 三 and 四 split its cells (a third each, the rest to the last), each changed by <paramref name="change"/>.
        /// The summary is the first file.
        /// </summary>
        private string[] SyntheticSet(Action<JsonNode> change)
        {
            JsonNode summary = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "huaian-city-2024.json")))!;
            summary["overallSituation"] = Summarises + summary["overallSituation"]!.GetValue<string>();
            var files = new List<string> { Write(summary, "summary.json") };
            for (int i = 0; i < MemberNames.Length; i++)
            {
                JsonNode member = summary.DeepClone();
                member["agencyName"] = MemberNames[i];
                member["agencyKind"] = i == 2 ? "countyGovernment" : "governmentDepartment";
                member["overallSituation"] = "（合成的所属机关报告，仅供测试。）";
                foreach (string table in new[] { "applications", "reviewAndLitigation" })
                {
                    Split(member[table]!, i);
                }

                change(member);
                files.Add(Write(member, "member-" + i + ".json"));
            }

            return files.ToArray();
        }

        private static void Split(JsonNode node, int share)
        {
            foreach (KeyValuePair<string, JsonNode?> child in node.AsObject().ToList())
            {
                if (child.Value is JsonObject)
                {
                    Split(child.Value, share);
                }
                else if (child.Value is JsonValue value && value.TryGetValue(out int n))
                {
                    node[child.Key] = share < 2 ? n / 3 : n - (2 * (n / 3));
                }
            }
        }

        private string Write(JsonNode node, string name)
        {
            string path = Path.Combine(Folder, name);
            File.WriteAllText(path, node.ToJsonString());
            return path;
        }
    }
}
