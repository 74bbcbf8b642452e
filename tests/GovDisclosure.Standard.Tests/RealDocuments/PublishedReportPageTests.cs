using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.AnnualReports;
using GovDisclosure.Standard.Tests.Validation;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// The real reports of the corpus rebuilt as published pages (tests/RealDocuments/annual-reports/pages):
    /// reading each page gives every cell and section of the transcription, and the same verdict.
    /// </summary>
    public class PublishedReportPageTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        public static TheoryData<string> Pages() => new TheoryData<string>
        {
            "shanghai-municipal-government-office-2019",
            "huaian-city-2024",
            "pingtan-experimental-zone-2019",
            "hongze-district-2023",
            "hongze-district-2024",
        };

        [Theory]
        [MemberData(nameof(Pages))]
        public void Every_cell_and_section_read_from_the_page_equals_the_transcription(string slug)
        {
            PublishedReport page = PublishedReportReader.Read(PagePath(slug));
            JsonNode expected = JsonNode.Parse(File.ReadAllText(TranscriptionPath(slug)))!;
            JsonNode read = JsonNode.Parse(page.Content.GetRawText())!;

            Assert.Equal(Leaves(expected), Leaves(read));
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public void The_page_gets_the_verdict_of_its_transcription(string slug)
        {
            RecordValidation fromPage = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(PagePath(slug)).ToRecord());
            RecordValidation fromJson = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(File.ReadAllText(TranscriptionPath(slug))));

            // What the reading says of the page itself (GD-PUB: a row the form has and the page does not print) has no
            // counterpart in the JSON; the two 洪泽区 pages have such rows and a test of their own.
            Assert.Equal(Verdict(fromJson.Findings), Verdict(fromPage.Findings.Where(f => !f.RuleId.StartsWith("GD-PUB-", StringComparison.Ordinal))));
        }

        [Theory]
        [InlineData("hongze-district-2023")]
        [InlineData("hongze-district-2024")]
        public void A_2021_form_page_that_prints_the_2019_forms_one_row_of_other_processing_reads_it_as_3_other_and_names_the_two_rows_it_lacks(string slug)
        {
            PublishedReport page = PublishedReportReader.Read(PagePath(slug));
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, page.ToRecord());

            Assert.Equal(0, page.Report.Applications!.Outcomes!.OtherProcessing!.Other!.Total);
            Assert.Equal(
                new[] { "（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
                result.Findings.Where(f => f.RuleId == "GD-PUB-002").Select(f => f.Location.RowLabel).ToArray());
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-PUB-001");
        }

        [Fact]
        public void A_space_typed_between_two_Chinese_characters_is_kept_and_a_line_break_between_them_is_not()
        {
            PublishedReport page = PublishedReportReader.Read(PagePath("pingtan-experimental-zone-2019"));

            Assert.Contains("《2019年春季学校食堂“双随机、一公开” 抽查工作实施方案》", page.Report.OverallSituation, StringComparison.Ordinal);
            Assert.Equal("申请人情况", PublishedText.Tidy("申请人\n  情况"));
            Assert.Equal("申请人 情况", PublishedText.Tidy("申请人 情况"));
        }

        [Fact]
        public void The_Huaian_page_in_GBK_with_a_gb2312_meta_tag_and_nested_tables_is_read()
        {
            PublishedReport page = PublishedReportReader.Read(PagePath("huaian-city-2024"));

            Assert.Equal(54936, page.Encoding.CodePage);
            Assert.Equal(3119, page.Report.Applications!.NewlyReceived!.Total);
            Assert.All(page.Notes, n => Assert.Equal(ReadingNoteKind.AgencyKindInferred, n.Kind));
        }

        [Fact]
        public void A_finding_on_the_page_names_the_table_the_row_label_the_column_label_and_the_element()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(PagePath("shanghai-municipal-government-office-2019")).ToRecord());

            SourceLocation where = result.Findings.Single(f => f.RuleId == "GD-AR-010").Location;
            Assert.Equal("表三", where.Table);
            Assert.Equal("三、本年度办理结果 / （七）总计", where.RowLabel);
            Assert.Equal("申请人情况 / 总计", where.ColumnLabel);
            Assert.Matches("table\\[2\\]/tbody/tr\\[25\\]/td\\[8\\]$", where.ElementPath);
            Assert.Equal("/applications/outcomes/total/total", where.JsonPointer);
        }

        [Fact]
        public void The_2019_procurement_amount_keeps_the_unit_the_page_writes()
        {
            PublishedReport page = PublishedReportReader.Read(PagePath("shanghai-municipal-government-office-2019"));

            Assert.Equal(251000m, page.Report.ProactiveDisclosure2019!.CentralisedProcurement!.TotalAmount!.Amount);
            Assert.Equal("元", page.Report.ProactiveDisclosure2019.CentralisedProcurement.TotalAmount.Unit);
        }

        [Fact]
        public void The_site_chrome_is_not_read_as_the_report()
        {
            PublishedReport page = PublishedReportReader.Read(PagePath("shanghai-municipal-government-office-2019"));

            Assert.Equal("无。", page.Report.OtherMatters);
            Assert.DoesNotContain("当前位置", page.Report.OverallSituation, StringComparison.Ordinal);
            Assert.Equal(new GovDisclosure.Standard.Calendar.CalendarDate(2020, 1, 31), page.Report.PublishedOn);
        }

        internal static string PagePath(string slug) => Path.Combine(AppContext.BaseDirectory, "RealDocuments", "annual-reports", "pages", slug + ".html");

        internal static string TranscriptionPath(string slug) => Path.Combine(AppContext.BaseDirectory, "RealDocuments", "annual-reports", slug + ".json");

        private static string[] Verdict(IEnumerable<Finding> findings) =>
            findings.Select(f => f.RuleId + " " + f.Severity + " " + f.Location.JsonPointer).OrderBy(s => s, StringComparer.Ordinal).ToArray();

        /// <summary>Every value with its pointer, so that a difference names the cell.</summary>
        internal static string[] Leaves(JsonNode node)
        {
            var leaves = new List<string>();
            void Walk(JsonNode? n, string pointer)
            {
                if (n is JsonObject o)
                {
                    leaves.Add(pointer + " {}");
                    foreach (KeyValuePair<string, JsonNode?> member in o)
                    {
                        Walk(member.Value, pointer + "/" + member.Key);
                    }
                }
                else
                {
                    leaves.Add(pointer + " = " + (n?.ToJsonString() ?? "null"));
                }
            }

            Walk(node, string.Empty);
            return leaves.OrderBy(s => s, StringComparer.Ordinal).ToArray();
        }
    }
}
