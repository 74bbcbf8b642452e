#if NET
using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A window onto a file written before and now only read (a spill file, <see cref="XlsxSharedStrings"/>), for reads that
    /// mostly move forward: the bytes asked for come from the window when it holds them; bytes just past it (within another
    /// window's length) move the window to them; any others — behind the window, far ahead, or longer than it — are read
    /// on their own, leaving the window where it is, so that a look back at an earlier item does not make the next item
    /// read the window again. Each read is one read at an offset (<see cref="RandomAccess"/>), with no stream position to
    /// keep. Not for several threads.
    /// </summary>
    internal sealed class SpillWindow
    {
        private readonly SafeFileHandle file;
        private readonly byte[] window;
        /// <summary>What a range read on its own (not through the window) is read into.</summary>
        private byte[] large = Array.Empty<byte>();
        private long start;
        private int length;

        /// <summary>A window of <paramref name="size"/> bytes onto <paramref name="file"/>.</summary>
        public SpillWindow(SafeFileHandle file, int size)
        {
            this.file = file;
            window = new byte[size];
        }

        /// <summary>The <paramref name="count"/> bytes at <paramref name="offset"/>, valid until the next read.</summary>
        /// <exception cref="IOException">The file ends before them.</exception>
        public ReadOnlySpan<byte> Read(long offset, int count)
        {
            if (offset >= start && offset + count <= start + length)
            {
                return window.AsSpan((int)(offset - start), count);
            }

            bool ahead = offset >= start + length && offset < start + length + window.Length;
            if (count > window.Length || (length > 0 && !ahead))
            {
                if (large.Length < count)
                {
                    large = new byte[count];
                }

                Fill(large, offset, count, count);
                return large.AsSpan(0, count);
            }

            length = 0;
            start = offset;
            length = Fill(window, offset, window.Length, count);
            return window.AsSpan(0, count);
        }

        /// <summary>Reads up to <paramref name="most"/> bytes at <paramref name="offset"/> into <paramref name="into"/>: at least <paramref name="least"/>, or the file ended early.</summary>
        private int Fill(byte[] into, long offset, int most, int least)
        {
            int read = 0;
            while (read < most)
            {
                int n = RandomAccess.Read(file, into.AsSpan(read, most - read), offset + read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (read < least)
            {
                throw new IOException("The shared-strings spill file ended early.");
            }

            return read;
        }
    }
}
#endif
