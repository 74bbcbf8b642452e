using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A caller's stream lent to a reader: reads and seeks pass through, and disposing the reader leaves
    /// the stream open, so that <see cref="SourceInput"/> can read a caller's stream more than once.
    /// </summary>
    internal sealed class BorrowedStream : Stream
    {
        private readonly Stream inner;

        public BorrowedStream(Stream inner)
        {
            this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        }

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
