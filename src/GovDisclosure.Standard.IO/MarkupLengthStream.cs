using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A workbook part's XML read through a measure of each tag (from <c>&lt;</c> to its <c>&gt;</c>, quoted attribute values
    /// included): past the limit it throws the exception it was given, so an element with a gigabyte attribute value —
    /// which an XML reader holds whole — is refused after <c>limit</c> bytes, never held. Text between tags is not
    /// measured (cell text is read in chunks).
    /// </summary>
    internal sealed class MarkupLengthStream : Stream
    {
        private const int Text = 0;
        private const int Opened = 1;
        private const int Tag = 2;
        private const int Quoted = 3;
        private const int Declaration = 4;

        private readonly Stream inner;
        private readonly long limit;
        private readonly Func<Exception> exceeded;
        private int state;
        private byte quote;
        private long length;

        public MarkupLengthStream(Stream inner, long limit, Func<Exception> exceeded)
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
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            for (int i = offset; i < offset + n; i++)
            {
                byte b = buffer[i];
                switch (state)
                {
                    case Text:
                        if (b == (byte)'<')
                        {
                            state = Opened;
                            length = 1;
                        }

                        continue;
                    case Opened:
                        state = b == (byte)'!' || b == (byte)'?' ? Declaration : b == (byte)'>' ? Text : Tag;
                        break;
                    case Tag:
                        if (b == (byte)'"' || b == (byte)'\'')
                        {
                            state = Quoted;
                            quote = b;
                        }
                        else if (b == (byte)'>')
                        {
                            state = Text;
                        }

                        break;
                    case Quoted:
                        if (b == quote)
                        {
                            state = Tag;
                        }

                        break;
                    default:
                        if (b == (byte)'>')
                        {
                            state = Text;
                        }

                        break;
                }

                if (++length > limit && state != Text)
                {
                    throw exceeded();
                }
            }

            return n;
        }

        /// <summary>Reads the whole part, measuring; throws when a tag is over the limit.</summary>
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
