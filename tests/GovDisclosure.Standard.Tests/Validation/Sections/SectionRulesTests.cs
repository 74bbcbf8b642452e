using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Tests.RealDocuments;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Sections
{
    /// <summary>GD-AR-013 (section 五 or 六 says nothing) and GD-AR-014 (section 六 says no fee while the text states one).</summary>
    public class SectionRulesTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        private const string Problems = "一是政策解读形式较为单一，图表、视频等解读偏少；二是依申请公开答复的规范性有待提高。下一步将丰富解读形式，加强答复文书审核。";

        [Theory]
        [InlineData("无")]
        [InlineData("暂无。")]
        [InlineData("无其他需要报告的事项。")]
        [InlineData("本年度无其他需要报告的事项")]
        public void Section_five_that_reads_only_a_placeholder_is_a_warning(string text)
        {
            Finding finding = Assert.Single(Validate(2023, problems: text, other: "本机关2023年度未收取政府信息公开信息处理费，无其他需要报告的事项，将继续做好政务公开工作。"), f => f.RuleId == "GD-AR-013");

            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Equal("/problemsAndImprovements", finding.Location.JsonPointer);
            Assert.Equal("placeholder", finding.MessageId);
        }

        [Fact]
        public void Section_five_shorter_than_thirty_chinese_characters_is_a_warning_that_counts_them()
        {
            Finding finding = Assert.Single(Validate(2023, problems: "公开内容还不够全面，下一步将加强。", other: null), f => f.RuleId == "GD-AR-013");

            Assert.Equal("short", finding.MessageId);
            Assert.Contains("15 个汉字", finding.Message.Chinese, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Section_five_of_thirty_characters_or_more_passes()
        {
            Assert.DoesNotContain(Validate(2023, problems: Problems, other: null), f => f.RuleId == "GD-AR-013");
        }

        [Fact]
        public void Section_six_that_reads_wu_is_a_warning_from_the_2021_report_on_and_accepted_before()
        {
            Assert.Contains(Validate(2021, problems: Problems, other: "无。"), f => f.RuleId == "GD-AR-013" && f.Location.JsonPointer == "/otherMatters");
            Assert.DoesNotContain(Validate(2020, problems: Problems, other: "无。"), f => f.RuleId == "GD-AR-013");
        }

        [Fact]
        public void The_published_reports_of_the_corpus_get_no_section_warning()
        {
            foreach (string slug in new[] { "shanghai-municipal-government-office-2019", "huaian-city-2024" })
            {
                RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(PublishedReportPageTests.PagePath(slug)).ToRecord());
                Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-AR-013" || f.RuleId == "GD-AR-014");
            }
        }

        [Fact]
        public void Section_six_saying_no_fee_while_section_one_states_a_fee_is_a_conflict_with_both_places()
        {
            IReadOnlyList<Finding> findings = Validate(
                2023,
                problems: Problems,
                other: "本年度未收取政府信息公开信息处理费。本机关认真落实政务公开工作要点，各项任务均已完成。",
                overall: "全年共收到政府信息公开申请170件，依法向3名申请人收取信息处理费共计1200元。");

            Finding finding = Assert.Single(findings, f => f.RuleId == "GD-AR-014");
            Assert.Equal("/otherMatters", finding.Location.JsonPointer);
            Assert.Equal("/overallSituation", Assert.Single(finding.RelatedLocations).JsonPointer);
            Assert.Contains("1200元", finding.Message.Chinese, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("本年度收取政府信息公开信息处理费3940元。")]
        [InlineData("本年度未收取政府信息公开信息处理费。")]
        [InlineData("本年度未收取复印费。依法收取信息处理费200元。")]
        [InlineData("本年度收取信息处理费0元，无其他需要报告的事项，本机关将继续做好政务公开工作。")]
        public void Section_six_that_states_its_fees_consistently_is_left_alone(string other)
        {
            Assert.DoesNotContain(Validate(2023, problems: Problems, other: other, overall: "全年共收到政府信息公开申请170件。"), f => f.RuleId == "GD-AR-014");
        }

        private static IReadOnlyList<Finding> Validate(int year, string? problems, string? other, string overall = "全年共收到政府信息公开申请170件。")
        {
            var members = new List<string>
            {
                "\"year\": " + year,
                "\"format\": \"" + (year >= 2021 ? "format2021" : "format2019") + "\"",
                "\"agencyName\": \"某县人民政府\"",
                "\"overallSituation\": " + JsonSerializer.Serialize(overall),
            };
            if (problems != null)
            {
                members.Add("\"problemsAndImprovements\": " + JsonSerializer.Serialize(problems));
            }

            if (other != null)
            {
                members.Add("\"otherMatters\": " + JsonSerializer.Serialize(other));
            }

            return Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json("{ " + string.Join(", ", members) + " }")).Findings;
        }
    }
}
