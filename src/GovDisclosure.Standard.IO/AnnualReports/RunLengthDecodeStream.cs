using System.IO;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>
    /// RunLengthDecode (PDF 32000-1, 7.4.5): a length byte L then L + 1 bytes copied (L below 128), or one byte repeated
    /// 257 − L times (L above 128); 128 ends the data. Two bytes stand for at most 128.
    /// </summary>
    internal sealed class RunLengthDecodeStream : DecodeStream
    {
        private int copy;
        private int repeat;
        private int repeated;
        private bool ended;

        public RunLengthDecodeStream(Stream encoded)
            : base(encoded)
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int written = 0;
            while (written < count && !ended)
            {
                if (copy > 0)
                {
                    int b = Encoded.ReadByte();
                    if (b < 0)
                    {
                        ended = true;
                        break;
                    }

                    buffer[offset + written++] = (byte)b;
                    copy--;
                }
                else if (repeat > 0)
                {
                    buffer[offset + written++] = (byte)repeated;
                    repeat--;
                }
                else
                {
                    int length = Encoded.ReadByte();
                    if (length < 0 || length == 128)
                    {
                        ended = true;
                    }
                    else if (length < 128)
                    {
                        copy = length + 1;
                    }
                    else
                    {
                        repeated = Encoded.ReadByte();
                        if (repeated < 0)
                        {
                            ended = true;
                        }
                        else
                        {
                            repeat = 257 - length;
                        }
                    }
                }
            }

            return written;
        }
    }
}
