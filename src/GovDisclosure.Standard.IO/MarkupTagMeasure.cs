using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The length of the XML tag being read: from <c>&lt;</c> to its <c>&gt;</c>, quoted attribute values included. Text
    /// between tags is not measured (cell text is read in chunks). The bytes are searched for the next one that changes the
    /// state (<c>&lt;</c> in text; a quote or <c>&gt;</c> in a tag; the closing quote in a value; <c>&gt;</c> in a
    /// declaration) rather than looked at one by one: the same lengths, and the same answer, as measuring byte by byte.
    /// </summary>
    internal sealed class MarkupTagMeasure
    {
        private const int Text = 0;
        private const int Opened = 1;
        private const int Tag = 2;
        private const int Quoted = 3;
        private const int Declaration = 4;

        private int state;
        private byte quote;
        private long length;

        /// <summary>Measures the next bytes of the XML; whether a tag among them is longer than <paramref name="limit"/>.</summary>
        /// <param name="buffer">The bytes read.</param>
        /// <param name="offset">The first byte read.</param>
        /// <param name="count">How many bytes were read.</param>
        /// <param name="limit">The most bytes of one tag.</param>
        public bool Exceeds(byte[] buffer, int offset, int count, long limit)
        {
            ReadOnlySpan<byte> rest = buffer.AsSpan(offset, count);
            while (!rest.IsEmpty)
            {
                if (state == Text)
                {
                    int open = rest.IndexOf((byte)'<');
                    if (open < 0)
                    {
                        return false;
                    }

                    state = Opened;
                    length = 1;
                    rest = rest.Slice(open + 1);
                    continue;
                }

                if (state == Opened)
                {
                    byte b = rest[0];
                    state = b == (byte)'!' || b == (byte)'?' ? Declaration : b == (byte)'>' ? Text : Tag;
                    rest = rest.Slice(1);
                    if (++length > limit && state != Text)
                    {
                        return true;
                    }

                    continue;
                }

                // Every byte before the next that changes the state lengthens the tag and leaves it open.
                int next = state == Tag ? rest.IndexOfAny((byte)'"', (byte)'\'', (byte)'>') : rest.IndexOf(state == Quoted ? quote : (byte)'>');
                int within = next < 0 ? rest.Length : next;
                if (length + within > limit)
                {
                    return true;
                }

                length += within;
                if (next < 0)
                {
                    return false;
                }

                byte found = rest[next];
                if (state == Tag && found != (byte)'>')
                {
                    state = Quoted;
                    quote = found;
                }
                else
                {
                    state = state == Quoted ? Tag : Text;
                }

                rest = rest.Slice(next + 1);
                if (++length > limit && state != Text)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
