using System.Collections.Generic;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A run of letters on one baseline of a PDF page, no wider apart than a letter's width: a word, a label or a
    /// cell's number. Positions are in points, <see cref="Baseline"/> measured down from the page's top.
    /// </summary>
    internal sealed class PdfRun
    {
        public PdfRun(int page, int line, string text, double left, double right, double baseline, double size, IReadOnlyList<PdfRun>? parts = null)
        {
            Parts = parts is null || parts.Count < 2 ? new[] { this } : parts;
            Page = page;
            Line = line;
            Text = text;
            Folded = PublishedText.Fold(text);
            Left = left;
            Right = right;
            Baseline = baseline;
            Size = size;
        }

        /// <summary>The page, from 1.</summary>
        public int Page { get; }

        /// <summary>The line on its page, from 1 at the top.</summary>
        public int Line { get; }

        /// <summary>The text as read.</summary>
        public string Text { get; }

        /// <summary>The text folded for comparison.</summary>
        public string Folded { get; }

        /// <summary>The left end.</summary>
        public double Left { get; }

        /// <summary>The right end.</summary>
        public double Right { get; }

        /// <summary>The baseline, down from the page's top.</summary>
        public double Baseline { get; }

        /// <summary>The letters' size.</summary>
        public double Size { get; }

        /// <summary>
        /// The run split where its text has a space (letters a quarter of a letter or more apart, less than a cell's gap),
        /// each part with its own letters' ends; the run alone when it has no space. Two header cells set close together
        /// (结果 其他 over two columns of table 四) are one run, told apart by these parts.
        /// </summary>
        public IReadOnlyList<PdfRun> Parts { get; }

        /// <summary>The middle between the two ends.</summary>
        public double Center => (Left + Right) / 2;

        /// <summary>Whether two runs share some width (with a little slack either side).</summary>
        public bool Overlaps(double left, double right, double slack = 0.5) => Left - slack < right && left - slack < Right;

        /// <inheritdoc/>
        public override string ToString() => $"p{Page} l{Line} [{Left:0}-{Right:0} @{Baseline:0}] {Text}";
    }
}
