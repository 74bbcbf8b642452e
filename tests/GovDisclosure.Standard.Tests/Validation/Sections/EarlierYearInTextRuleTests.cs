using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Sections
{
    /// <summary>
    /// GD-AR-016: section 一 opening a sentence with an earlier year. Checked on the real 洪泽区 2024 report, as published
    /// (no finding) and with one sentence given last year's year (a finding).
    /// </summary>
    public class EarlierYearInTextRuleTests
    {
        private const string RuleId = "GD-AR-016";

        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        private static readonly string Corpus = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports");

        [Theory]
        [InlineData("2024年，淮安市洪泽区人民政府坚持", "2023年，淮安市洪泽区人民政府坚持")]
        [InlineData("2024年，我区在政府网站平台", "2023年，我区在政府网站平台")]
        [InlineData("2024年，我区在政府网站平台", "2023年全年，我区在政府网站平台")]
        [InlineData("2024年，区政府办代表区政府", "2023年度，区政府办代表区政府")]
        public void A_sentence_of_section_one_opening_with_last_year_is_a_warning(string published, string carriedOver)
        {
            Finding finding = Assert.Single(Validate(published, carriedOver), f => f.RuleId == RuleId);

            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Equal("/overallSituation", finding.Location.JsonPointer);
            Assert.Contains("以“2023年”起句", finding.Message.Chinese, StringComparison.Ordinal);
            Assert.Contains("2024 年度报告", finding.Message.Chinese, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("2024年，我区在政府网站平台", "2023年以来，我区在政府网站平台")]
        [InlineData("主动发布各类政府信息2428条", "主动发布各类政府信息2428条，较2023年增长")]
        [InlineData("2024年，我区在政府网站平台", "2025年，我区将在政府网站平台")]
        public void A_year_inside_a_sentence_since_a_year_or_a_later_year_is_not_reported(string published, string changed)
        {
            Assert.DoesNotContain(Validate(published, changed), f => f.RuleId == RuleId);
        }

        [Fact]
        public void No_published_report_of_the_corpus_gets_it()
        {
            foreach (string file in Directory.GetFiles(Corpus, "*.json"))
            {
                RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(File.ReadAllText(file)));
                Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleId);
            }
        }

        [Theory]
        [InlineData("hongze-district-2023.pdf")]
        [InlineData("hongze-district-2024.pdf")]
        [InlineData("huaian-city-2024.pdf")]
        public void No_published_pdf_gets_it(string file)
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(Path.Combine(Corpus, "pdfs", file)).ToRecord());

            Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleId);
        }

        private static System.Collections.Generic.IReadOnlyList<Finding> Validate(string published, string changed)
        {
            JsonNode report = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, "hongze-district-2024.json")))!;
            string text = report["overallSituation"]!.GetValue<string>();
            Assert.Contains(published, text, StringComparison.Ordinal);
            report["overallSituation"] = text.Replace(published, changed, StringComparison.Ordinal);
            return Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(report.ToJsonString())).Findings;
        }
    }
}
