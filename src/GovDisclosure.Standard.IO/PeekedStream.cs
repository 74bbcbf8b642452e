using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>A read-only stream that replays bytes already read from the start of another stream, then continues with it.</summary>
    internal sealed class PeekedStream : Stream
    {
        private readonly byte[] head;
        private readonly int headEnd;
        private readonly Stream rest;
        private int headPosition;
        private long position;

        public PeekedStream(byte[] head, int headStart, int headEnd, Stream rest)
        {
            this.head = head;
            headPosition = headStart;
            this.headEnd = headEnd;
            this.rest = rest;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read;
            if (headPosition < headEnd)
            {
                read = Math.Min(count, headEnd - headPosition);
                Buffer.BlockCopy(head, headPosition, buffer, offset, read);
                headPosition += read;
            }
            else
            {
                read = rest.Read(buffer, offset, count);
            }

            position += read;
            return read;
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
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
