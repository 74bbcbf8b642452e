using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// A PDF's compressed streams measured before the PDF parser opens it (解压炸弹防护): every stream whose dictionary names
    /// /FlateDecode (once per time it is named, so a stream compressed twice is inflated twice) is inflated into a counter,
    /// a block at a time, and the PDF is refused as soon as the streams together would expand to more than
    /// <see cref="MaxInflatedBytes"/>. The parser decodes a stream whole into memory, so a file of one megabyte whose
    /// content stream inflates to a gigabyte would otherwise take gigabytes and tens of seconds; this check stops at the
    /// budget with a fixed buffer. Published annual reports inflate to a few megabytes (the bundled ones: 1.1–4.2 MB).
    /// A stream that does not inflate (another filter, or broken data) is left to the parser.
    /// </summary>
    internal static class PdfInflationBudget
    {
        /// <summary>The most bytes all the Flate streams of one PDF may expand to: 128 MiB.</summary>
        public const long MaxInflatedBytes = 128L << 20;

        /// <summary>How far before a <c>stream</c> keyword its dictionary is looked for.</summary>
        private const int DictionaryWindow = 4096;

        private static readonly byte[] StreamKeyword = Encoding.ASCII.GetBytes("stream");

        private static readonly byte[] EndStream = Encoding.ASCII.GetBytes("endstream");

        private static readonly byte[] Obj = Encoding.ASCII.GetBytes("obj");

        /// <summary>Whether the Flate streams of <paramref name="pdf"/> expand to more than <paramref name="budget"/> bytes together.</summary>
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

                int flates = FlateFilters(pdf, keyword);
                if (flates == 0)
                {
                    continue;
                }

                int end = pdf.AsSpan(start).IndexOf(EndStream);
                int length = end < 0 ? pdf.Length - start : end;
                inflated += Inflate(pdf, start, length, flates, buffer, budget - inflated);
                if (inflated > budget)
                {
                    return true;
                }

                from = start + length;
            }

            return false;
        }

        /// <summary>How many times the dictionary before the <c>stream</c> keyword at <paramref name="keyword"/> names the Flate filter.</summary>
        private static int FlateFilters(byte[] pdf, int keyword)
        {
            int windowStart = Math.Max(0, keyword - DictionaryWindow);
            ReadOnlySpan<byte> window = pdf.AsSpan(windowStart, keyword - windowStart);
            int obj = window.LastIndexOf(Obj);
            if (obj >= 0)
            {
                window = window.Slice(obj + Obj.Length);
            }

            int count = 0;
            string dictionary = Encoding.ASCII.GetString(pdf, keyword - window.Length, window.Length);
            foreach (string name in new[] { "/FlateDecode", "/Fl" })
            {
                for (int at = dictionary.IndexOf(name, StringComparison.Ordinal); at >= 0; at = dictionary.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    int after = at + name.Length;
                    if (after >= dictionary.Length || !char.IsLetterOrDigit(dictionary[after]))
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        /// <summary>The bytes one stream expands to through <paramref name="flates"/> Flate layers, counted up to just past <paramref name="left"/>.</summary>
        private static long Inflate(byte[] pdf, int start, int length, int flates, byte[] buffer, long left)
        {
            long total = 0;
            try
            {
                Stream stream = new MemoryStream(pdf, start, length, writable: false);
                for (int i = 0; i < flates; i++)
                {
                    stream = ZlibLayer(stream);
                }

                using (stream)
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
                // Not zlib data (or cut short): what was inflated is counted; the parser judges the rest.
            }

            return total;
        }

        /// <summary>A zlib layer (RFC 1950) over <paramref name="stream"/>: its header read, the deflate data (RFC 1951) after it.</summary>
        private static Stream ZlibLayer(Stream stream)
        {
            int cmf = stream.ReadByte();
            int flg = stream.ReadByte();
            if (cmf < 0 || flg < 0 || (cmf & 0x0F) != 8 || ((cmf << 8) | flg) % 31 != 0)
            {
                throw new InvalidDataException("Not a zlib stream.");
            }

            if ((flg & 0x20) != 0)
            {
                for (int i = 0; i < 4; i++)
                {
                    if (stream.ReadByte() < 0)
                    {
                        throw new InvalidDataException("A zlib stream cut short.");
                    }
                }
            }

            return new DeflateStream(stream, CompressionMode.Decompress);
        }
    }
}
