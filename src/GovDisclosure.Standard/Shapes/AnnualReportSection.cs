using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;

namespace GovDisclosure.Standard.Shapes
{
    /// <summary>
    /// A section of the annual report (一 … 六, the six parts Art. 50 of the Regulations asks of it, as 国办公开办函〔2019〕60号
    /// and 国办公开办函〔2021〕30号 head them): the field that holds its text and the words its heading is read by — the
    /// form's own and the variants real reports write (因政府信息公开工作被申请行政复议、提起行政诉讼情况).
    /// </summary>
    internal sealed class AnnualReportSection
    {
        /// <summary>The numerals of the sections, in order.</summary>
        public const string Numerals = "一二三四五六七八九";

        private AnnualReportSection(int number, FieldPath text, params string[] words)
        {
            Number = number;
            Text = text;
            Words = words;
        }

        /// <summary>The six sections of both formats.</summary>
        public static IReadOnlyList<AnnualReportSection> All { get; } = new[]
        {
            new AnnualReportSection(1, FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OverallSituation)), "总体情况", "概述", "基本情况"),
            new AnnualReportSection(2, FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProactiveDisclosureText)), "主动公开"),
            new AnnualReportSection(3, FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ApplicationsText)), "收到和处理", "依申请", "公开申请"),
            new AnnualReportSection(4, FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ReviewAndLitigationText)), "行政复议", "行政诉讼"),
            new AnnualReportSection(5, FieldPaths.Of<AnnualReport>(nameof(AnnualReport.ProblemsAndImprovements)), "存在的主要问题", "主要问题", "问题及改进", "问题和改进"),
            new AnnualReportSection(6, FieldPaths.Of<AnnualReport>(nameof(AnnualReport.OtherMatters)), "其他需要报告", "其他需报告"),
        };

        /// <summary>The section's number, 1 to 6.</summary>
        public int Number { get; }

        /// <summary>The section's numeral as the form writes it (一 … 六).</summary>
        public string Numeral => Numerals.Substring(Number - 1, 1);

        /// <summary>The field that holds the section's text (for 二, 三 and 四, the text besides its table).</summary>
        public FieldPath Text { get; }

        /// <summary>A heading that contains one of these names the section.</summary>
        public IReadOnlyList<string> Words { get; }

        /// <summary>The table the section holds, or <c>null</c>.</summary>
        public AnnualReportTable? Table => AnnualReportTable.InSection(Number);

        /// <summary>Whether a heading names this section: one of its words, or for 六 "其他" and "事项" (其他有关事项, 其他…事项).</summary>
        /// <param name="folded">The heading, folded.</param>
        public bool IsNamedBy(string folded) =>
            Words.Any(folded.Contains) || Number == 6 && folded.Contains("其他") && folded.Contains("事项");
    }
}
