using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// Tables 二, 三 and 四 read from a PDF's text positions: the rebuilt pages printed by headless Chromium (2019 and
    /// 2021 forms) give every cell of their transcription; the PDF the 淮安市人民政府 published (typeset by WPS, table 三
    /// across two pages, labels wrapped and written down the side) gives the numbers it prints.
    /// </summary>
    public class PublishedReportPdfTableTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        private static readonly string[] TableMembers = { "/proactiveDisclosure2019", "/proactiveDisclosure2021", "/applications", "/reviewAndLitigation" };

        [Theory]
        [InlineData("pages/shanghai-municipal-government-office-2019.pdf", "shanghai-municipal-government-office-2019")]
        [InlineData("pages/huaian-city-2024.pdf", "huaian-city-2024")]
        [InlineData("pages/pingtan-experimental-zone-2019.pdf", "pingtan-experimental-zone-2019")]
        [InlineData("pdfs/huaian-city-2024.pdf", "huaian-city-2024")]
        public void Every_cell_of_the_tables_read_from_the_pdf_equals_the_transcription(string pdf, string slug)
        {
            PublishedReport read = PublishedReportReader.Read(PdfPath(pdf));

            Assert.Equal(Tables(JsonNode.Parse(File.ReadAllText(PublishedReportPageTests.TranscriptionPath(slug)))!), Tables(JsonNode.Parse(read.Content.GetRawText())!));
            Assert.DoesNotContain(read.Notes, n => n.Kind != ReadingNoteKind.AgencyKindInferred);
        }

        [Fact]
        public void The_published_Huaian_pdf_gives_the_numbers_it_prints()
        {
            // Written from the PDF itself (szfgs2024.pdf, pages 3 and 4): table 二 规章 1/0/11, 行政规范性文件 8/26/66,
            // 行政许可 447228, 行政处罚 3985758, 行政强制 88283, 收费 96171.6 万元; table 三 本年新收 3001 53 0 0 61 4 3119,
            // （二）部分公开 447 7 0 0 0 0 454, 1.本机关不掌握 746 12 0 0 10 1 769 (its group's heading split over the page
            // break), 1、…逾期不补正 67 3 0 0 1 0 71, 3、其他 108 2 0 0 0 0 110, 四、结转下年度 103 … 103;
            // table 四 复议 72 64 178 37 351, 未经复议起诉 13 4 8 1 26, 复议后起诉 12 1 1 6 20.
            var report = PublishedReportReader.Read(PdfPath("pdfs/huaian-city-2024.pdf")).Report;

            var table2 = report.ProactiveDisclosure2021!;
            Assert.Equal((1, 0, 11), (table2.Rules!.Issued, table2.Rules.Repealed, table2.Rules.InForce));
            Assert.Equal((8, 26, 66), (table2.NormativeDocuments!.Issued, table2.NormativeDocuments.Repealed, table2.NormativeDocuments.InForce));
            Assert.Equal((447228, 3985758, 88283), (table2.LicensingDecisions, table2.PenaltyDecisions, table2.CompulsionDecisions));
            Assert.Equal(96171.6m, table2.FeeAmountTenThousandYuan);

            var table3 = report.Applications!;
            Assert.Equal(new int?[] { 3001, 53, 0, 0, 61, 4, 3119 }, Row(table3.NewlyReceived!));
            Assert.Equal(new int?[] { 447, 7, 0, 0, 0, 0, 454 }, Row(table3.Outcomes!.PartiallyDisclosed!));
            Assert.Equal(new int?[] { 746, 12, 0, 0, 10, 1, 769 }, Row(table3.Outcomes.UnableToProvide!.NotHeld!));
            Assert.Equal(new int?[] { 67, 3, 0, 0, 1, 0, 71 }, Row(table3.Outcomes.OtherProcessing!.OverdueCorrection!));
            Assert.Equal(new int?[] { 108, 2, 0, 0, 0, 0, 110 }, Row(table3.Outcomes.OtherProcessing.Other!));
            Assert.Equal(new int?[] { 103, 0, 0, 0, 0, 0, 103 }, Row(table3.CarriedForward!));

            var table4 = report.ReviewAndLitigation!;
            Assert.Equal(new int?[] { 72, 64, 178, 37, 351 }, Results(table4.AdministrativeReconsideration!));
            Assert.Equal(new int?[] { 13, 4, 8, 1, 26 }, Results(table4.LitigationWithoutReconsideration!));
            Assert.Equal(new int?[] { 12, 1, 1, 6, 20 }, Results(table4.LitigationAfterReconsideration!));
        }

        [Theory]
        [InlineData("hongze-district-2023")]
        [InlineData("hongze-district-2024")]
        public void The_published_Hongze_pdfs_give_every_cell_of_their_transcription_table_four_included(string slug)
        {
            // Table 四's headings are set close together (结果 其他 over two columns, one run of text); table 三 prints
            // “2.其他法律行政止公开” (sic) under （三）不予公开 and one row under （六）其他处理.
            PublishedReport read = PublishedReportReader.Read(PdfPath("pdfs/" + slug + ".pdf"));

            Assert.Equal(Tables(JsonNode.Parse(File.ReadAllText(PublishedReportPageTests.TranscriptionPath(slug)))!), Tables(JsonNode.Parse(read.Content.GetRawText())!));
            Assert.DoesNotContain(read.Notes, n => n.Kind == ReadingNoteKind.TableNotRead || n.Kind == ReadingNoteKind.RepeatedRow);
            ReadingNote misprint = Assert.Single(read.Notes, n => n.Kind == ReadingNoteKind.ExtraRow);
            Assert.Equal("2.其他法律行政止公开", misprint.Location.RowLabel);
            Assert.Equal("（三）不予公开 / 2.其他法律行政法规禁止公开", misprint.Expected);
            Assert.Equal(
                new[] { "（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
                read.Notes.Where(n => n.Kind == ReadingNoteKind.MissingRow).Select(n => n.Location.RowLabel));
        }

        [Fact]
        public void The_published_Hongze_2023_pdf_gives_table_four_as_printed_with_its_totals_of_0()
        {
            // Written from the PDF itself (page 4): 行政复议 10 1 0 0 0, 未经复议直接起诉 0 0 0 0 0, 复议后起诉 5 0 0 0 0.
            var table4 = PublishedReportReader.Read(PdfPath("pdfs/hongze-district-2023.pdf")).Report.ReviewAndLitigation!;

            Assert.Equal(new int?[] { 10, 1, 0, 0, 0 }, Results(table4.AdministrativeReconsideration!));
            Assert.Equal(new int?[] { 0, 0, 0, 0, 0 }, Results(table4.LitigationWithoutReconsideration!));
            Assert.Equal(new int?[] { 5, 0, 0, 0, 0 }, Results(table4.LitigationAfterReconsideration!));
        }

        [Fact]
        public void The_misprinted_label_is_one_warning_naming_the_row_it_is_read_as_and_no_row_is_reported_repeated()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(PdfPath("pdfs/hongze-district-2024.pdf")).ToRecord());

            Finding misprint = Assert.Single(result.Findings, f => f.RuleId == "GD-PUB-001");
            Assert.Equal(FindingSeverity.Warning, misprint.Severity);
            Assert.Contains("按最接近的格式行“（三）不予公开 / 2.其他法律行政法规禁止公开”读取", misprint.Message.Chinese, StringComparison.Ordinal);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GD-PUB-006");
            Assert.DoesNotContain(result.Findings, f => f.Location.RowLabel == "（三）不予公开 / 2.其他法律行政法规禁止公开");
        }

        [Fact]
        public void A_published_pdf_whose_tables_agree_gets_no_finding_of_its_tables()
        {
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(PdfPath("pdfs/huaian-city-2024.pdf")).ToRecord());

            Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
            Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("GD-PUB", StringComparison.Ordinal));
        }

        [Fact]
        public void A_cell_read_from_a_pdf_is_located_by_table_row_column_page_and_line()
        {
            PublishedReport read = PublishedReportReader.Read(PdfPath("pdfs/huaian-city-2024.pdf"));

            SourceLocation where = read.Locations["/applications/outcomes/unableToProvide/notHeld/total"];
            Assert.Equal("表三", where.Table);
            // The group's heading is split by the page break (（四）无 | 法提供); the item's words name the group.
            Assert.Equal("（四）无法提供 / 1.本机关不掌握相关政府信息", where.RowLabel);
            Assert.Contains("总计", where.ColumnLabel, StringComparison.Ordinal);
            Assert.Equal(4, where.Page);
            Assert.NotNull(where.Line);
            Assert.Null(where.ElementPath);
        }

        private static int?[] Row(GovDisclosure.Standard.AnnualReports.ApplicantCounts row) =>
            new[] { row.NaturalPerson, row.CommercialEnterprise, row.ResearchInstitution, row.PublicInterestOrganisation, row.LegalServiceAgency, row.OtherOrganisation, row.Total };

        private static int?[] Results(GovDisclosure.Standard.AnnualReports.RemedyOutcomeCounts row) =>
            new[] { row.Upheld, row.Corrected, row.Other, row.Pending, row.Total };

        private static string[] Tables(JsonNode report) =>
            PublishedReportPageTests.Leaves(report).Where(l => TableMembers.Any(m => l.StartsWith(m, StringComparison.Ordinal))).ToArray();

        internal static string PdfPath(string relative) => Path.Combine(AppContext.BaseDirectory, "RealDocuments", "annual-reports", relative);
    }
}
