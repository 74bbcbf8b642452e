using System;
using System.IO;
using System.Collections.Generic;
using System.Text;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A PDF's compressed streams measured before the PDF parser opens it (解压炸弹防护): every stream whose filters can
    /// multiply its size (FlateDecode, LZWDecode, RunLengthDecode; see <see cref="PdfFilterChain"/>) is decoded through its
    /// whole chain of filters, in order (a stream compressed twice is inflated twice; one wrapped in ASCIIHex or ASCII85 is
    /// unwrapped first), into a counter a block at a time, and the PDF is refused as soon as the streams together would
    /// expand to more than <see cref="MaxInflatedBytes"/>. The parser decodes a stream whole into memory, so a file of one megabyte whose
    /// content stream inflates to a gigabyte would otherwise take gigabytes and tens of seconds; this check stops at the
    /// budget with a fixed buffer. Published annual reports inflate to a few megabytes (the bundled ones: 1.1–4.2 MB).
    /// A stream that does not decode (an image codec, or broken data) is left to the parser.
    /// </summary>
    internal static class PdfInflationBudget
    {
        /// <summary>The most bytes all the compressed streams of one PDF may expand to: 128 MiB (the bundled published reports: 1.1–4.2 MB).</summary>
        public const long MaxInflatedBytes = 128L << 20;

        /// <summary>How far before a <c>stream</c> keyword its dictionary is looked for.</summary>
        private const int DictionaryWindow = 4096;

        private static readonly byte[] StreamKeyword = Encoding.ASCII.GetBytes("stream");

        private static readonly byte[] EndStream = Encoding.ASCII.GetBytes("endstream");

        private static readonly byte[] Obj = Encoding.ASCII.GetBytes("obj");

        /// <summary>Whether the compressed streams of <paramref name="pdf"/> expand to more than <paramref name="budget"/> bytes together.</summary>
        /// <param name="pdf">The PDF's bytes.</param>
        /// <param name="budget">The most bytes they may expand to.</param>
        /// <param name="inflated">How many bytes were counted (up to the budget and one block beyond).</param>
        public static bool Exceeds(byte[] pdf, long budget, out long inflated)
        {
            inflated = 0;
            byte[] buffer = new byte[81920];
            int from = 0;
            while (from < pdf.Length)
            {
                int found = pdf.AsSpan(from).IndexOf(StreamKeyword);
                if (found < 0)
                {
                    break;
                }

                int keyword = from + found;
                from = keyword + StreamKeyword.Length;
                if (keyword >= 3 && pdf[keyword - 3] == 'e' && pdf[keyword - 2] == 'n' && pdf[keyword - 1] == 'd')
                {
                    continue;
                }

                int start = from;
                if (start < pdf.Length && pdf[start] == '\r')
                {
                    start++;
                }

                if (start < pdf.Length && pdf[start] == '\n')
                {
                    start++;
                }

                IReadOnlyList<string> filters = Filters(pdf, keyword);
                if (!PdfFilterChain.Expands(filters))
                {
                    continue;
                }

                int end = pdf.AsSpan(start).IndexOf(EndStream);
                int length = end < 0 ? pdf.Length - start : end;
                inflated += Decode(pdf, start, length, filters, buffer, budget - inflated);
                if (inflated > budget)
                {
                    return true;
                }

                from = start + length;
            }

            return false;
        }

        /// <summary>The filters the dictionary before the <c>stream</c> keyword at <paramref name="keyword"/> names, in order.</summary>
        private static IReadOnlyList<string> Filters(byte[] pdf, int keyword)
        {
            int windowStart = Math.Max(0, keyword - DictionaryWindow);
            ReadOnlySpan<byte> window = pdf.AsSpan(windowStart, keyword - windowStart);
            int obj = window.LastIndexOf(Obj);
            if (obj >= 0)
            {
                window = window.Slice(obj + Obj.Length);
            }

            return PdfFilterChain.Of(Encoding.ASCII.GetString(pdf, keyword - window.Length, window.Length));
        }

        /// <summary>The bytes one stream expands to through its <paramref name="filters"/>, counted up to just past <paramref name="left"/>.</summary>
        private static long Decode(byte[] pdf, int start, int length, IReadOnlyList<string> filters, byte[] buffer, long left)
        {
            long total = 0;
            try
            {
                using (Stream stream = PdfFilterChain.Decode(new MemoryStream(pdf, start, length, writable: false), filters))
                {
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        total += read;
                        if (total > left)
                        {
                            break;
                        }
                    }
                }
            }
            catch (InvalidDataException)
            {
                // Data a filter cannot decode (or cut short): what was decoded is counted; the parser judges the rest.
            }

            return total;
        }
    }
}
