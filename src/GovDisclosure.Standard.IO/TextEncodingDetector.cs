using System;
using System.IO;
using System.Linq;
using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Tells the text encoding of an input (编码识别): a UTF-8, UTF-16 LE or UTF-16 BE byte-order mark
    /// decides; otherwise the first <see cref="SampleSize"/> bytes are UTF-8 when they are valid UTF-8,
    /// and GB18030 (which includes GBK and GB2312) when they are not. An explicit encoding overrides it.
    /// </summary>
    public static class TextEncodingDetector
    {
        /// <summary>How many bytes are examined (256 KiB).</summary>
        public const int SampleSize = 256 * 1024;

        private static readonly Lazy<Encoding> Gb18030Encoding = new Lazy<Encoding>(() =>
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        });

        /// <summary>GB18030 (code page 54936), the superset of GBK and GB2312.</summary>
        public static Encoding Gb18030 => Gb18030Encoding.Value;

        /// <summary>
        /// The encoding named <paramref name="name"/>: <c>utf-8</c>, <c>utf-16</c> (<c>utf-16le</c>),
        /// <c>utf-16be</c>, <c>gb18030</c>, <c>gbk</c>, <c>gb2312</c> or any name the platform knows.
        /// </summary>
        /// <param name="name">An encoding name.</param>
        /// <exception cref="ArgumentException">The name is unknown.</exception>
        public static Encoding Resolve(string name)
        {
            string key = (name ?? string.Empty).Trim().ToLowerInvariant().Replace("_", "-");
            switch (key)
            {
                case "utf-8":
                case "utf8":
                case "utf-8-bom":
                    return new UTF8Encoding(false, false);
                case "utf-16":
                case "utf16":
                case "utf-16le":
                case "unicode":
                    return new UnicodeEncoding(false, false);
                case "utf-16be":
                    return new UnicodeEncoding(true, false);
                case "gb18030":
                case "gbk":
                case "gb2312":
                case "cp936":
                case "936":
                    return Gb18030;
            }

            try
            {
                _ = Gb18030;
                return Encoding.GetEncoding(key);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException)
            {
                // UTF-7 and other encodings the runtime refuses (SYSLIB0001) are as unusable as unknown ones.
                throw new ArgumentException($"Unknown encoding '{name}'. Use utf-8, utf-16, utf-16be or gb18030.", nameof(name), e);
            }
        }

        /// <summary>Detects the encoding of <paramref name="sample"/>.</summary>
        /// <param name="sample">The first bytes of the input.</param>
        /// <param name="count">How many bytes of <paramref name="sample"/> are valid.</param>
        /// <param name="isWholeInput"><c>true</c> when the sample is the whole input (a multi-byte sequence cut at its end is then invalid).</param>
        /// <param name="preambleLength">The length of the byte-order mark found (0 when none).</param>
        public static Encoding Detect(byte[] sample, int count, bool isWholeInput, out int preambleLength)
        {
            if (sample is null)
            {
                throw new ArgumentNullException(nameof(sample));
            }

            if (count >= 3 && sample[0] == 0xEF && sample[1] == 0xBB && sample[2] == 0xBF)
            {
                preambleLength = 3;
                return new UTF8Encoding(false, false);
            }

            if (count >= 2 && sample[0] == 0xFF && sample[1] == 0xFE)
            {
                preambleLength = 2;
                return new UnicodeEncoding(false, false);
            }

            if (count >= 2 && sample[0] == 0xFE && sample[1] == 0xFF)
            {
                preambleLength = 2;
                return new UnicodeEncoding(true, false);
            }

            preambleLength = 0;
            return IsValidUtf8(sample, count, isWholeInput) || Utf8Evidence.IsMostlyUtf8(sample, count) ? new UTF8Encoding(false, false) : Gb18030;
        }

        /// <summary>
        /// Reads the start of <paramref name="stream"/>, detects (or takes) the encoding, and returns
        /// a stream that yields the whole input after any byte-order mark. Works on streams that cannot seek.
        /// </summary>
        /// <param name="stream">The input.</param>
        /// <param name="forced">An encoding to use instead of detecting one (a matching byte-order mark is still skipped).</param>
        /// <param name="encoding">The encoding.</param>
        public static Stream Open(Stream stream, Encoding? forced, out Encoding encoding)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            byte[] sample = new byte[SampleSize];
            int count = 0;
            int read;
            while (count < sample.Length && (read = stream.Read(sample, count, sample.Length - count)) > 0)
            {
                count += read;
            }

            bool whole = count < sample.Length;
            Encoding detected = Detect(sample, count, whole, out int preamble);
            if (forced != null)
            {
                byte[] mark = forced.GetPreamble();
                bool same = forced.CodePage == detected.CodePage && preamble > 0;
                preamble = same || (mark.Length > 0 && count >= mark.Length && sample.Take(mark.Length).SequenceEqual(mark)) ? (same ? preamble : mark.Length) : 0;
                encoding = forced;
            }
            else
            {
                encoding = detected;
            }

            return new PeekedStream(sample, preamble, count, stream);
        }

        private static bool IsValidUtf8(byte[] bytes, int count, bool isWholeInput)
        {
            int i = 0;
            while (i < count)
            {
                byte b = bytes[i];
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 0)
                {
                    return false;
                }

                if (i + length > count)
                {
                    return !isWholeInput;
                }

                for (int k = 1; k < length; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80)
                    {
                        return false;
                    }
                }

                if ((b == 0xE0 && bytes[i + 1] < 0xA0) || (b == 0xED && bytes[i + 1] > 0x9F) || (b == 0xF0 && bytes[i + 1] < 0x90) || (b == 0xF4 && bytes[i + 1] > 0x8F))
                {
                    return false;
                }

                i += length;
            }

            return true;
        }
    }
}
