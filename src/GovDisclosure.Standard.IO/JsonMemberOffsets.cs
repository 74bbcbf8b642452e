using System;
using System.Collections.Generic;
using System.Text.Json;
using JsonPointer = GovDisclosure.Standard.JsonPointer;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Where each member and array item of one JSON record starts, at every depth, by JSON pointer:
    /// the readers turn the offsets into line and column so that a finding about
    /// <c>/applications/newlyReceived/total</c> points at that member, not at <c>"applications"</c>.
    /// </summary>
    internal static class JsonMemberOffsets
    {
        /// <summary>
        /// The JSON pointer and byte offset of every member (its name) and array item (its first token)
        /// of <paramref name="json"/>, in document order; a pointer seen twice (a repeated member) keeps its first offset.
        /// </summary>
        /// <param name="json">One complete JSON value, in UTF-8.</param>
        /// <param name="options">The reader options the record was read with.</param>
        public static List<KeyValuePair<string, int>> Of(ReadOnlySpan<byte> json, JsonReaderOptions options)
        {
            var found = new List<KeyValuePair<string, int>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var containers = new List<Container>();
            string? member = null;
            var reader = new Utf8JsonReader(json, true, new JsonReaderState(options));
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.Comment:
                    case JsonTokenType.None:
                        continue;
                    case JsonTokenType.PropertyName:
                        member = JsonPointer.Append(containers[containers.Count - 1].Pointer, reader.GetString()!);
                        Add(found, seen, member, (int)reader.TokenStartIndex);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        containers.RemoveAt(containers.Count - 1);
                        continue;
                }

                string pointer;
                if (containers.Count == 0)
                {
                    pointer = string.Empty;
                }
                else if (containers[containers.Count - 1].IsArray)
                {
                    Container array = containers[containers.Count - 1];
                    pointer = JsonPointer.Append(array.Pointer, array.NextIndex++);
                    Add(found, seen, pointer, (int)reader.TokenStartIndex);
                }
                else
                {
                    pointer = member ?? string.Empty;
                }

                if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                {
                    containers.Add(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
                }
            }

            return found;
        }

        /// <summary>
        /// The byte offset at which <see cref="Of"/> would locate <paramref name="pointer"/>: the first offset of the
        /// pointer itself when a member or item has it, else of its longest prefix that one has; <c>-1</c> when none
        /// has (the pointer is then located at the record's origin). One pass over <paramref name="json"/> that makes
        /// no pointer strings, for a finding that needs one location, not the map of every member.
        /// </summary>
        /// <param name="json">One complete JSON value, in UTF-8.</param>
        /// <param name="options">The reader options the record was read with.</param>
        /// <param name="pointer">An RFC 6901 pointer, e.g. <c>/applications/newlyReceived/total</c>.</param>
        public static int Find(ReadOnlySpan<byte> json, JsonReaderOptions options, string pointer)
        {
            if (pointer.Length == 0 || pointer[0] != '/')
            {
                return -1;
            }

            // The pointer's member names and indexes, unescaped, as ranges of `names`: the pointer itself when it escapes
            // nothing (no string is made for a finding's one location); a length of -1 for a segment no member's pointer
            // can have (a bad ~ escape).
            int count = SegmentCount(pointer);

            Span<int> starts = count <= 32 ? stackalloc int[count] : new int[count];
            Span<int> lengths = count <= 32 ? stackalloc int[count] : new int[count];
            string names = Segments(pointer, starts, lengths);

            // first[k - 1]: the first offset of a member or item whose pointer is the first k segments.
            Span<int> first = count <= 32 ? stackalloc int[count] : new int[count];
            first.Fill(-1);

            // Every open container's pointer is the first `depth` segments: the others are skipped. nextIndex[d] is the
            // index of the next item of the open array at depth d, -1 for an object.
            Span<int> nextIndex = count <= 32 ? stackalloc int[count] : new int[count];
            int depth = -1;
            bool memberOnPath = false;
            var reader = new Utf8JsonReader(json, true, new JsonReaderState(options));
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                switch (token)
                {
                    case JsonTokenType.Comment:
                    case JsonTokenType.None:
                        continue;
                    case JsonTokenType.PropertyName:
                        memberOnPath = lengths[depth] >= 0 && reader.ValueTextEquals(names.AsSpan(starts[depth], lengths[depth]));
                        if (memberOnPath && Found(first, depth, (int)reader.TokenStartIndex, count))
                        {
                            return first[count - 1];
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        continue;
                }

                // A value: the record itself, an array item or a member's value.
                bool onPath;
                if (depth < 0)
                {
                    onPath = true;
                }
                else if (nextIndex[depth] >= 0)
                {
                    int index = nextIndex[depth]++;
                    onPath = lengths[depth] >= 0 && IsIndex(names.AsSpan(starts[depth], lengths[depth]), index);
                    if (onPath && Found(first, depth, (int)reader.TokenStartIndex, count))
                    {
                        return first[count - 1];
                    }
                }
                else
                {
                    onPath = memberOnPath;
                }

                if (token == JsonTokenType.StartObject || token == JsonTokenType.StartArray)
                {
                    if (!onPath || depth + 1 >= count)
                    {
                        // Nothing inside is the pointer or a prefix of it.
                        reader.Skip();
                        continue;
                    }

                    depth++;
                    nextIndex[depth] = token == JsonTokenType.StartArray ? 0 : -1;
                }
            }

            for (int k = count - 1; k >= 0; k--)
            {
                if (first[k] >= 0)
                {
                    return first[k];
                }
            }

            return -1;
        }

        /// <summary>Notes the offset of the first segments up to <paramref name="depth"/>; <c>true</c> when that is the whole pointer.</summary>
        private static bool Found(Span<int> first, int depth, int offset, int count)
        {
            if (first[depth] < 0)
            {
                first[depth] = offset;
            }

            return depth + 1 == count;
        }

        /// <summary>
        /// The segments of <paramref name="pointer"/> (which starts with <c>/</c>), unescaped, as ranges of the string
        /// returned: <paramref name="pointer"/> itself when it has no <c>~</c>; a length of -1 for a bad <c>~</c> escape.
        /// </summary>
        internal static string Segments(string pointer, Span<int> starts, Span<int> lengths)
        {
            if (pointer.IndexOf('~') < 0)
            {
                int start = 1;
                for (int k = 0; k < starts.Length; k++)
                {
                    int end = pointer.IndexOf('/', start);
                    end = end < 0 ? pointer.Length : end;
                    starts[k] = start;
                    lengths[k] = end - start;
                    start = end + 1;
                }

                return pointer;
            }

            string[] segments = pointer.Substring(1).Split('/');
            var names = new System.Text.StringBuilder(pointer.Length);
            for (int k = 0; k < segments.Length; k++)
            {
                string? name = Unescape(segments[k]);
                starts[k] = names.Length;
                lengths[k] = name is null ? -1 : name.Length;
                names.Append(name);
            }

            return names.ToString();
        }

        /// <summary>How many segments <paramref name="pointer"/> (which starts with <c>/</c>) has.</summary>
        internal static int SegmentCount(string pointer)
        {
            int count = 1;
            for (int i = 1; i < pointer.Length; i++)
            {
                if (pointer[i] == '/')
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Whether <paramref name="segment"/> is <paramref name="index"/> as a pointer writes it.</summary>
        private static bool IsIndex(ReadOnlySpan<char> segment, int index) => IndexOf(segment) == index;

        /// <summary>The array index <paramref name="segment"/> names (decimal, no leading zero); -1 when it names none.</summary>
        internal static int IndexOf(ReadOnlySpan<char> segment)
        {
            if (segment.Length == 0 || (segment.Length > 1 && segment[0] == '0') || segment.Length > 10)
            {
                return -1;
            }

            long value = 0;
            foreach (char c in segment)
            {
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value <= int.MaxValue ? (int)value : -1;
        }

        /// <summary>A pointer segment as the member name it stands for (<c>~1</c> → <c>/</c>, <c>~0</c> → <c>~</c>); null when it is not a valid escape.</summary>
        private static string? Unescape(string segment)
        {
            if (segment.IndexOf('~') < 0)
            {
                return segment;
            }

            var name = new System.Text.StringBuilder(segment.Length);
            for (int i = 0; i < segment.Length; i++)
            {
                if (segment[i] != '~')
                {
                    name.Append(segment[i]);
                }
                else if (i + 1 < segment.Length && (segment[i + 1] == '0' || segment[i + 1] == '1'))
                {
                    name.Append(segment[i + 1] == '0' ? '~' : '/');
                    i++;
                }
                else
                {
                    return null;
                }
            }

            return name.ToString();
        }

        private static void Add(List<KeyValuePair<string, int>> found, HashSet<string> seen, string pointer, int offset)
        {
            if (seen.Add(pointer))
            {
                found.Add(new KeyValuePair<string, int>(pointer, offset));
            }
        }

        private sealed class Container
        {
            public Container(string pointer, bool isArray)
            {
                Pointer = pointer;
                IsArray = isArray;
            }

            public string Pointer { get; }

            public bool IsArray { get; }

            public int NextIndex { get; set; }
        }
    }
}
