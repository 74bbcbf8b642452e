using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// The filters a PDF stream's dictionary names (<c>/Filter /FlateDecode</c> or <c>/Filter [/ASCII85Decode /FlateDecode]</c>,
    /// abbreviations included), applied in order to measure what the stream expands to (<see cref="PdfInflationBudget"/>).
    /// The filters that can multiply a stream's size — Flate (zlib, a thousandfold and more), LZW (up to about 2,700-fold:
    /// a 12-bit code can stand for a string of up to 4,094 bytes), RunLength (up to 64-fold: two bytes for 128) — are
    /// decoded as streams, a block at a time; ASCIIHex (two letters a byte) and ASCII85 (five letters four bytes, z four zero
    /// bytes) at most quadruple a stream, and are decoded whole as a way through to the filter after them. Image codecs
    /// (DCT, JPX, CCITTFax, JBIG2) and Crypt end the chain: the text reader does not decode images.
    /// </summary>
    internal static class PdfFilterChain
    {
        private static readonly Regex FilterEntry = new Regex(@"/Filter\s*(\[(?<names>[^\]]*)\]|(?<names>/[A-Za-z0-9]+))", RegexOptions.CultureInvariant);

        private static readonly Regex Name = new Regex(@"/([A-Za-z0-9]+)", RegexOptions.CultureInvariant);

        /// <summary>The filters a stream dictionary names, in order (full names: <c>/Fl</c> is <c>FlateDecode</c>); empty when it names none.</summary>
        public static IReadOnlyList<string> Of(string dictionary)
        {
            var filters = new List<string>();
            Match entry = FilterEntry.Match(dictionary);
            if (!entry.Success)
            {
                return filters;
            }

            foreach (Match name in Name.Matches(entry.Groups["names"].Value))
            {
                filters.Add(name.Groups[1].Value switch
                {
                    "Fl" => "FlateDecode",
                    "LZW" => "LZWDecode",
                    "RL" => "RunLengthDecode",
                    "AHx" => "ASCIIHexDecode",
                    "A85" => "ASCII85Decode",
                    string other => other,
                });
            }

            return filters;
        }

        /// <summary>Whether a chain holds a filter that can multiply a stream's size (Flate, LZW or RunLength).</summary>
        public static bool Expands(IReadOnlyList<string> filters) =>
            filters.Any(f => f == "FlateDecode" || f == "LZWDecode" || f == "RunLengthDecode");

        /// <summary>
        /// The stream decoded through the chain, up to the first filter that is not measured; reading it may throw
        /// <see cref="InvalidDataException"/> on data the filter cannot decode.
        /// </summary>
        public static Stream Decode(Stream encoded, IReadOnlyList<string> filters)
        {
            Stream stream = encoded;
            foreach (string filter in filters)
            {
                switch (filter)
                {
                    case "FlateDecode":
                        stream = ZlibLayer(stream);
                        break;
                    case "LZWDecode":
                        stream = new LzwDecodeStream(stream);
                        break;
                    case "RunLengthDecode":
                        stream = new RunLengthDecodeStream(stream);
                        break;
                    case "ASCIIHexDecode":
                        stream = AsciiHex(stream);
                        break;
                    case "ASCII85Decode":
                        stream = Ascii85(stream);
                        break;
                    default:
                        return stream;
                }
            }

            return stream;
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

        /// <summary>ASCIIHexDecode: two hexadecimal letters a byte, white space skipped, <c>&gt;</c> the end (a last odd letter taken as followed by 0).</summary>
        private static Stream AsciiHex(Stream stream)
        {
            var decoded = new MemoryStream();
            int high = -1;
            for (int c = stream.ReadByte(); c >= 0 && c != '>'; c = stream.ReadByte())
            {
                int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (value < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    decoded.WriteByte((byte)((high << 4) | value));
                    high = -1;
                }
            }

            if (high >= 0)
            {
                decoded.WriteByte((byte)(high << 4));
            }

            decoded.Position = 0;
            return decoded;
        }

        /// <summary>ASCII85Decode: five letters (! to u) four bytes, z four zero bytes, white space skipped, <c>~&gt;</c> the end.</summary>
        private static Stream Ascii85(Stream stream)
        {
            var decoded = new MemoryStream();
            var group = new int[5];
            int count = 0;
            for (int c = stream.ReadByte(); c >= 0 && c != '~'; c = stream.ReadByte())
            {
                if (c == 'z' && count == 0)
                {
                    decoded.Write(new byte[4], 0, 4);
                    continue;
                }

                if (c < '!' || c > 'u')
                {
                    continue;
                }

                group[count++] = c - '!';
                if (count == 5)
                {
                    Write85(decoded, group, 5);
                    count = 0;
                }
            }

            if (count > 1)
            {
                for (int i = count; i < 5; i++)
                {
                    group[i] = 'u' - '!';
                }

                Write85(decoded, group, count);
            }

            decoded.Position = 0;
            return decoded;
        }

        private static void Write85(MemoryStream decoded, int[] group, int letters)
        {
            long value = 0;
            foreach (int digit in group)
            {
                value = value * 85 + digit;
            }

            for (int i = 0; i < letters - 1; i++)
            {
                decoded.WriteByte((byte)(value >> (24 - 8 * i)));
            }
        }
    }
}
