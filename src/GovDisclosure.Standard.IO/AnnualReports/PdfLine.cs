using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>One line of a PDF page: its runs left to right, on one baseline.</summary>
    internal sealed class PdfLine
    {
        public PdfLine(IReadOnlyList<PdfRun> runs)
        {
            Runs = runs;
            Text = string.Join(" ", runs.Select(r => r.Text));
            Folded = PublishedText.Fold(Text);
        }

        /// <summary>The runs, left to right.</summary>
        public IReadOnlyList<PdfRun> Runs { get; }

        /// <summary>The page, from 1.</summary>
        public int Page => Runs[0].Page;

        /// <summary>The line on its page, from 1 at the top.</summary>
        public int Number => Runs[0].Line;

        /// <summary>The baseline, down from the page's top.</summary>
        public double Baseline => Runs[0].Baseline;

        /// <summary>The runs' text, a space between two runs.</summary>
        public string Text { get; }

        /// <summary>The text folded for comparison.</summary>
        public string Folded { get; }
    }
}
