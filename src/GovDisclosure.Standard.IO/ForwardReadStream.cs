using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The base of the reader's own read-only, forward-only streams: it counts the bytes read as its
    /// <see cref="Position"/>, refuses seeking and writing, and disposes what it reads from.
    /// </summary>
    internal abstract class ForwardReadStream : Stream
    {
        private readonly IDisposable source;
        private long position;

        /// <param name="source">What the stream reads from; disposed with it.</param>
        protected ForwardReadStream(IDisposable source)
        {
            this.source = source;
        }

        public sealed override bool CanRead => true;

        public sealed override bool CanSeek => false;

        public sealed override bool CanWrite => false;

        public sealed override long Length => throw new NotSupportedException();

        /// <summary>The number of bytes read so far; setting it is not supported.</summary>
        public sealed override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public sealed override int Read(byte[] buffer, int offset, int count)
        {
            int read = ReadForward(buffer, offset, count);
            position += read;
            return read;
        }

        public sealed override void Flush()
        {
        }

        public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public sealed override void SetLength(long value) => throw new NotSupportedException();

        public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Reads up to <paramref name="count"/> bytes; 0 only at the end.</summary>
        /// <param name="buffer">Where the bytes go.</param>
        /// <param name="offset">The first index to write.</param>
        /// <param name="count">The most bytes to read.</param>
        /// <returns>The number of bytes read.</returns>
        protected abstract int ReadForward(byte[] buffer, int offset, int count);

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
