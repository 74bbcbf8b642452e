using System;
using System.IO;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>A forward-only stream that hands out at most <c>chunk</c> bytes per read, like a network stream or a pipe.</summary>
    internal sealed class NonSeekableStream : Stream
    {
        private readonly Stream inner;
        private readonly int chunk;

        public NonSeekableStream(Stream inner, int chunk = 1000)
        {
            this.inner = inner;
            this.chunk = chunk;
        }

        public long BytesRead { get; private set; }

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
            int read = inner.Read(buffer, offset, Math.Min(count, chunk));
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
