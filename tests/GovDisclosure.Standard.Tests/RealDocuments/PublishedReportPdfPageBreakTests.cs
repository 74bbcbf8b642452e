using System.IO;
using System.Text.RegularExpressions;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// A published PDF prints its page numbers ("-1-", "-2-" …) under the text and breaks paragraphs across pages: the
    /// report's text keeps neither the page numbers nor the breaks (淮安市人民政府 2024 report, as published).
    /// </summary>
    public class PublishedReportPdfPageBreakTests
    {
        private static readonly string Pdf = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "pdfs", "huaian-city-2024.pdf");

        private static readonly Regex PrintedPageNumber = new Regex(@"(^|\n|[^\d])-\d{1,2}-($|\n|[^\d])");

        [Fact]
        public void Page_numbers_printed_under_the_text_are_not_part_of_any_section()
        {
            PublishedReport read = PublishedReportReader.Read(Pdf);

            foreach (string? text in new[] { read.Report.OverallSituation, read.Report.ProblemsAndImprovements, read.Report.OtherMatters })
            {
                Assert.NotNull(text);
                Assert.DoesNotMatch(PrintedPageNumber, text);
            }
        }

        [Fact]
        public void A_sentence_running_over_a_page_break_is_read_whole()
        {
            PublishedReport read = PublishedReportReader.Read(Pdf);

            // Page 5 ends with "…还有一些需要加强和改进的" and page 6 goes on with "地方。主要表现在：…".
            Assert.Contains("还有一些需要加强和改进的地方。", read.Report.ProblemsAndImprovements, System.StringComparison.Ordinal);
            Assert.Contains("将栏目不更新、政策解读不通俗易懂", read.Report.OverallSituation, System.StringComparison.Ordinal);
        }
    }
}
