using System;

namespace GovDisclosure.Standard.Validation.Binding
{
    /// <summary>
    /// The lists of codes or texts one binder bound lately for one list type, by the JSON they were bound from: a record
    /// whose list is written with the very bytes of one bound before with no finding (the same audiences, modes, levels
    /// and channels in entry after entry) is given that list with its items not bound again. Bytes from a list's
    /// <c>[</c> to its <c>]</c> are read as the same tokens wherever they stand, and a list of codes and texts bound with
    /// no finding is made of them alone, so the list given is the one binding them again would give (equal; shared as
    /// <see cref="RecentLists{T}"/> shares it). Kept in <see cref="Buckets"/> buckets of <see cref="Ways"/> lists, a bucket
    /// chosen by the list's bytes up to the end of its first item (known before the list is read); only lists of at
    /// most <see cref="LongestKept"/> bytes, in one array allocated once. Not for use by two threads at once.
    /// </summary>
    internal sealed class WrittenLists
    {
        /// <summary>Buckets in the table (a power of two).</summary>
        public const int Buckets = 32;

        /// <summary>Lists kept per bucket (lists that begin alike: the same first item).</summary>
        public const int Ways = 4;

        /// <summary>The longest list kept, in UTF-8 bytes of its JSON.</summary>
        public const int LongestKept = 192;

        /// <summary>How far the key of a list (<see cref="KeyOf"/>) looks for the end of its first item.</summary>
        private const int KeyReach = 64;

        private readonly byte[] bytes = new byte[Buckets * Ways * LongestKept];
        private readonly int[] lengths = new int[Buckets * Ways];
        private readonly int[] keys = new int[Buckets * Ways];
        private readonly object?[] lists = new object?[Buckets * Ways];

        /// <summary>Per bucket, the way the next list kept replaces.</summary>
        private readonly byte[] next = new byte[Buckets];

        /// <summary>
        /// The key of a list that starts at the start of <paramref name="from"/>: the hash of its bytes up to and with the
        /// first comma or closing bracket (the end of its first item, or of an empty list), looked for in the first
        /// <see cref="KeyReach"/> bytes. A function of those bytes alone, so a list written alike has the same key
        /// wherever it stands, whatever follows it.
        /// </summary>
        /// <param name="from">The record's bytes from the list's <c>[</c> on.</param>
        public static int KeyOf(ReadOnlySpan<byte> from)
        {
            ReadOnlySpan<byte> head = from.Length > KeyReach ? from.Slice(0, KeyReach) : from;
            int end = head.IndexOfAny((byte)',', (byte)']');
            return Utf8KeyedValues.Hash(end < 0 ? head : head.Slice(0, end + 1));
        }

        /// <summary>The list kept for the list written at the start of <paramref name="from"/>, or <c>null</c>.</summary>
        /// <param name="key">The list's key (<see cref="KeyOf"/>).</param>
        /// <param name="from">The record's bytes from the list's <c>[</c> on.</param>
        /// <param name="length">The length of the list's JSON, from its <c>[</c> to its <c>]</c>, when one is found: the kept list's.</param>
        public object? Find(int key, ReadOnlySpan<byte> from, out int length)
        {
            int at = (key & (Buckets - 1)) * Ways;
            for (int way = at; way < at + Ways; way++)
            {
                object? list = lists[way];
                if (list != null && keys[way] == key && from.StartsWith(new ReadOnlySpan<byte>(bytes, way * LongestKept, lengths[way])))
                {
                    length = lengths[way];
                    return list;
                }
            }

            length = 0;
            return null;
        }

        /// <summary>Keeps <paramref name="list"/>, bound with no finding from <paramref name="written"/> (a whole list's JSON), when it is short enough.</summary>
        /// <param name="key">The list's key (<see cref="KeyOf"/>).</param>
        /// <param name="written">The list's JSON, from its <c>[</c> to its <c>]</c>.</param>
        /// <param name="list">The list bound from it.</param>
        public void Keep(int key, ReadOnlySpan<byte> written, object list)
        {
            if (written.Length > LongestKept)
            {
                return;
            }

            int bucket = key & (Buckets - 1);
            int way = (bucket * Ways) + next[bucket];
            next[bucket] = (byte)((next[bucket] + 1) % Ways);
            written.CopyTo(new Span<byte>(bytes, way * LongestKept, LongestKept));
            lengths[way] = written.Length;
            keys[way] = key;
            lists[way] = list;
        }
    }
}
