using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation.AnnualReports.Sections;

namespace GovDisclosure.Standard.Tests.Validation.Sections
{
    /// <summary>
    /// What a batch keeps of sections 一 and 五 of each annual report until its end (GD-AR-017 across years): the text
    /// compressed, given back exactly, in well under the string's own two bytes a character. Structural, never timings.
    /// </summary>
    public class CompressedTextTests
    {
        private static readonly string Pages = RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "pages");

        static CompressedTextTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        [Property]
        public bool Any_text_comes_back_code_unit_for_code_unit(NonNull<string> text) =>
            CompressedText.Of(text.Get)!.Text() == text.Get;

        [Fact]
        public void A_byte_order_mark_lone_surrogates_and_the_empty_text_come_back_as_written()
        {
            foreach (string text in new[] { string.Empty, "\uFEFF一、总体情况", "半个\uD800代理对\uDC00", "\u0000" })
            {
                Assert.Equal(text, CompressedText.Of(text)!.Text());
            }

            Assert.Null(CompressedText.Of(null));
        }

        [Theory]
        [InlineData("huaian-city-2024.html")]
        [InlineData("shanghai-municipal-government-office-2019.html")]
        public void The_two_sections_of_a_published_report_are_kept_in_at_most_four_fifths_of_their_strings_bytes(string page)
        {
            PublishedReport read = PublishedReportReader.Read(Path.Combine(Pages, page));

            int characters = 0;
            int kept = 0;
            foreach (string? section in new[] { read.Report.OverallSituation, read.Report.ProblemsAndImprovements })
            {
                Assert.NotNull(section);
                CompressedText compressed = CompressedText.Of(section)!;
                Assert.Equal(section, compressed.Text());
                Assert.True(compressed.Length < section!.Length * 2, $"{compressed.Length} bytes kept for {section.Length} characters");
                characters += section.Length;
                kept += compressed.Length;
            }

            Assert.True(kept * 5 <= characters * 2 * 4, $"{kept} bytes kept for {characters} characters");
        }
    }
}
