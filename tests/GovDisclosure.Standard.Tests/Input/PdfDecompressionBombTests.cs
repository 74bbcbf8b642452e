using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.AnnualReports;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// PDF decompression bombs (解压炸弹): a small PDF whose content stream inflates far beyond any annual report is refused
    /// with a message before the PDF parser decodes it, in bounded memory; so is a stream compressed twice. Each bomb is
    /// built in a temporary folder by the test.
    /// </summary>
    public sealed class PdfDecompressionBombTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "govdisclosure-pdfbomb-" + Guid.NewGuid().ToString("N"));

        public PdfDecompressionBombTests()
        {
            Directory.CreateDirectory(folder);
        }

        [Fact]
        public void A_content_stream_that_inflates_beyond_the_budget_is_refused_as_a_decompression_bomb()
        {
            byte[] stream = DeflatedZeros(PdfInflationBudget.MaxInflatedBytes + (16 << 20));
            string path = Write("bomb.pdf", Pdf(stream, "/FlateDecode"));

            InputException refused = Assert.Throws<InputException>(() => PublishedReportReader.Read(path));

            Assert.Contains("解压炸弹", refused.Text.Chinese, StringComparison.Ordinal);
            Assert.Contains("decompression bomb", refused.Text.English, StringComparison.Ordinal);
            Assert.True(new FileInfo(path).Length < PdfInflationBudget.MaxInflatedBytes / 100);
        }

        [Fact]
        public void A_stream_compressed_twice_is_measured_through_both_layers()
        {
            byte[] twice = Deflate(DeflatedZeros(PdfInflationBudget.MaxInflatedBytes + (16 << 20)));
            string path = Write("bomb-twice.pdf", Pdf(twice, "[/FlateDecode /FlateDecode]"));

            Assert.True(PdfInflationBudget.Exceeds(File.ReadAllBytes(path), PdfInflationBudget.MaxInflatedBytes, out _));
            Assert.Throws<InputException>(() => PublishedReportReader.Read(path));
        }

        [Fact]
        public void A_flate_bomb_wrapped_in_ascii_hex_is_unwrapped_and_measured()
        {
            byte[] hex = Encoding.ASCII.GetBytes(Convert.ToHexString(DeflatedZeros(PdfInflationBudget.MaxInflatedBytes + (16 << 20))) + ">");
            string path = Write("bomb-hex.pdf", Pdf(hex, "[/AHx /FlateDecode]"));

            Assert.True(PdfInflationBudget.Exceeds(File.ReadAllBytes(path), PdfInflationBudget.MaxInflatedBytes, out _));
            Assert.Throws<InputException>(() => PublishedReportReader.Read(path));
        }

        [Fact]
        public void A_run_length_bomb_is_refused()
        {
            // Two bytes (257 − 129 = 128 copies of 0) expand 64-fold: 2.3 MB to 144 MiB.
            long pairs = (PdfInflationBudget.MaxInflatedBytes + (16 << 20)) / 128;
            var stream = new byte[pairs * 2 + 1];
            for (long i = 0; i < pairs; i++)
            {
                stream[2 * i] = 129;
            }

            stream[^1] = 128;
            string path = Write("bomb-rl.pdf", Pdf(stream, "/RunLengthDecode"));

            Assert.True(PdfInflationBudget.Exceeds(File.ReadAllBytes(path), PdfInflationBudget.MaxInflatedBytes, out _));
            Assert.Throws<InputException>(() => PublishedReportReader.Read(path));
        }

        [Fact]
        public void An_lzw_bomb_is_refused()
        {
            byte[] stream = LzwZeros(PdfInflationBudget.MaxInflatedBytes + (16 << 20));
            string path = Write("bomb-lzw.pdf", Pdf(stream, "/LZWDecode"));

            Assert.True(stream.Length < PdfInflationBudget.MaxInflatedBytes / 1000);
            Assert.True(PdfInflationBudget.Exceeds(File.ReadAllBytes(path), PdfInflationBudget.MaxInflatedBytes, out _));
            Assert.Throws<InputException>(() => PublishedReportReader.Read(path));
        }

        [Fact]
        public void Lzw_and_run_length_data_decode_to_what_they_encode()
        {
            // LZW: 0, then 258 ("00"), 259 ("000"), each code the last string and one more 0; then End (257).
            byte[] lzw = LzwZeros(1 + 2 + 3 + 4);
            using var decodedLzw = new MemoryStream();
            PdfFilterChain.Decode(new MemoryStream(lzw), new[] { "LZWDecode" }).CopyTo(decodedLzw);
            using var decodedRunLength = new MemoryStream();
            PdfFilterChain.Decode(new MemoryStream(new byte[] { 2, 65, 66, 67, 254, 68, 128 }), PdfFilterChain.Of("<< /Filter [/RL] >>")).CopyTo(decodedRunLength);

            Assert.Equal(new byte[10], decodedLzw.ToArray());
            Assert.Equal("ABCDDD", Encoding.ASCII.GetString(decodedRunLength.ToArray()));
        }

        [Fact]
        public void Streams_within_the_budget_are_left_to_the_parser()
        {
            byte[] pdf = Pdf(Deflate(Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 712 Td (x) Tj ET")), "/FlateDecode");

            Assert.False(PdfInflationBudget.Exceeds(pdf, PdfInflationBudget.MaxInflatedBytes, out long inflated));
            Assert.Equal(32, inflated);
        }

        [Theory]
        [InlineData("huaian-city-2024.pdf")]
        [InlineData("hongze-district-2023.pdf")]
        [InlineData("hongze-district-2024.pdf")]
        public void Published_report_pdfs_are_well_within_the_budget(string file)
        {
            byte[] pdf = File.ReadAllBytes(RepositoryFiles.PathOf("tests", "RealDocuments", "annual-reports", "pdfs", file));

            Assert.False(PdfInflationBudget.Exceeds(pdf, PdfInflationBudget.MaxInflatedBytes, out long inflated));
            Assert.InRange(inflated, 1L, 8L << 20);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
            }
        }

        private static byte[] DeflatedZeros(long length)
        {
            var output = new MemoryStream();
            var block = new byte[1 << 20];
            using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                for (long written = 0; written < length; written += block.Length)
                {
                    zlib.Write(block, 0, block.Length);
                }
            }

            return output.ToArray();
        }

        /// <summary>
        /// LZW codes (9 to 12 bits, EarlyChange 1) for at least <paramref name="length"/> zeros: 0, then 258, 259 … each
        /// standing for one 0 more than the code before, the table cleared (256) when full; End (257) last.
        /// </summary>
        private static byte[] LzwZeros(long length)
        {
            var output = new MemoryStream();
            long bits = 0;
            int count = 0;
            void Emit(int code, int width)
            {
                bits = (bits << width) | (uint)code;
                count += width;
                while (count >= 8)
                {
                    output.WriteByte((byte)(bits >> (count - 8)));
                    count -= 8;
                }
            }

            long produced = 0;
            while (produced < length)
            {
                int width = 9;
                Emit(0, width);
                produced++;
                for (int next = 258; next < 4096 && produced < length; )
                {
                    Emit(next, width);
                    produced += next - 256;
                    next++;
                    if (next + 1 >= 1 << width && width < 12)
                    {
                        width++;
                    }
                }

                Emit(produced < length ? 256 : 257, width);
            }

            if (count > 0)
            {
                output.WriteByte((byte)(bits << (8 - count)));
            }

            return output.ToArray();
        }

        private static byte[] Deflate(byte[] data)
        {
            var output = new MemoryStream();
            using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(data, 0, data.Length);
            }

            return output.ToArray();
        }

        /// <summary>A one-page PDF whose content stream is <paramref name="stream"/> under <paramref name="filter"/>.</summary>
        private static byte[] Pdf(byte[] stream, string filter)
        {
            var pdf = new MemoryStream();
            var offsets = new long[5];
            void Text(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
            Text("%PDF-1.4\n");
            string[] objects =
            {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            };
            for (int i = 0; i < objects.Length; i++)
            {
                offsets[i + 1] = pdf.Position;
                Text($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
            }

            offsets[4] = pdf.Position;
            Text($"4 0 obj\n<< /Length {stream.Length} /Filter {filter} >>\nstream\n");
            pdf.Write(stream);
            Text("\nendstream\nendobj\n");
            long xref = pdf.Position;
            Text("xref\n0 5\n0000000000 65535 f \n");
            for (int i = 1; i <= 4; i++)
            {
                Text(offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture) + " 00000 n \n");
            }

            Text($"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            return pdf.ToArray();
        }

        private string Write(string name, byte[] bytes)
        {
            string path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }
    }
}
