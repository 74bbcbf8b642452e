namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// The length of the XML tag being read, byte by byte: from <c>&lt;</c> to its <c>&gt;</c>, quoted attribute values
    /// included. Text between tags is not measured (cell text is read in chunks).
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
            for (int i = offset; i < offset + count; i++)
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
                    return true;
                }
            }

            return false;
        }
    }
}
