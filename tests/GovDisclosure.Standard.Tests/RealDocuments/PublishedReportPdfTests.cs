using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;

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
            // The Shanghai page printed to PDF with table 四's value line cut off: 二 and 三 are read, 四 is not.
            PublishedReport whole = PublishedReportReader.Read(PdfPath("shanghai-municipal-government-office-2019"));
            Assert.DoesNotContain(whole.Notes, n => n.Kind == ReadingNoteKind.TableNotRead);
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
