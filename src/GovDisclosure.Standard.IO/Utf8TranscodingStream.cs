using System;
using System.IO;
using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>A read-only stream of UTF-8 bytes transcoded, chunk by chunk, from text in another encoding.</summary>
    internal sealed class Utf8TranscodingStream : Stream
    {
        private readonly TextReader source;
        private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
        private readonly char[] chars = new char[16 * 1024];
        private readonly byte[] bytes = new byte[(16 * 1024 * 3) + 8];
        private int byteStart;
        private int byteEnd;
        private bool done;

        public Utf8TranscodingStream(TextReader source)
        {
            this.source = source;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
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

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                source.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
