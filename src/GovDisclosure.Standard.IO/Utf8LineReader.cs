using System;
using System.Buffers;
using System.IO;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads the lines of UTF-8 input as bytes, as <see cref="BoundedLineReader"/> reads them as text (ended by
    /// <c>\n</c>, <c>\r\n</c> or <c>\r</c>), with no string made of a line. It holds at most <c>maxBytes</c> bytes of a
    /// line: a longer line is not returned, and <see cref="Rest"/> gives the input from that line's start, for a reader
    /// that can cut it. A line's bytes never number fewer than its characters, so every line this reader returns is
    /// one <see cref="BoundedLineReader"/> would return whole for a limit of <c>maxBytes</c> characters.
    /// </summary>
    internal sealed class Utf8LineReader : IDisposable
    {
        private const int Chunk = 64 * 1024;

        private readonly Stream source;
        private readonly int maxBytes;
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        private int start;
        private int end;
        private bool endOfInput;
        private bool skipLineFeed;
        private bool handedOver;

        public Utf8LineReader(Stream source, int maxBytes)
        {
            this.source = source ?? throw new ArgumentNullException(nameof(source));
            this.maxBytes = maxBytes;
        }

        /// <summary>
        /// The next line's bytes without its ending, in this reader's buffer: valid only until the next call (copy what is
        /// kept); <c>null</c> at the end of the input or when the line is longer than <c>maxBytes</c> bytes.
        /// </summary>
        /// <param name="overlong"><c>true</c> when the line is longer than <c>maxBytes</c> bytes: then read the input on from <see cref="Rest"/>.</param>
        public ReadOnlyMemory<byte>? ReadLine(out bool overlong)
        {
            overlong = false;
            if (skipLineFeed)
            {
                if (start == end && !Fill())
                {
                    return null;
                }

                skipLineFeed = false;
                if (buffer[start] == (byte)'\n')
                {
                    start++;
                }
            }

            int scanned = 0;
            while (true)
            {
                int stop = new ReadOnlySpan<byte>(buffer, start + scanned, end - start - scanned).IndexOfAny((byte)'\r', (byte)'\n');
                if (stop >= 0)
                {
                    int length = scanned + stop;
                    if (length > maxBytes)
                    {
                        overlong = true;
                        return null;
                    }

                    var line = new ReadOnlyMemory<byte>(buffer, start, length);
                    skipLineFeed = buffer[start + length] == (byte)'\r';
                    start += length + 1;
                    return line;
                }

                scanned = end - start;
                if (scanned > maxBytes)
                {
                    overlong = true;
                    return null;
                }

                if (!Fill())
                {
                    if (end == start)
                    {
                        return null;
                    }

                    var last = new ReadOnlyMemory<byte>(buffer, start, end - start);
                    start = end;
                    return last;
                }
            }
        }

        /// <summary>The input from the start of the line not returned (after <see cref="ReadLine"/> said it was overlong); this reader is then done.</summary>
        public Stream Rest()
        {
            handedOver = true;
            byte[] head = new ReadOnlySpan<byte>(buffer, start, end - start).ToArray();
            Release();
            return new PeekedStream(head, 0, head.Length, source);
        }

        public void Dispose()
        {
            Release();
            if (!handedOver)
            {
                source.Dispose();
            }
        }

        /// <summary>Reads more input after the bytes held, making room first; false at the end of the input.</summary>
        private bool Fill()
        {
            if (endOfInput)
            {
                return false;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, larger, 0, end);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            int read = source.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                endOfInput = true;
                return false;
            }

            end += read;
            return true;
        }

        private void Release()
        {
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = Array.Empty<byte>();
                start = end = 0;
            }
        }
    }
}
