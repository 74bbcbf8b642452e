using System.IO;
using System.IO.Compression;

namespace GovDisclosure.Standard.Validation.AnnualReports.Sections
{
    /// <summary>
    /// A section's text as a batch keeps it until its last report is read (sections 一 and 五 for GD-AR-017): its UTF-16
    /// code units, deflated, 60–90% of the string it stands for (1.2–1.8 bytes a character on the sections of the bundled
    /// real pages, the shorter the more, against the string's 2; bench/RESULTS.md, issue 14). The text is given back exactly
    /// as it was written, code unit for code unit, when a comparison needs it.
    /// </summary>
    internal sealed class CompressedText
    {
        private readonly byte[] deflated;

        private CompressedText(byte[] deflated)
        {
            this.deflated = deflated;
        }

        /// <summary>The bytes kept.</summary>
        public int Length => deflated.Length;

        /// <summary><paramref name="text"/> compressed; <c>null</c> for <c>null</c>.</summary>
        public static CompressedText? Of(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var units = new byte[text.Length * 2];
            for (int i = 0; i < text.Length; i++)
            {
                units[2 * i] = (byte)text[i];
                units[(2 * i) + 1] = (byte)(text[i] >> 8);
            }

            using var output = new MemoryStream();
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(units, 0, units.Length);
            }

            return new CompressedText(output.ToArray());
        }

        /// <summary>The text as it was given.</summary>
        public string Text()
        {
            using var units = new MemoryStream();
            using (var deflate = new DeflateStream(new MemoryStream(deflated, writable: false), CompressionMode.Decompress))
            {
                deflate.CopyTo(units);
            }

            byte[] bytes = units.GetBuffer();
            var text = new char[units.Length / 2];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
            }

            return new string(text);
        }
    }
}
