using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>A read-only stream that replays bytes already read from the start of another stream, then continues with it.</summary>
    internal sealed class PeekedStream : ForwardReadStream
    {
        private readonly byte[] head;
        private readonly int headEnd;
        private readonly Stream rest;
        private int headPosition;

        public PeekedStream(byte[] head, int headStart, int headEnd, Stream rest)
            : base(rest)
        {
            this.head = head;
            headPosition = headStart;
            this.headEnd = headEnd;
            this.rest = rest;
        }

        protected override int ReadForward(byte[] buffer, int offset, int count)
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

            return read;
        }
    }
}
