using System;
using System.IO;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>A write-only stream that cannot seek, like a pipe or standard output; it keeps what is written and counts it.</summary>
    internal sealed class ForwardOnlyOutputStream : Stream
    {
        private readonly MemoryStream written = new MemoryStream();

        public long BytesWritten => written.Length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>What was written, as a readable copy.</summary>
        public MemoryStream Contents() => new MemoryStream(written.ToArray());

        public override void Write(byte[] buffer, int offset, int count) => written.Write(buffer, offset, count);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
