using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// A workbook's shared-strings table (共享字符串表) kept as UTF-8 bytes and where each item starts, not as a .NET string
    /// an item. A small table stays in memory; once its text passes <see cref="SpillBytes"/> or its items
    /// <see cref="SpillItems"/>, the text and the item offsets move to two files in the temp folder (deleted when the table
    /// is disposed) and are read back from there, so memory does not grow with the table. Items looked up recently are kept
    /// decoded in a small cache: a column of a few repeated values (试点领域, 公开方式) is decoded once.
    /// Items are added first, then read; not for several threads.
    /// </summary>
    internal sealed class XlsxSharedStrings : IDisposable
    {
        /// <summary>
        /// The text, in UTF-8 bytes, held in memory before the table moves to files: below the large-object heap's 85,000
        /// bytes, so that the arrays the table grows through are collected young. Grown to 2 MiB, they were left on the
        /// large-object heap for a full collection, 8 MiB of a peak working set that was otherwise ~95 MiB.
        /// </summary>
        internal const int SpillBytes = 64 * 1024;

        /// <summary>The number of items held in memory before the table moves to files (their starts, 8 bytes each, also below 85,000 bytes).</summary>
        internal const int SpillItems = 8 * 1024;

        private const int CacheSize = 4096;
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, false);
        private readonly int spillBytes;
        private readonly int spillItems;
        private readonly int[] cachedIndex = new int[CacheSize];
        private readonly string?[] cachedText = new string?[CacheSize];
        private byte[] text = new byte[4096];
        private long[] starts = new long[256];
        private long length;
        private char[] chars = new char[256];
        private readonly byte[] pair = new byte[16];
        private byte[] bytes = new byte[256];
        private FileStream? textFile;
        private FileStream? startsFile;
        private bool reading;
#if NET
        /// <summary>The bytes of the text file read at a time: below the large-object heap's 85,000 bytes.</summary>
        private const int TextWindowBytes = 64 * 1024;

        /// <summary>The bytes of the item starts' file read at a time (1,024 starts).</summary>
        private const int StartsWindowBytes = 8 * 1024;

        private SpillWindow? textWindow;
        private SpillWindow? startsWindow;
#endif

        /// <summary>Creates an empty table that moves to files past the default sizes.</summary>
        public XlsxSharedStrings()
            : this(SpillBytes, SpillItems)
        {
        }

        /// <summary>Creates an empty table that moves to files past the sizes given (small in tests).</summary>
        internal XlsxSharedStrings(int spillBytes, int spillItems)
        {
            this.spillBytes = spillBytes;
            this.spillItems = spillItems;
            for (int i = 0; i < CacheSize; i++)
            {
                cachedIndex[i] = -1;
            }
        }

        /// <summary>The number of items.</summary>
        public int Count { get; private set; }

        /// <summary>Whether the table has moved to files.</summary>
        internal bool IsSpilled => textFile != null;

        /// <summary>The text of item <paramref name="index"/>.</summary>
        public string this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                int slot = index & (CacheSize - 1);
                if (cachedIndex[slot] == index)
                {
                    return cachedText[slot]!;
                }

                string found = Decode(index);
                cachedIndex[slot] = index;
                cachedText[slot] = found;
                return found;
            }
        }

        /// <summary>Adds an item.</summary>
        public void Add(StringBuilder item)
        {
            if (reading)
            {
                throw new InvalidOperationException("The shared-strings table is complete once an item has been read from its files.");
            }

            if (item.Length > chars.Length)
            {
                chars = new char[Math.Max(item.Length, chars.Length * 2)];
            }

            item.CopyTo(0, chars, 0, item.Length);
            int count = Utf8.GetByteCount(chars, 0, item.Length);
            if (textFile is null && (length + count > spillBytes || Count + 1 > spillItems))
            {
                Spill();
            }

            if (textFile is null)
            {
                if (length + count > text.Length)
                {
                    Array.Resize(ref text, (int)Math.Max(length + count, Math.Min((long)text.Length * 2, int.MaxValue - 64)));
                }

                if (Count == starts.Length)
                {
                    Array.Resize(ref starts, starts.Length * 2);
                }

                starts[Count] = length;
                Utf8.GetBytes(chars, 0, item.Length, text, (int)length);
            }
            else
            {
                BinaryPrimitives.WriteInt64LittleEndian(pair, length);
                startsFile!.Write(pair, 0, 8);
                if (count > bytes.Length)
                {
                    bytes = new byte[Math.Max(count, bytes.Length * 2)];
                }

                Utf8.GetBytes(chars, 0, item.Length, bytes, 0);
                textFile.Write(bytes, 0, count);
            }

            length += count;
            Count++;
        }

        /// <summary>Deletes the files, if the table moved to them.</summary>
        public void Dispose()
        {
            textFile?.Dispose();
            startsFile?.Dispose();
        }

        private string Decode(int index)
        {
            if (textFile is null)
            {
                long end = index + 1 < Count ? starts[index + 1] : length;
                return end == starts[index] ? string.Empty : Utf8.GetString(text, (int)starts[index], (int)(end - starts[index]));
            }

#if NET
            return DecodeSpilled(index);
#else
            reading = true;
            startsFile!.Position = (long)index * 8;
            int wanted = index + 1 < Count ? 16 : 8;
            ReadFully(startsFile, pair, wanted);
            long from = BinaryPrimitives.ReadInt64LittleEndian(pair.AsSpan(0, 8));
            long to = wanted == 16 ? BinaryPrimitives.ReadInt64LittleEndian(pair.AsSpan(8, 8)) : length;
            int size = checked((int)(to - from));
            if (size == 0)
            {
                return string.Empty;
            }

            if (size > bytes.Length)
            {
                bytes = new byte[Math.Max(size, bytes.Length * 2)];
            }

            textFile.Position = from;
            ReadFully(textFile, bytes, size);
            return Utf8.GetString(bytes, 0, size);
#endif
        }

