using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// The paragraphs of a PDF's text layer: letters into lines by their baseline, lines into paragraphs where a
    /// line is indented, stands apart, or follows a line that stops short of the right margin. A page number printed
    /// alone above or below the text ("-5-", "— 5 —", "第5页", "5/12") is not text, and a paragraph that runs on
    /// over a page break (its last line reaching the margin, the next page's first line not indented) stays whole.
    /// Refuses, with its reason, a file that is not a readable PDF, whose compressed streams expand beyond a budget (a
    /// decompression bomb, <see cref="PdfInflationBudget"/>), has too many pages, has no text layer
    /// (a scan), or whose text layer does not decode to Chinese (a font without a ToUnicode map).
    /// </summary>
    internal static class PdfParagraphs
    {
        /// <summary>The most pages read: an annual report has a few dozen.</summary>
        public const int MaxPages = 300;

        /// <summary>The most letters read over all pages.</summary>
        public const int MaxLetters = 2_000_000;

        /// <summary>A page number as printed alone in a header or footer: "-5-", "— 5 —", "第5页", "第 5 页 共 12 页", "5/12", "5".</summary>
        private static readonly Regex PageNumber = new Regex(
            @"^\s*[-－—–―·]*\s*(第\s*)?\d{1,4}\s*(页)?\s*((共|/|／)\s*\d{1,4}\s*(页)?)?\s*[-－—–―·]*\s*$",
            RegexOptions.CultureInvariant);

        /// <summary>Whether bytes are a PDF (they open with <c>%PDF-</c>, perhaps after a little junk, as readers allow).</summary>
        public static bool IsPdf(byte[] bytes)
        {
            int limit = Math.Min(bytes.Length - 5, 1024);
            for (int i = 0; i <= limit; i++)
            {
                if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The text layer: its paragraphs, each with its page and first line (from 1), and its lines of runs; <c>null</c> with the reason (and the parser's exception, if any) when the PDF is refused.</summary>
        public static PdfText? Of(byte[] pdf, out BilingualText? refusal, out Exception? cause)
        {
            refusal = null;
            cause = null;
            var pages = new List<(int Number, List<Line> Lines)>();
            var allLines = new List<PdfLine>();
            int letters = 0;
            int han = 0;
            int readable = 0;
            if (PdfInflationBudget.Exceeds(pdf, PdfInflationBudget.MaxInflatedBytes, out long inflated))
            {
                refusal = new BilingualText(
                    $"PDF 的压缩数据解压后超过 {PdfInflationBudget.MaxInflatedBytes / (1 << 20)} MiB（已解压 {inflated / (1 << 20)} MiB 时停止），可能是解压炸弹，不予读取。",
                    $"The PDF's compressed streams expand to more than {PdfInflationBudget.MaxInflatedBytes / (1 << 20)} MiB (stopped after {inflated / (1 << 20)} MiB): it may be a decompression bomb; it is not read.");
                return null;
            }

            try
            {
                using PdfDocument document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
                if (document.NumberOfPages > MaxPages)
                {
                    refusal = new BilingualText(
                        $"PDF 有 {document.NumberOfPages} 页，超过 {MaxPages} 页，不予读取。",
                        $"The PDF has {document.NumberOfPages} pages, more than {MaxPages}; it is not read.");
                    return null;
                }

                for (int number = 1; number <= document.NumberOfPages; number++)
                {
                    Page page = document.GetPage(number);
                    IReadOnlyList<Letter> all = page.Letters;
                    letters += all.Count;
                    if (letters > MaxLetters)
                    {
                        refusal = new BilingualText(
                            $"PDF 的文字超过 {MaxLetters} 个字符，不予读取。",
                            $"The PDF's text layer holds more than {MaxLetters} characters; it is not read.");
                        return null;
                    }

                    foreach (Letter letter in all)
                    {
                        foreach (char c in letter.Value)
                        {
                            if (c >= '\u4e00' && c <= '\u9fff')
                            {
                                han++;
                            }

                            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && !(c >= '\ue000' && c <= '\uf8ff') && c != '\ufffd')
                            {
                                readable++;
                            }
                        }
                    }

                    List<Line> lines = Lines(all, page.Height);
                    pages.Add((number, lines));
                    allLines.AddRange(lines.Select((line, i) => new PdfLine(line.Runs(number, i + 1))));
                }
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                refusal = new BilingualText("无法读取 PDF：" + e.Message, "The PDF cannot be read: " + e.Message);
                cause = e;
                return null;
            }

            if (letters == 0)
            {
                refusal = new BilingualText(
                    "PDF 没有文字层（可能是扫描件），无法读取；请取得可复制文字的版本。",
                    "The PDF has no text layer (it may be a scan) and cannot be read; obtain a copy whose text can be copied.");
                return null;
            }

            if (han * 5 < readable || han < 20)
            {
                refusal = new BilingualText(
                    $"PDF 的文字层不能解码为中文（{letters} 个字形中只有 {han} 个汉字，字体可能缺少 ToUnicode 映射），无法读取。",
                    $"The PDF's text layer does not decode to Chinese ({han} Chinese characters among {letters} glyphs; a font may lack its ToUnicode map); it cannot be read.");
                return null;
            }

            return new PdfText(Paragraphs(pages), allLines);
        }

        private static List<(int Page, int Line, string Text)> Paragraphs(List<(int Number, List<Line> Lines)> pages)
        {
            var paragraphs = new List<(int Page, int Line, string Text)>();
            var text = new StringBuilder();
            (int Page, int Line) first = (0, 0);
            Line? previous = null;
            double previousRight = 0;
            foreach ((int number, List<Line> all) in pages)
            {
                List<(Line Line, int Number)> lines = Body(all);
                if (lines.Count == 0)
                {
                    continue;
                }

                double left = lines.Min(l => l.Line.Left);
                double right = lines.Max(l => l.Line.Right);
                for (int i = 0; i < lines.Count; i++)
                {
                    Line line = lines[i].Line;
                    if (previous != null)
                    {
                        bool indented = line.Left > left + 1.5 * line.Size;
                        bool stoppedShort = previous.Right < previousRight - 2 * previous.Size;
                        bool table = line.Cells > 1 || previous.Cells > 1;
                        bool apart = i > 0 && previous.Baseline - line.Baseline > 1.9 * Math.Max(previous.Size, line.Size);
                        if (apart || indented || stoppedShort || table)
                        {
                            paragraphs.Add((first.Page, first.Line, text.ToString()));
                            text.Clear();
                            previous = null;
                        }
                    }

                    if (previous is null)
                    {
                        first = (number, lines[i].Number);
                    }

                    text.Append(line.Text);
                    previous = line;
                    previousRight = right;
                }
            }

            if (text.Length > 0)
            {
                paragraphs.Add((first.Page, first.Line, text.ToString()));
            }

            return paragraphs;
        }

        /// <summary>A page's lines with their numbers on the page, without a page number printed alone as its first or last line.</summary>
        private static List<(Line Line, int Number)> Body(List<Line> lines)
        {
            var body = lines.Select((line, i) => (line, i + 1)).ToList();
            if (body.Count > 0 && PageNumber.IsMatch(body[body.Count - 1].line.Text))
            {
                body.RemoveAt(body.Count - 1);
            }

            if (body.Count > 0 && PageNumber.IsMatch(body[0].line.Text))
            {
                body.RemoveAt(0);
            }

            return body;
        }

        private static List<Line> Lines(IReadOnlyList<Letter> letters, double pageHeight)
        {
            var lines = new List<List<Letter>>();
            foreach (Letter letter in letters.Where(l => l.Value.Length > 0).OrderByDescending(l => Math.Round(l.StartBaseLine.Y, 1)).ThenBy(l => l.StartBaseLine.X))
            {
                List<Letter>? line = lines.Count == 0 ? null : lines[lines.Count - 1];
                if (line != null && Math.Abs(line[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= 0.3 * SizeOf(letter))
                {
                    line.Add(letter);
                }
                else
                {
                    lines.Add(new List<Letter> { letter });
                }
            }

            return lines.Select(l => new Line(l.OrderBy(x => x.StartBaseLine.X).ToList(), pageHeight)).Where(l => l.Text.Trim().Length > 0).ToList();
        }

        private static double SizeOf(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);

        /// <summary>One line of letters: its text (a space where letters stand a cell apart), its left and right ends, baseline and size.</summary>
        private sealed class Line
        {
            private readonly List<Letter> letters;
            private readonly double pageHeight;

            public Line(List<Letter> letters, double pageHeight)
            {
                this.letters = letters;
                this.pageHeight = pageHeight;
                Size = letters.Average(SizeOf);
                Left = letters[0].StartBaseLine.X;
                Right = letters.Max(l => l.EndBaseLine.X);
                Baseline = letters[0].StartBaseLine.Y;
                var text = new StringBuilder();
                Cells = 1;
                for (int i = 0; i < letters.Count; i++)
                {
                    if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > 1.2 * Size)
                    {
                        text.Append(' ');
                        Cells++;
                    }

                    text.Append(letters[i].Value);
                }

                Text = text.ToString();
            }

            public string Text { get; }

            public double Left { get; }

            public double Right { get; }

            public double Baseline { get; }

            public double Size { get; }

            /// <summary>How many runs of text the line holds, a cell's width or more apart (more than one: a table row).</summary>
            public int Cells { get; }

            /// <summary>
            /// The line's runs: letters split where the gap between two is more than 0.8 of a letter (two cells' numbers
            /// stand further apart than that; the space between two words of a label does not).
            /// </summary>
            public IReadOnlyList<PdfRun> Runs(int page, int number)
            {
                var runs = new List<PdfRun>();
                int start = 0;
                for (int i = 1; i <= letters.Count; i++)
                {
                    if (i == letters.Count || letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > 0.8 * Size)
                    {
                        List<Letter> run = letters.GetRange(start, i - start);
                        var text = new StringBuilder();
                        var parts = new List<PdfRun>();
                        var part = new List<Letter>();
                        for (int j = 0; j < run.Count; j++)
                        {
                            if (j > 0 && run[j].StartBaseLine.X - run[j - 1].EndBaseLine.X > 0.25 * Size)
                            {
                                text.Append(' ');
                                parts.AddRange(Part(part, page, number));
                            }

                            text.Append(run[j].Value);
                            if (string.IsNullOrWhiteSpace(run[j].Value))
                            {
                                parts.AddRange(Part(part, page, number));
                            }
                            else
                            {
                                part.Add(run[j]);
                            }
                        }

                        parts.AddRange(Part(part, page, number));
                        if (text.ToString().Trim().Length > 0)
                        {
                            runs.Add(new PdfRun(page, number, text.ToString().Trim(), run[0].StartBaseLine.X, run.Max(l => l.EndBaseLine.X), pageHeight - Baseline, Size, parts));
                        }

                        start = i;
                    }
                }

                return runs;
            }

            /// <summary>The letters gathered as one part of a run (none when there are none), the list emptied for the next part.</summary>
            private IEnumerable<PdfRun> Part(List<Letter> part, int page, int number)
            {
                if (part.Count == 0)
                {
                    return Array.Empty<PdfRun>();
                }

                var run = new PdfRun(page, number, string.Concat(part.Select(l => l.Value)), part[0].StartBaseLine.X, part.Max(l => l.EndBaseLine.X), pageHeight - Baseline, Size);
                part.Clear();
                return new[] { run };
            }
        }
    }
}
