using System;
using System.IO;
using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>A read-only stream of UTF-8 bytes transcoded, chunk by chunk, from text in another encoding.</summary>
    internal sealed class Utf8TranscodingStream : ForwardReadStream
    {
        private readonly TextReader source;
        private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
        private readonly char[] chars = new char[16 * 1024];
        private readonly byte[] bytes = new byte[(16 * 1024 * 3) + 8];
        private int byteStart;
        private int byteEnd;
        private bool done;

        public Utf8TranscodingStream(TextReader source)
            : base(source)
        {
            this.source = source;
        }

        protected override int ReadForward(byte[] buffer, int offset, int count)
        {
            while (byteStart == byteEnd)
            {
                if (done)
                {
                    return 0;
                }

                int read = source.Read(chars, 0, chars.Length);
                done = read == 0;
                byteStart = 0;
                byteEnd = encoder.GetBytes(chars, 0, read, bytes, 0, done);
            }

            int n = Math.Min(count, byteEnd - byteStart);
            Buffer.BlockCopy(bytes, byteStart, buffer, offset, n);
            byteStart += n;
            return n;
        }
    }
}
