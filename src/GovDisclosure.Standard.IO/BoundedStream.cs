using System;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A stream read through a measure with a limit: past the limit it throws the exception it was given, so what
    /// the measure guards is refused after <c>limit</c> bytes, never held. Two measures: the bytes read in all
    /// (<see cref="OfSize"/>: a part packed small that unpacks to gigabytes, an .xls that cannot seek) and the bytes of
    /// each XML tag (<see cref="OfTags"/>: an element with a gigabyte attribute value, which an XML reader holds whole).
    /// </summary>
    internal sealed class BoundedStream : ForwardReadStream
    {
        private readonly Stream inner;
        private readonly long limit;
        private readonly Func<Exception> exceeded;
        private readonly MarkupTagMeasure? tags;

        private BoundedStream(Stream inner, long limit, Func<Exception> exceeded, MarkupTagMeasure? tags)
            : base(inner ?? throw new ArgumentNullException(nameof(inner)))
        {
            this.inner = inner;
            this.limit = limit;
            this.exceeded = exceeded ?? throw new ArgumentNullException(nameof(exceeded));
            this.tags = tags;
        }

        /// <summary>A stream that throws once more than <paramref name="limit"/> bytes have been read from it.</summary>
        /// <param name="inner">What is read; disposed with the stream.</param>
        /// <param name="limit">The most bytes that may be read.</param>
        /// <param name="exceeded">The exception thrown past the limit.</param>
        public static BoundedStream OfSize(Stream inner, long limit, Func<Exception> exceeded) => new BoundedStream(inner, limit, exceeded, null);

        /// <summary>A stream of XML that throws once one tag is longer than <paramref name="limit"/> bytes (<see cref="MarkupTagMeasure"/>).</summary>
        /// <param name="inner">The XML read; disposed with the stream.</param>
        /// <param name="limit">The most bytes of one tag.</param>
        /// <param name="exceeded">The exception thrown past the limit.</param>
        public static BoundedStream OfTags(Stream inner, long limit, Func<Exception> exceeded) => new BoundedStream(inner, limit, exceeded, new MarkupTagMeasure());

        /// <summary>Reads the whole stream, measuring; throws when it is over the limit.</summary>
        public void ReadToEnd()
        {
            byte[] buffer = new byte[81920];
            while (Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        protected override int ReadForward(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            if (tags is null ? Position + n > limit : tags.Exceeds(buffer, offset, n, limit))
            {
                throw exceeded();
            }

            return n;
        }
    }
}
