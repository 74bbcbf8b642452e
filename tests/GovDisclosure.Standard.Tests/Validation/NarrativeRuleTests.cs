using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Tests.RealDocuments;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>GD-AR-012: the counts section 一 states, against tables 三 and 四.</summary>
    public class NarrativeRuleTests
    {
        private const string Rule = "GD-AR-012";

        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        private const string Table2021 = @"""applications"": {
            ""newlyReceived"": { ""naturalPerson"": 150, ""commercialEnterprise"": 20, ""total"": 170 },
            ""carriedOver"": { ""total"": 0 },
            ""outcomes"": {
              ""disclosed"": { ""naturalPerson"": 60, ""total"": 60 },
              ""partiallyDisclosed"": { ""naturalPerson"": 10, ""total"": 10 },
              ""withheld"": { ""stateSecret"": { ""total"": 0 } },
              ""unableToProvide"": { ""notHeld"": { ""naturalPerson"": 80, ""commercialEnterprise"": 20, ""total"": 100 } },
              ""notProcessed"": {},
              ""otherProcessing"": {},
              ""total"": { ""naturalPerson"": 150, ""commercialEnterprise"": 20, ""total"": 170 } },
            ""carriedForward"": { ""total"": 0 } },
          ""reviewAndLitigation"": {
            ""administrativeReconsideration"": { ""upheld"": 2, ""corrected"": 1, ""total"": 3 },
            ""litigationWithoutReconsideration"": { ""upheld"": 1, ""total"": 1 },
            ""litigationAfterReconsideration"": { ""total"": 0 } }";

        public static TheoryData<string> ConsistentSentences() => new TheoryData<string>
        {
            "全年共收到政府信息公开申请一百七十件。",
            "新收政府信息公开申请170件，同比增长12件，增幅7.6%。",
            "本年度受理政府信息公开申请共计170件，其中予以公开及部分公开70件，无法提供100件。",
            "予以公开60件，部分公开10件，行政诉讼1件，均获维持。",
            "2018年受理政府信息公开申请200件；上年受理申请200件。",
            "依申请公开办结率100%，受理申请约200余件。",
        };

        public static TheoryData<string, long, long> Contradictions() => new TheoryData<string, long, long>
        {
            { "全年共收到政府信息公开申请一百八十件。", 180, 170 },
            { "予以公开及部分公开60件。", 60, 70 },
            { "因本机关不掌握等原因无法提供九十件。", 90, 100 },
            { "办结政府信息公开申请0.02万件。", 200, 170 },
        };

        [Theory]
        [MemberData(nameof(ConsistentSentences))]
        public void A_sentence_that_agrees_with_the_tables_or_is_not_a_count_is_left_alone(string sentence)
        {
            Assert.DoesNotContain(Validate(sentence), f => f.RuleId == Rule);
        }

        [Theory]
        [MemberData(nameof(Contradictions))]
        public void A_count_that_contradicts_the_tables_is_one_warning_with_both_numbers_and_both_places(string sentence, long stated, long table)
        {
            Finding finding = Assert.Single(Validate(sentence), f => f.RuleId == Rule);

            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            Assert.Equal("/overallSituation", finding.Location.JsonPointer);
            Assert.Contains(stated + " 件", finding.Message.Chinese, StringComparison.Ordinal);
            Assert.Contains("表格为 " + table + " 件", finding.Message.Chinese, StringComparison.Ordinal);
            Assert.Equal(finding.Value, sentence.Substring(finding.SpanStart!.Value, finding.SpanLength!.Value));
            Assert.NotEmpty(finding.RelatedLocations);
            Assert.All(finding.RelatedLocations, l => Assert.StartsWith("/applications/", l.JsonPointer, StringComparison.Ordinal));
        }

        [Fact]
        public void All_upheld_is_a_contradiction_when_table_four_has_a_corrected_case()
        {
            Finding finding = Assert.Single(Validate("被申请行政复议3件，均被维持。"), f => f.RuleId == Rule);

            Assert.Contains("/reviewAndLitigation/administrativeReconsideration/corrected", finding.RelatedLocations.Select(l => l.JsonPointer));
            Assert.Contains("结果纠正 1", finding.Message.Chinese, StringComparison.Ordinal);
        }

        [Fact]
        public void Shanghai_2019_narrative_contradictions_are_found_with_the_sentence_and_the_cells()
        {
            IReadOnlyList<Finding> findings = ValidateFile(Path.Combine(AppContext.BaseDirectory, "RealDocuments", "annual-reports", "shanghai-municipal-government-office-2019.json"));

            AssertShanghai(findings.Where(f => f.RuleId == Rule).ToList(), pointer => pointer);
        }

        [Fact]
        public void Shanghai_2019_narrative_contradictions_on_the_page_name_the_table_rows_and_columns()
        {
            PublishedReport page = PublishedReportReader.Read(PublishedReportPageTests.PagePath("shanghai-municipal-government-office-2019"));
            List<Finding> findings = Validator.ValidateRecord(DocumentKind.AnnualReport, page.ToRecord()).Findings.Where(f => f.RuleId == Rule).ToList();

            AssertShanghai(findings, pointer => pointer);
            Finding disclosed = findings.Single(f => f.Value == "予以公开及部分公开258件");
            Assert.All(disclosed.RelatedLocations, l => Assert.Equal("表三", l.Table));
            Assert.Contains(disclosed.RelatedLocations, l => l.RowLabel!.Contains("予以公开", StringComparison.Ordinal) && l.ColumnLabel == "申请人情况 / 自然人");
            Assert.NotNull(disclosed.Location.ElementPath);
        }

        [Fact]
        public void No_other_report_of_the_corpus_has_a_narrative_contradiction()
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "RealDocuments", "annual-reports");
            var found = Directory.GetFiles(folder, "*.json")
                .Where(f => !f.EndsWith("shanghai-municipal-government-office-2019.json", StringComparison.Ordinal))
                .Where(f => !f.EndsWith("hongze-district-2024.json", StringComparison.Ordinal)) // its 受理17件 against 95 is asserted in AnnualReportCorpusTests
                .SelectMany(f => ValidateFile(f).Where(x => x.RuleId == Rule).Select(x => Path.GetFileName(f) + ": " + x.Message.Chinese))
                .ToList();

            Assert.Empty(found);
        }

        [Fact]
        public void Every_count_written_in_Chinese_numerals_reads_back()
        {
            Prop.ForAll(Gen.Choose(0, 99).ToArbitrary(), n => ChineseNumerals.TryParse(ChineseNumerals.Of(n), out long read) && read == n)
                .QuickCheckThrowOnFailure();
        }

        [Theory]
        [InlineData("一百七十", 170)]
        [InlineData("两千零三", 2003)]
        [InlineData("十二", 12)]
        [InlineData("三万五千", 35000)]
        [InlineData("1.2万", 12000)]
        [InlineData("１２３", 123)]
        [InlineData("1,234", 1234)]
        [InlineData("零", 0)]
        public void Counts_written_in_words_and_digits_are_read(string written, long expected)
        {
            Assert.True(ChineseNumerals.TryParse(written, out long read));
            Assert.Equal(expected, read);
        }

        private static void AssertShanghai(List<Finding> findings, Func<string, string> pointer)
        {
            Assert.Equal(3, findings.Count);
            Finding disclosed = findings.Single(f => f.Value == "予以公开及部分公开258件");
            Assert.Contains("表格为 275 件", disclosed.Message.Chinese, StringComparison.Ordinal);
            Assert.Contains(pointer("/applications/outcomes/partiallyDisclosed/naturalPerson"), disclosed.RelatedLocations.Select(l => l.JsonPointer));

            Finding unable = findings.Single(f => f.Value == "无法提供265件");
            Assert.Contains("表格为 337 件", unable.Message.Chinese, StringComparison.Ordinal);
            Assert.Contains(pointer("/applications/outcomes/unableToProvide/needsCreation/naturalPerson"), unable.RelatedLocations.Select(l => l.JsonPointer));

            Finding upheld = findings.Single(f => f.Value!.EndsWith("均获维持", StringComparison.Ordinal));
            Assert.Equal(
                new[] { "administrativeReconsideration/pending", "administrativeReconsideration/upheld", "litigationWithoutReconsideration/pending", "litigationWithoutReconsideration/upheld" },
                upheld.RelatedLocations.Select(l => l.JsonPointer.Replace("/reviewAndLitigation/", string.Empty, StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(findings, f => Assert.Equal("/overallSituation", f.Location.JsonPointer));
        }

        private static IReadOnlyList<Finding> Validate(string sentence) =>
            Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(
                "{ \"year\": 2023, \"format\": \"format2021\", \"agencyName\": \"某县人民政府\", \"overallSituation\": "
                + System.Text.Json.JsonSerializer.Serialize(sentence) + ", " + Table2021 + " }")).Findings;

        private static IReadOnlyList<Finding> ValidateFile(string path) =>
            Validator.ValidateRecord(DocumentKind.AnnualReport, Records.Json(File.ReadAllText(path))).Findings;
    }
}
