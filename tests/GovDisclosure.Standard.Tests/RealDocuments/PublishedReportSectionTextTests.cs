using System;
using System.IO;
using System.Text;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.RealDocuments
{
    /// <summary>
    /// Sections 二, 三 and 四 keep the text the report writes besides their tables, as 一, 五 and 六 keep theirs; a table's
    /// own lines (its header and rows in a PDF's text layer) are never that text.
    /// </summary>
    public class PublishedReportSectionTextTests
    {
        private static readonly string Pages = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "pages");

        static PublishedReportSectionTextTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        [Fact]
        public void Text_written_above_and_below_the_table_of_section_2_of_a_page_is_that_sections_text()
        {
            // The Huaian 2024 page with a sentence above table 二 and a note below it, added for the test (the page as published has none).
            Encoding gbk = Encoding.GetEncoding("gb18030");
            string page = gbk.GetString(File.ReadAllBytes(Path.Combine(Pages, "huaian-city-2024.html")));
            int heading = page.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
            int table = page.IndexOf("<table", heading, StringComparison.Ordinal);
            int three = page.IndexOf("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal);
            int below = page.LastIndexOf("</table>", three, StringComparison.Ordinal) + "</table>".Length;
            page = page.Substring(0, table) + "<p>本年度主动公开情况如下表。</p>" + page.Substring(table, below - table) + "<p>注：行政许可含各县区数据。</p>" + page.Substring(below);

            PublishedReport read = PublishedReportReader.Read(gbk.GetBytes(page), "huaian-city-2024.html");

            Assert.Equal("本年度主动公开情况如下表。\n\n注：行政许可含各县区数据。", read.Report.ProactiveDisclosureText);
            Assert.Null(read.Report.ApplicationsText);
            Assert.NotNull(read.Report.ProactiveDisclosure2021);
        }

        [Theory]
        [InlineData("huaian-city-2024.pdf")]
        [InlineData("shanghai-municipal-government-office-2019.pdf")]
        [InlineData("huaian-city-2024.table4-unlabelled.pdf")]
        public void A_pdf_whose_sections_2_to_4_hold_only_their_tables_keeps_no_text_for_them(string pdf)
        {
            PublishedReport read = PublishedReportReader.Read(Path.Combine(Pages, pdf));

            Assert.Null(read.Report.ProactiveDisclosureText);
            Assert.Null(read.Report.ApplicationsText);
            Assert.Null(read.Report.ReviewAndLitigationText);
            Assert.NotNull(read.Report.OverallSituation);
        }
    }
}