#if NET
        /// <summary>
        /// The text of item <paramref name="index"/> from the files, read through two windows of them (<see cref="SpillWindow"/>):
        /// setting a <see cref="FileStream"/>'s position dropped its buffer, so each item missing from the cache read 64 KB
        /// twice (24,000 reads of each file for a 20 MiB workbook); items are mostly looked up in the order they were added.
        /// </summary>
        private string DecodeSpilled(int index)
        {
            if (!reading)
            {
                reading = true;
                textFile!.Flush();
                startsFile!.Flush();
                startsWindow = new SpillWindow(startsFile.SafeFileHandle, StartsWindowBytes);
                textWindow = new SpillWindow(textFile.SafeFileHandle, TextWindowBytes);
            }

            int wanted = index + 1 < Count ? 16 : 8;
            ReadOnlySpan<byte> pairRead = startsWindow!.Read((long)index * 8, wanted);
            long from = BinaryPrimitives.ReadInt64LittleEndian(pairRead.Slice(0, 8));
            long to = wanted == 16 ? BinaryPrimitives.ReadInt64LittleEndian(pairRead.Slice(8, 8)) : length;
            int size = checked((int)(to - from));
            return size == 0 ? string.Empty : Utf8.GetString(textWindow!.Read(from, size));
        }
#endif

        private static void ReadFully(Stream file, byte[] into, int size)
        {
            int read = 0;
            while (read < size)
            {
                int n = file.Read(into, read, size - read);
                if (n == 0)
                {
                    throw new IOException("The shared-strings spill file ended early.");
                }

                read += n;
            }
        }

        /// <summary>Moves the table to two files in the temp folder: the text, and each item's start as eight bytes.</summary>
        private void Spill()
        {
            textFile = Open();
            startsFile = Open();
            textFile.Write(text, 0, (int)length);
            var start = new byte[8];
            for (int i = 0; i < Count; i++)
            {
                BinaryPrimitives.WriteInt64LittleEndian(start, starts[i]);
                startsFile.Write(start, 0, 8);
            }

            text = Array.Empty<byte>();
            starts = Array.Empty<long>();
        }

        /// <summary>
        /// A spill file, gone when it is closed. Where a file's name can be removed while it is open (not Windows, whose
        /// system deletes a delete-on-close file with its last handle, even when the process ends) the name is removed at
        /// once, so that a table never disposed (a workbook opened and its records never read) leaves no file behind when
        /// the process ends before the table is collected.
        /// </summary>
        private static FileStream Open()
        {
            string path = Path.Combine(Path.GetTempPath(), "govdisclosure-sst-" + Guid.NewGuid().ToString("N") + ".tmp");
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                File.Delete(path);
            }

            return file;
        }
    }
}
