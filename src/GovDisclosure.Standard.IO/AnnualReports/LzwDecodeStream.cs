using System.IO;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// LZWDecode (PDF 32000-1, 7.4.4) with the default EarlyChange 1: codes of 9 to 12 bits, most significant bit first;
    /// 256 clears the table, 257 ends the data; each code after the first adds an entry (a string one byte longer than one
    /// already in the table), and the code width grows one code early. A full table (4,096 entries) takes no more until
    /// cleared. A code stands for at most 4,094 bytes, hence the filter's bound of about 2,700-fold.
    /// </summary>
    internal sealed class LzwDecodeStream : DecodeStream
    {
        private const int Clear = 256;
        private const int End = 257;
        private const int TableSize = 4096;

        private readonly int[] prefix = new int[TableSize];
        private readonly byte[] last = new byte[TableSize];
        private readonly byte[] first = new byte[TableSize];
        private readonly int[] length = new int[TableSize];
        private readonly byte[] pending = new byte[TableSize];
        private int pendingAt;
        private int pendingEnd;
        private int next = 258;
        private int width = 9;
        private int previous = -1;
        private int bits;
        private int bitCount;
        private bool ended;

        public LzwDecodeStream(Stream encoded)
            : base(encoded)
        {
            for (int i = 0; i < 256; i++)
            {
                last[i] = (byte)i;
                first[i] = (byte)i;
                length[i] = 1;
                prefix[i] = -1;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int written = 0;
            while (written < count)
            {
                if (pendingAt < pendingEnd)
                {
                    int n = System.Math.Min(count - written, pendingEnd - pendingAt);
                    System.Array.Copy(pending, pendingAt, buffer, offset + written, n);
                    pendingAt += n;
                    written += n;
                    continue;
                }

                if (ended || !Decode())
                {
                    ended = true;
                    break;
                }
            }

            return written;
        }

        /// <summary>Reads one code and puts the string it stands for in <see cref="pending"/>; <c>false</c> at the end of the data.</summary>
        private bool Decode()
        {
            while (true)
            {
                while (bitCount < width)
                {
                    int b = Encoded.ReadByte();
                    if (b < 0)
                    {
                        return false;
                    }

                    bits = (bits << 8) | b;
                    bitCount += 8;
                }

                int code = (bits >> (bitCount - width)) & ((1 << width) - 1);
                bitCount -= width;
                if (code == Clear)
                {
                    next = 258;
                    width = 9;
                    previous = -1;
                    continue;
                }

                if (code == End || code > next || (code == next && previous < 0))
                {
                    return false;
                }

                int entry = code;
                if (previous >= 0 && next < TableSize)
                {
                    prefix[next] = previous;
                    last[next] = code == next ? first[previous] : first[code];
                    first[next] = first[previous];
                    length[next] = length[previous] + 1;
                    next++;
                    if (next + 1 >= 1 << width && width < 12)
                    {
                        width++;
                    }
                }
                else if (code == next)
                {
                    return false;
                }

                previous = entry;
                pendingEnd = length[entry];
                pendingAt = 0;
                for (int i = pendingEnd - 1, at = entry; i >= 0; i--, at = prefix[at])
                {
                    pending[i] = last[at];
                }

                return true;
            }
        }
    }
}
