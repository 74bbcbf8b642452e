using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A workbook part read through a count of its unpacked bytes: past the limit it throws the exception it was
    /// given, so a part packed small that unpacks to gigabytes (a shared-strings or styles bomb) is refused after
    /// <c>limit</c> bytes, never held.
    /// </summary>
    internal sealed class LimitedPartStream : Stream
    {
        private readonly Stream inner;
        private readonly long limit;
        private readonly Func<Exception> exceeded;
        private long read;

        public LimitedPartStream(Stream inner, long limit, Func<Exception> exceeded)
        {
            this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
            this.limit = limit;
            this.exceeded = exceeded ?? throw new ArgumentNullException(nameof(exceeded));
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            read += n;
            if (read > limit)
            {
                throw exceeded();
            }

            return n;
        }

        /// <summary>Reads the whole part, counting; throws when it is over the limit.</summary>
        public void ReadToEnd()
        {
            byte[] buffer = new byte[81920];
            while (Read(buffer, 0, buffer.Length) > 0)
            {
            }
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
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
