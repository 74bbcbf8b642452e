using System;
using System.IO;

namespace GovDisclosure.Standard.Input.AnnualReports
{
    /// <summary>A read-only, forward-only stream that decodes another as it is read (a PDF filter measured by <see cref="PdfInflationBudget"/>).</summary>
    internal abstract class DecodeStream : Stream
    {
        protected DecodeStream(Stream encoded)
        {
            Encoded = encoded;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>The stream decoded.</summary>
        protected Stream Encoded { get; }

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
                Encoded.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
