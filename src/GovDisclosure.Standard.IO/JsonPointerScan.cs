using System;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// One pointer's offset in a record found by a scan of the record's punctuation (单个指针的扫描), with no index made: a
    /// record's first finding is located this way, as most records with a finding have one (<see cref="JsonRecordIndex"/> is
    /// made on the second). The scan steps only through the members and items on the pointer's way and crosses every other
    /// container by its brackets; it stops at the pointer's first member or item. It gives the offset
    /// <see cref="JsonMemberOffsets.Find"/> gives (the pointer's first member or item, else its longest prefix's, else
    /// <c>-1</c>), or gives up, as the index's scan does, at anything it leaves to a reader (a comment, a byte out of place).
    /// </summary>
    internal static class JsonPointerScan
    {
        /// <summary>
        /// The offset of <paramref name="pointer"/> in <paramref name="json"/> as <see cref="JsonMemberOffsets.Find"/> gives it;
        /// <c>false</c> when the scan gives up (the offset is then to be found by the index).
        /// </summary>
        /// <param name="json">The record's UTF-8 bytes: one well-formed JSON value (it was read).</param>
        /// <param name="pointer">An RFC 6901 pointer.</param>
        /// <param name="offset">The offset found; <c>-1</c> when no member or item has the pointer or a prefix of it.</param>
        public static bool TryFind(ReadOnlySpan<byte> json, string? pointer, out int offset)
        {
            offset = -1;
            if (pointer is null || pointer.Length == 0 || pointer[0] != '/')
            {
                return true;
            }

            int count = JsonMemberOffsets.SegmentCount(pointer);
            if (count > 32)
            {
                return false;
            }

            Span<int> starts = stackalloc int[count];
            Span<int> lengths = stackalloc int[count];
            string names = JsonMemberOffsets.Segments(pointer, starts, lengths);

            // The segments in UTF-8, as unescaped member names are compared: utf8Lengths[k] -1 when segment k is not valid
            // UTF-16 (a lone surrogate), as no such name then equals it.
            Span<byte> utf8 = names.Length <= 256 ? stackalloc byte[names.Length * 3] : new byte[names.Length * 3];
            Span<int> utf8Starts = stackalloc int[count];
            Span<int> utf8Lengths = stackalloc int[count];
            int written = 0;
            for (int k = 0; k < count; k++)
            {
                utf8Starts[k] = written;
                utf8Lengths[k] = lengths[k] < 0 ? -1 : JsonRecordIndex.ToUtf8(names.AsSpan(starts[k], lengths[k]), utf8.Slice(written));
                written += Math.Max(utf8Lengths[k], 0);
            }

            // The array index each segment names, -1 for none.
            Span<int> indexes = stackalloc int[count];
            for (int k = 0; k < count; k++)
            {
                indexes[k] = lengths[k] < 0 ? -1 : JsonMemberOffsets.IndexOf(names.AsSpan(starts[k], lengths[k]));
            }

            // first[k]: the offset of the first member or item whose pointer is the first k + 1 segments.
            Span<int> first = stackalloc int[count];
            first.Fill(-1);

            // Each open container's pointer is the first `depth` segments (the others are crossed): whether it is an array,
            // and the index of its next item.
            Span<bool> array = stackalloc bool[count];
            Span<int> nextItem = stackalloc int[count];

            int at;
            bool onPath;
            byte b;
            int i = JsonBlank.Skip(json, 0);
            if (i >= json.Length || (json[i] != (byte)'{' && json[i] != (byte)'['))
            {
                return false;
            }

            int depth = 0;
            array[0] = json[i] == (byte)'[';
            nextItem[0] = 0;
            i = JsonBlank.Skip(json, i + 1);
            if (i >= json.Length)
            {
                return false;
            }

            if (json[i] == (array[0] ? (byte)']' : (byte)'}'))
            {
                goto After;
            }

        Member:
            // i is at a member's name or an item of the open container at `depth`, whose pointer is the first `depth` segments.
            at = i;
            if (array[depth])
            {
                int item = nextItem[depth]++;
                onPath = indexes[depth] == item;
            }
            else
            {
                if (json[i] != (byte)'"')
                {
                    return false;
                }

                int end = JsonRecordIndex.StringEnd(json, i, out bool escaped);
                if (end < 0)
                {
                    return false;
                }

                onPath = lengths[depth] >= 0 && (escaped
                    ? JsonRecordIndex.EscapedNameEquals(json.Slice(i, end - i), names.AsSpan(starts[depth], lengths[depth]))
                    : utf8Lengths[depth] >= 0 && json.Slice(i + 1, end - i - 2).SequenceEqual(utf8.Slice(utf8Starts[depth], utf8Lengths[depth])));
                i = JsonBlank.Skip(json, end);
                if (i >= json.Length || json[i] != (byte)':')
                {
                    return false;
                }

                i = JsonBlank.Skip(json, i + 1);
                if (i >= json.Length)
                {
                    return false;
                }
            }

            // i is at the first byte of the member's value or the item: anything else (a comment) is left to the index.
            b = json[i];
            if (b != (byte)'{' && b != (byte)'[' && b != (byte)'"' && b != (byte)'-' && (b < (byte)'0' || b > (byte)'9') && b != (byte)'t' && b != (byte)'f' && b != (byte)'n')
            {
                return false;
            }

            if (onPath)
            {
                if (first[depth] < 0)
                {
                    first[depth] = at;
                }

                if (depth + 1 == count)
                {
                    // The pointer's first member or item: nothing after it comes first.
                    offset = at;
                    return true;
                }
            }

            if (b == (byte)'{' || b == (byte)'[')
            {
                if (!onPath)
                {
                    i = Crossed(json, i);
                    if (i < 0)
                    {
                        return false;
                    }

                    goto After;
                }

                depth++;
                array[depth] = b == (byte)'[';
                nextItem[depth] = 0;
                i = JsonBlank.Skip(json, i + 1);
                if (i >= json.Length)
                {
                    return false;
                }

                if (json[i] == (b == (byte)'[' ? (byte)']' : (byte)'}'))
                {
                    goto After;
                }

                goto Member;
            }

            if (b == (byte)'"')
            {
                i = JsonRecordIndex.StringEnd(json, i, out _);
                if (i < 0)
                {
                    return false;
                }
            }
            else
            {
                i = JsonRecordIndex.ScalarEnd(json, i);
            }

        After:
            // i is after a value, or at the closing bracket of the open container at `depth`.
            i = JsonBlank.Skip(json, i);
            if (i >= json.Length)
            {
                return false;
            }

            b = json[i];
            if (b == (array[depth] ? (byte)']' : (byte)'}'))
            {
                i++;
                if (--depth < 0)
                {
                    // The record is read: the pointer's longest prefix that a member or item has.
                    for (int k = count - 1; k >= 0; k--)
                    {
                        if (first[k] >= 0)
                        {
                            offset = first[k];
                            return true;
                        }
                    }

                    return true;
                }

                goto After;
            }

            if (b != (byte)',')
            {
                return false;
            }

            i = JsonBlank.Skip(json, i + 1);
            if (i >= json.Length)
            {
                return false;
            }

            if (json[i] == (array[depth] ? (byte)']' : (byte)'}'))
            {
                // A trailing comma.
                goto After;
            }

            goto Member;
        }

        /// <summary>
        /// The index after the object or array whose opening bracket is at <paramref name="open"/>, crossed by counting its
        /// brackets outside its strings (each crossed by <see cref="JsonRecordIndex.StringEnd"/>); -1 at a comment's slash or
        /// when it is not closed. The bytes between strings are few (a comma, a colon, a number), so they are stepped one by one.
        /// </summary>
        private static int Crossed(ReadOnlySpan<byte> json, int open)
        {
            int nesting = 0;
            int i = open;
            while (i < json.Length)
            {
                switch (json[i])
                {
                    case (byte)'"':
                        i = JsonRecordIndex.StringEnd(json, i, out _);
                        if (i < 0)
                        {
                            return -1;
                        }

                        continue;
                    case (byte)'{':
                    case (byte)'[':
                        nesting++;
                        break;
                    case (byte)'}':
                    case (byte)']':
                        if (--nesting == 0)
                        {
                            return i + 1;
                        }

                        break;
                    case (byte)'/':
                        return -1;
                }

                i++;
            }

            return -1;
        }
    }
}
