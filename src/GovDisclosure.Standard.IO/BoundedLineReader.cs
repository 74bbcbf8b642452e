using System;
using System.IO;
using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads lines like <see cref="TextReader.ReadLine"/> (ended by <c>\n</c>, <c>\r\n</c> or <c>\r</c>),
    /// but never holds more than <c>maxLength</c> characters of a line: the rest of a longer line is
    /// read past and dropped, and the caller is told the line was cut. A file that is one huge line
    /// (a whole JSON array saved as JSON Lines) then needs memory for <c>maxLength</c>, not for the file.
    /// </summary>
    internal sealed class BoundedLineReader : IDisposable
    {
        private readonly TextReader source;
        private readonly int maxLength;
        private readonly char[] buffer = new char[16 * 1024];
        private readonly StringBuilder line = new StringBuilder();
        private int start;
        private int end;
        private bool endOfInput;
        private bool skipLineFeed;

        public BoundedLineReader(TextReader source, int maxLength)
        {
            this.source = source ?? throw new ArgumentNullException(nameof(source));
            this.maxLength = maxLength;
        }

        /// <summary>The next line without its ending, at most <c>maxLength</c> characters of it; <c>null</c> at the end of the input.</summary>
        /// <param name="cut"><c>true</c> when the line was longer and only its start is returned.</param>
        public string? ReadLine(out bool cut)
        {
            line.Clear();
            cut = false;
            bool any = false;
            while (true)
            {
                if (start == end)
                {
                    if (endOfInput)
                    {
                        break;
                    }

                    start = 0;
                    end = source.Read(buffer, 0, buffer.Length);
                    if (end == 0)
                    {
                        endOfInput = true;
                        break;
                    }
                }

                if (skipLineFeed)
                {
                    skipLineFeed = false;
                    if (buffer[start] == '\n')
                    {
                        start++;
                        continue;
                    }
                }

                any = true;
                int stop = new ReadOnlySpan<char>(buffer, start, end - start).IndexOfAny('\r', '\n');
                int take = stop < 0 ? end - start : stop;
                Append(take, ref cut);
                if (stop < 0)
                {
                    start = end;
                    continue;
                }

                skipLineFeed = buffer[start + stop] == '\r';
                start += stop + 1;
                return line.ToString();
            }

            return any ? line.ToString() : null;
        }

        public void Dispose() => source.Dispose();

        private void Append(int count, ref bool cut)
        {
            int room = maxLength - line.Length;
            if (count > room)
            {
                cut = true;
                count = room;
            }

            line.Append(buffer, start, count);
        }
    }
}
