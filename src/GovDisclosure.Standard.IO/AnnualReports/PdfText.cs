using System.Collections.Generic;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>A PDF's text layer as read: its paragraphs (each with its page and first line) and every line of runs, page by page, top to bottom.</summary>
    internal sealed class PdfText
    {
        public PdfText(IReadOnlyList<(int Page, int Line, string Text)> paragraphs, IReadOnlyList<PdfLine> lines)
        {
            Paragraphs = paragraphs;
            Lines = lines;
        }

        /// <summary>The paragraphs, in reading order.</summary>
        public IReadOnlyList<(int Page, int Line, string Text)> Paragraphs { get; }

        /// <summary>The lines, page by page, top to bottom.</summary>
        public IReadOnlyList<PdfLine> Lines { get; }
    }
}
