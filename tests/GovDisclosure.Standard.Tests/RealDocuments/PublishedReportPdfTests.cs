using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// Published reports as PDFs: the rebuilt pages printed by headless Chromium (make-pdfs.sh beside them) are read
    /// from their text layer — title, date, sections; a PDF without a text layer
    /// is refused as unreadable; bytes that only claim to be a PDF are refused with a message.
    /// </summary>
    public class PublishedReportPdfTests
    {
        private static readonly DisclosureValidator Validator = new DisclosureValidator(RuleSet.Standard);

        [Theory]
        [InlineData("shanghai-municipal-government-office-2019")]
        [InlineData("huaian-city-2024")]
        [InlineData("pingtan-experimental-zone-2019")]
        public void The_header_and_sections_read_from_the_pdf_equal_those_of_the_page(string slug)
        {
            PublishedReport fromPage = PublishedReportReader.Read(PublishedReportPageTests.PagePath(slug));
            PublishedReport fromPdf = PublishedReportReader.Read(PdfPath(slug));

            Assert.Equal(fromPage.Report.Year, fromPdf.Report.Year);
            Assert.Equal(fromPage.Report.AgencyName, fromPdf.Report.AgencyName);
            Assert.Equal(fromPage.Report.AgencyKind, fromPdf.Report.AgencyKind);
            Assert.Equal(fromPage.Report.PublishedOn, fromPdf.Report.PublishedOn);
            Assert.Equal(Compact(fromPage.Report.OverallSituation), Compact(fromPdf.Report.OverallSituation));
            Assert.Equal(Compact(fromPage.Report.ProblemsAndImprovements), Compact(fromPdf.Report.ProblemsAndImprovements));
            Assert.Equal(Compact(fromPage.Report.OtherMatters), Compact(fromPdf.Report.OtherMatters));
        }

        [Fact]
        public void A_table_that_cannot_be_recovered_is_reported_once_as_not_read_and_not_as_missing()
        {
            // The Huaian page printed with table 四's result headings (结果维持 … 总计) left blank: its values cannot be told apart.
            RecordValidation result = Validator.ValidateRecord(DocumentKind.AnnualReport, PublishedReportReader.Read(PdfPath("huaian-city-2024.table4-unlabelled")).ToRecord());

            Assert.Equal("表四", Assert.Single(result.Findings, f => f.RuleId == "GD-PUB-006").Location.Table);
            Assert.DoesNotContain(result.Findings, f => (f.RuleId == "GD-AR-001" || f.RuleId == "GD-AR-007") && f.Location.JsonPointer.StartsWith("/reviewAndLitigation", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
            Assert.Equal(3119, PublishedReportReader.Read(PdfPath("huaian-city-2024.table4-unlabelled")).Report.Applications!.NewlyReceived!.Total);
        }

        [Fact]
        public void A_pdf_whose_fonts_lack_their_ToUnicode_maps_is_refused_as_not_decoding_to_chinese()
        {
            // The Huaian PDF with each font's /ToUnicode entry renamed (same length, so every offset still holds).
            byte[] pdf = File.ReadAllBytes(PdfPath("huaian-city-2024"));
            byte[] stripped = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(pdf).Replace("/ToUnicode", "/ToUnicodX", StringComparison.Ordinal));

            InputException refused = Assert.Throws<InputException>(() => PublishedReportReader.Read(stripped, "no-tounicode.pdf"));

            Assert.Contains("不能解码为中文", refused.Text.Chinese, StringComparison.Ordinal);
            Assert.Contains("ToUnicode", refused.Text.English, StringComparison.Ordinal);
            Assert.Equal("no-tounicode.pdf", refused.Location.File);
        }

        [Fact]
        public void A_pdf_of_more_pages_than_the_bound_is_refused_before_its_pages_are_read()
        {
            var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
            for (int i = 0; i <= GovDisclosure.Standard.Input.AnnualReports.PdfParagraphs.MaxPages; i++)
            {
                builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            }

            InputException refused = Assert.Throws<InputException>(() => PublishedReportReader.Read(builder.Build(), "long.pdf"));

            Assert.Contains("超过 300 页", refused.Text.Chinese, StringComparison.Ordinal);
        }

        [Fact]
        public void A_pdf_larger_than_the_bound_is_refused_before_it_is_parsed()
        {
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-" + Guid.NewGuid().ToString("N") + ".pdf");
            try
            {
                using (FileStream file = File.Create(path))
                {
                    file.Write(Encoding.ASCII.GetBytes("%PDF-1.7\n"));
                    file.SetLength(PublishedReportReader.MaxPageBytes + 1);
                }

                InputException refused = Assert.Throws<InputException>(() => PublishedReportReader.Read(path));

                Assert.Contains("16 MiB", refused.Text.English, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_section_read_from_a_pdf_is_located_on_its_page()
        {
            PublishedReport read = PublishedReportReader.Read(PdfPath("shanghai-municipal-government-office-2019"));

            SourceLocation where = read.Locations["/otherMatters"];
            Assert.True(where.Page > 1, where.ToString());
            Assert.Null(where.ElementPath);
            Assert.Equal("六、其他需要报告的事项", where.RowLabel);
        }

        [Fact]
        public void A_pdf_without_a_text_layer_is_refused_as_unreadable()
        {
            InputException refused = Assert.Throws<InputException>(() => PublishedReportReader.Read(PdfPath("shanghai-municipal-government-office-2019.scan")));

            Assert.Contains("没有文字层", refused.Text.Chinese, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("%PDF-1.7\n")]
        [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
        public void Bytes_that_only_claim_to_be_a_pdf_are_refused_with_a_message(string content)
        {
            Assert.Throws<InputException>(() => PublishedReportReader.Read(Encoding.ASCII.GetBytes(content), "broken.pdf"));
        }

        [Fact]
        public void A_pdf_in_a_folder_is_read_as_an_annual_report_record()
        {
            SourceInput input = SourceInput.Open(PdfPath("huaian-city-2024"));

            Assert.Equal(InputFormat.Pdf, input.Format);
            SourceRecord record = Assert.Single(input.Records());
            Assert.False(record.IsUnreadable);
        }

        private static string PdfPath(string slug) => Path.ChangeExtension(PublishedReportPageTests.PagePath(slug), ".pdf");

        private static string Compact(string? text) => new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
