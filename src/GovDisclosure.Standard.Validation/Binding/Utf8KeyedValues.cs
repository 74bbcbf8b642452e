using System;
using System.Text;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// A small table of values keyed by UTF-8 bytes, for one binder's memories (<see cref="ReadValues"/>,
    /// <see cref="CanonicalValues"/>): looked up straight from the bytes the reader is on, with no string made,
    /// no transcoding and no shared-generic dictionary in between. It keeps at most <see cref="Limit"/> keys of at
    /// most the length it was made with; a key beyond them is not kept. Not for use by two threads at once.
    /// </summary>
    internal sealed class Utf8KeyedValues
    {
        /// <summary>The most keys kept.</summary>
        public const int Limit = 512;

        /// <summary>Twice <see cref="Limit"/> rounded up to a power of two, so that probes stay short.</summary>
        private const int Buckets = 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly int longestKey;
        private readonly int[] buckets = new int[Buckets];
        private readonly byte[][] keys = new byte[Limit][];
        private readonly int[] hashes = new int[Limit];
        private readonly object[] values = new object[Limit];

        /// <summary>The entry <see cref="Find"/> found last, and the one it found before that (-1 for none), tried before the hash is worked out.</summary>
        private int foundLast = -1;
        private int foundBefore = -1;

        /// <summary>Creates an empty table.</summary>
        /// <param name="longestKey">The longest key kept, in bytes.</param>
        public Utf8KeyedValues(int longestKey)
        {
            this.longestKey = longestKey;
        }

        /// <summary>How many keys are kept.</summary>
        public int Count { get; private set; }

        /// <summary>Whether no more keys are kept.</summary>
        public bool Full => Count >= Limit;

        /// <summary>The value kept for <paramref name="key"/>, or <c>null</c>.</summary>
        /// <param name="key">The key's bytes.</param>
        public object? Find(ReadOnlySpan<byte> key)
        {
            if (Count == 0 || key.Length > longestKey)
            {
                return null;
            }

            // The two keys found last come first, compared as they are, with no hash: a file's records give the same
            // few codes again and again (the same audience, mode and level in every entry; two levels by turns).
            int last = foundLast;
            if (last >= 0 && key.SequenceEqual(keys[last]))
            {
                return values[last];
            }

            int before = foundBefore;
            if (before >= 0 && key.SequenceEqual(keys[before]))
            {
                foundBefore = last;
                foundLast = before;
                return values[before];
            }

            int hash = Hash(key);
            for (int at = hash & (Buckets - 1); buckets[at] != 0; at = (at + 1) & (Buckets - 1))
            {
                int entry = buckets[at] - 1;
                if (hashes[entry] == hash && key.SequenceEqual(keys[entry]))
                {
                    foundBefore = last;
                    foundLast = entry;
                    return values[entry];
                }
            }

            return null;
        }

        /// <summary>Keeps <paramref name="value"/> for the UTF-8 of <paramref name="text"/> (a text that is not valid UTF-16 is not kept).</summary>
        /// <param name="text">The key as text.</param>
        /// <param name="value">The value.</param>
        public void Add(string text, object value)
        {
            if (Count >= Limit)
            {
                return;
            }

            byte[] key;
            try
            {
                key = StrictUtf8.GetBytes(text);
            }
            catch (EncoderFallbackException)
            {
                // A lone surrogate: its UTF-8 would stand for another text.
                return;
            }

            Add(key, value);
        }

        /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/>.</summary>
        /// <param name="key">The key's bytes.</param>
        /// <param name="value">The value.</param>
        public void Add(ReadOnlySpan<byte> key, object value) => Add(key.ToArray(), value);

        private void Add(byte[] key, object value)
        {
            if (Count >= Limit || key.Length > longestKey)
            {
                return;
            }

            int hash = Hash(key);
            int at = hash & (Buckets - 1);
            for (; buckets[at] != 0; at = (at + 1) & (Buckets - 1))
            {
                int entry = buckets[at] - 1;
                if (hashes[entry] == hash && key.AsSpan().SequenceEqual(keys[entry]))
                {
                    values[entry] = value;
                    return;
                }
            }

            keys[Count] = key;
            hashes[Count] = hash;
            values[Count] = value;
            Count++;
            buckets[at] = Count;
        }

        /// <summary>A multiply-and-rotate hash over the bytes, eight at a time: keys are short (codes, time limits) and few.</summary>
        internal static int Hash(ReadOnlySpan<byte> key)
        {
            ulong hash = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
            int i = 0;
            for (; i + 8 <= key.Length; i += 8)
            {
                hash = Mix(hash, System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key.Slice(i)));
            }

            // The bytes after the last whole eight: the last eight bytes (read over some already mixed) when there are
            // eight, else read four, two and one at a time, rather than byte by byte.
            ulong tail = 0;
            int left = key.Length - i;
            if (left > 0 && key.Length >= 8)
            {
                tail = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key.Slice(key.Length - 8));
            }
            else
            {
                int shift = 0;
                if ((left & 4) != 0)
                {
                    tail = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(key.Slice(i));
                    i += 4;
                    shift = 32;
                }

                if ((left & 2) != 0)
                {
                    tail |= (ulong)System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(key.Slice(i)) << shift;
                    i += 2;
                    shift += 16;
                }

                if ((left & 1) != 0)
                {
                    tail |= (ulong)key[i] << shift;
                }
            }

            hash = Mix(hash, tail);
            return (int)(hash ^ (hash >> 32));
        }

        private static ulong Mix(ulong hash, ulong word)
        {
            hash ^= word * 0xC2B2AE3D27D4EB4FUL;
            hash = (hash << 31) | (hash >> 33);
            return hash * 0x9E3779B97F4A7C15UL;
        }
    }
}
