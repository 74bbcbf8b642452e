using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Where every member and array item of one JSON record is (记录内的成员索引): one reading of the record the second time
    /// one of its findings is located (the first is a scan for its one pointer, <see cref="Locating"/>), kept for the
    /// thread, so that its other findings are lookups, not further readings of the record. A lookup gives exactly the offset <see cref="JsonMemberOffsets.Find"/> gives (the pointer's first
    /// member or item, else its longest prefix's, else <c>-1</c>), and the record's readers count lines and columns on from
    /// the last offset they located (<see cref="Walked"/>), or from the nearest of the walks noted on the way
    /// (<see cref="Marks"/>) when an offset comes before it. A record of any size is indexed, and a lookup costs the
    /// pointer's depth, not the record's size (a large object or array gets a table on its first lookup), so a record
    /// with a finding in each of its many members is located in time that grows with the record, not with its square.
    /// </summary>
    internal sealed class JsonRecordIndex
    {
        /// <summary>
        /// How many members or items a container's lookup steps through one by one before it makes the container a table
        /// (<see cref="memberTables"/>, <see cref="itemTables"/>).
        /// </summary>
        internal const int ListedMembers = 32;

        /// <summary>The most nodes an index keeps for the next record; a larger array is let go when the next record is indexed.</summary>
        private const int KeptNodes = 4096;

        private const byte Scalar = 0;
        private const byte Object = 1;
        private const byte Array = 2;

        /// <summary>
        /// The most spares kept: more than the records in flight between the checking threads and the thread that takes their
        /// results in order (a few batches of 16 annual reports a thread), so that the checking threads make none once the
        /// run is steady (round 29's 32 were too few: the threads kept making indexes).
        /// </summary>
        private const int MostSpares = 256;

        [ThreadStatic]
        private static JsonRecordIndex? current;

        /// <summary>Indexes given back by <see cref="Adopt"/>, for <see cref="Detach"/> to give the checking threads.</summary>
        private static readonly Stack<JsonRecordIndex> Spares = new Stack<JsonRecordIndex>();

        /// <summary>The record the index was made for (compared by reference).</summary>
        private object? record;

        /// <summary>The record whose first lookup was a scan for its one pointer (<see cref="Locating"/>), with no index made; compared by reference.</summary>
        private object? scanned;

        /// <summary>The members and items, in document order; node 0 is the record itself.</summary>
        private Node[] nodes = new Node[64];
        private int count;

        /// <summary>The open containers while the index is made; the candidates of a step while a pointer is looked up.</summary>
        private int[] open = new int[16];
        private int[] candidates = new int[8];
        private int[] following = new int[8];

        /// <summary>The item nodes of each array looked up past its first <see cref="ListedMembers"/> items, by the array's node.</summary>
        private Dictionary<int, int[]>? itemTables;

        /// <summary>The member nodes of each object looked up past its first <see cref="ListedMembers"/> members, by the object's node.</summary>
        private Dictionary<int, MemberTable>? memberTables;

        private RecordWalk walked;

        /// <summary>
        /// Where the last lookup of this record was before its last step, when that was one member or item: a finding's
        /// pointers are often siblings (an annual report's identity names the cells of one row), whose walks differ only
        /// in their last step.
        /// </summary>
        private ParentStep parent;

        /// <summary>How far the record's locator has counted lines and columns (<see cref="IndexedRecordLocator"/>); nothing when the index is made.</summary>
        public ref RecordWalk Walked => ref walked;

        /// <summary>The walks the record's locator noted on its way through the record, to count on from when an offset comes before <see cref="Walked"/>.</summary>
        public RecordWalkMarks Marks { get; } = new RecordWalkMarks();

        /// <summary>
        /// This thread's index of <paramref name="record"/>, made now unless it is the record last indexed on this thread.
        /// </summary>
        /// <param name="record">The record (its identity keys the index).</param>
        /// <param name="json">The record's UTF-8 bytes: one well-formed JSON value.</param>
        /// <param name="options">The reader options the record was read with.</param>
        public static JsonRecordIndex Of(object record, ReadOnlySpan<byte> json, JsonReaderOptions options)
        {
            JsonRecordIndex index = current ??= new JsonRecordIndex();
            if (!ReferenceEquals(index.record, record))
            {
                index.record = null;
                index.Make(json, options);
                index.record = record;
            }

            return index;
        }

        /// <summary>
        /// This thread's index of <paramref name="record"/> with <paramref name="offset"/>, the offset <see cref="Find"/> gives
        /// for <paramref name="pointer"/>, and its walks (<see cref="Walked"/>, <see cref="Marks"/>) for that record: the
        /// record's first lookup is a scan for its one pointer (<see cref="JsonPointerScan"/>), and the index is made only
        /// on its second, as most records with a finding have one; an index made is used as <see cref="Of"/> uses it.
        /// </summary>
        /// <param name="record">The record (its identity keys the index).</param>
        /// <param name="json">The record's UTF-8 bytes: one well-formed JSON value.</param>
        /// <param name="options">The reader options the record was read with.</param>
        /// <param name="pointer">An RFC 6901 pointer.</param>
        /// <param name="offset">The pointer's offset, as <see cref="Find"/> gives it.</param>
        public static JsonRecordIndex Locating(object record, ReadOnlySpan<byte> json, JsonReaderOptions options, string pointer, out int offset)
        {
            JsonRecordIndex index = current ??= new JsonRecordIndex();
            if (!ReferenceEquals(index.record, record) && !ReferenceEquals(index.scanned, record) && JsonPointerScan.TryFind(json, pointer, out offset))
            {
                // The index made before is another record's: its walks start again for this one.
                index.record = null;
                index.scanned = record;
                index.walked = default;
                index.Marks.Clear();
                return index;
            }

            index = Of(record, json, options);
            offset = index.Find(json, pointer);
            return index;
        }

        /// <summary>
        /// Hands this thread's index over with <paramref name="record"/> when it was made for that record: the thread takes a
        /// spare for its next record (or makes one when it next indexes), and the index is the record's until the thread that
        /// takes the record's result in order adopts it (<see cref="Adopt"/>), so the record is not indexed a second time
        /// there. Its walks go with it: a location counts on from any walk to the same line and column.
        /// </summary>
        /// <param name="record">The record just checked on this thread (its identity keys the index).</param>
        /// <returns>The record's index, or <c>null</c> when this thread's index is not of that record (none made, or a scan only).</returns>
        public static JsonRecordIndex? Detach(object record)
        {
            JsonRecordIndex? index = current;
            if (index is null || !ReferenceEquals(index.record, record))
            {
                return null;
            }

            current = Spare();
            return index;
        }

        /// <summary>
        /// Makes <paramref name="index"/> (handed over by <see cref="Detach"/>) this thread's, so that the record it was made
        /// for is looked up in it, not indexed again; the index this thread kept forgets its record and becomes a spare.
        /// </summary>
        /// <param name="index">An index another thread (or this one) detached, which no one else uses any more.</param>
        public static void Adopt(JsonRecordIndex index)
        {
            JsonRecordIndex? kept = current;
            current = index;
            if (kept is null || ReferenceEquals(kept, index))
            {
                return;
            }

            // A spare keeps no record: nothing holds a record's bytes longer than its result.
            kept.record = null;
            kept.scanned = null;
            kept.parent = default;
            if (kept.nodes.Length > KeptNodes)
            {
                return;
            }

            lock (Spares)
            {
                if (Spares.Count < MostSpares)
                {
                    Spares.Push(kept);
                }
            }
        }

        /// <summary>Whether the index was made for <paramref name="record"/> (by reference): what a record's lookups find without indexing it again.</summary>
        /// <param name="record">A record.</param>
        public bool Holds(object record) => ReferenceEquals(this.record, record);

        /// <summary>A spare index, or <c>null</c> when there is none (one is then made when the thread next indexes).</summary>
        private static JsonRecordIndex? Spare()
        {
            lock (Spares)
            {
                return Spares.Count > 0 ? Spares.Pop() : null;
            }
        }

        /// <summary>
        /// The byte offset <see cref="JsonMemberOffsets.Find"/> gives for <paramref name="pointer"/>: the first member or item
        /// whose pointer it is, else the first of its longest prefix that one has; <c>-1</c> when none has.
        /// </summary>
        /// <param name="json">The bytes of the record the index was made for.</param>
        /// <param name="pointer">An RFC 6901 pointer.</param>
        public int Find(ReadOnlySpan<byte> json, string? pointer)
        {
            if (pointer is null || pointer.Length == 0 || pointer[0] != '/')
            {
                return -1;
            }

            int segments = JsonMemberOffsets.SegmentCount(pointer);
            Span<int> starts = segments <= 32 ? stackalloc int[segments] : new int[segments];
            Span<int> lengths = segments <= 32 ? stackalloc int[segments] : new int[segments];
            string names = JsonMemberOffsets.Segments(pointer, starts, lengths);

            // The members and items whose pointer is the first k segments, in document order: the first is the one found.
            candidates[0] = 0;
            int candidateCount = 1;
            int found = -1;
            int k = 0;
            int parentEnd = pointer.LastIndexOf('/');
            if (parent.Depth > 0 && parentEnd == parent.End && string.CompareOrdinal(pointer, 0, parent.Pointer, 0, parentEnd) == 0)
            {
                // The same pointer up to its last segment as the last pointer looked up: its parent's one member or item is
                // where that walk was before its last step (the same segments, so the same steps).
                candidates[0] = parent.Node;
                found = parent.Found;
                k = parent.Depth;
            }

            for (; k < segments; k++)
            {
                if (lengths[k] < 0)
                {
                    break;
                }

                if (k == segments - 1 && k > 0 && candidateCount == 1)
                {
                    parent = new ParentStep(pointer, parentEnd, k, candidates[0], found);
                }

                int next = Step(json, names.AsSpan(starts[k], lengths[k]), candidateCount);
                if (next == 0)
                {
                    break;
                }

                found = nodes[following[0]].Offset;
                (candidates, following) = (following, candidates);
                candidateCount = next;
            }

            return found;
        }

        /// <summary>The members and items of the candidates that <paramref name="segment"/> names, into <see cref="following"/>; how many.</summary>
        private int Step(ReadOnlySpan<byte> json, ReadOnlySpan<char> segment, int candidateCount)
        {
            int index = JsonMemberOffsets.IndexOf(segment);
            Span<byte> utf8 = segment.Length <= 128 ? stackalloc byte[segment.Length * 3] : new byte[segment.Length * 3];
            int written = ToUtf8(segment, utf8);
            int found = 0;
            for (int c = 0; c < candidateCount; c++)
            {
                int container = candidates[c];
                if (nodes[container].Kind == Array)
                {
                    int item = index < 0 ? -1 : Item(container, index);
                    if (item >= 0)
                    {
                        Add(ref found, item);
                    }
                }
                else if (nodes[container].Kind == Object)
                {
                    Members(json, container, segment, written < 0 ? default : utf8.Slice(0, written), written >= 0, ref found);
                }
            }

            return found;
        }

        /// <summary>Item <paramref name="index"/> of the array at node <paramref name="array"/>; -1 when it has no such item.</summary>
        private int Item(int array, int index)
        {
            int end = nodes[array].End;
            int item = array + 1;
            for (int i = 0; i < index && i < ListedMembers && item < end; i++)
            {
                item = nodes[item].End;
            }

            if (index < ListedMembers || item >= end)
            {
                return item < end ? item : -1;
            }

            itemTables ??= new Dictionary<int, int[]>();
            if (!itemTables.TryGetValue(array, out int[]? items))
            {
                var all = new List<int>();
                for (int each = array + 1; each < end; each = nodes[each].End)
                {
                    all.Add(each);
                }

                items = all.ToArray();
                itemTables.Add(array, items);
            }

            return index < items.Length ? items[index] : -1;
        }

        /// <summary>
        /// Adds the members of the object at node <paramref name="container"/> whose name is <paramref name="segment"/> (in
        /// UTF-8, <paramref name="utf8"/>, when <paramref name="comparable"/>), in document order.
        /// </summary>
        private void Members(ReadOnlySpan<byte> json, int container, ReadOnlySpan<char> segment, ReadOnlySpan<byte> utf8, bool comparable, ref int found)
        {
            int end = nodes[container].End;
            int member = container + 1;
            for (int listed = 0; member < end && listed < ListedMembers; listed++, member = nodes[member].End)
            {
                if (NameEquals(json, member, segment, utf8, comparable))
                {
                    Add(ref found, member);
                }
            }

            if (member >= end)
            {
                return;
            }

            memberTables ??= new Dictionary<int, MemberTable>();
            if (!memberTables.TryGetValue(container, out MemberTable? table))
            {
                table = new MemberTable();
                for (; member < end; member = nodes[member].End)
                {
                    table.Add(json, nodes[member].Offset, nodes[member].NameLength, nodes[member].Escaped, member);
                }

                memberTables.Add(container, table);
            }

            foreach (int named in table.Named(segment))
            {
                Add(ref found, named);
            }
        }

        /// <summary>Whether the name of the member at node <paramref name="member"/> is <paramref name="segment"/>.</summary>
        private bool NameEquals(ReadOnlySpan<byte> json, int member, ReadOnlySpan<char> segment, ReadOnlySpan<byte> utf8, bool comparable)
        {
            Node node = nodes[member];
            return node.Escaped
                ? EscapedNameEquals(json.Slice(node.Offset, node.NameLength + 2), segment)
                : comparable && json.Slice(node.Offset + 1, node.NameLength).SequenceEqual(utf8);
        }

        private void Add(ref int found, int node)
        {
            if (found == following.Length)
            {
                System.Array.Resize(ref following, found * 2);
            }

            following[found++] = node;
        }

        /// <summary>Reads the record once, noting each member and item: by <see cref="Scan"/>, else by a reader pass.</summary>
        private void Make(ReadOnlySpan<byte> json, JsonReaderOptions options)
        {
            count = 0;
            walked = default;
            parent = default;
            Marks.Clear();
            itemTables?.Clear();
            memberTables?.Clear();
            if (nodes.Length > KeptNodes)
            {
                // A large record's index is not kept for the next one.
                nodes = new Node[64];
            }

            if (Scan(json))
            {
                return;
            }

            count = 0;
            int depth = -1;
            int member = -1;
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
                        int start = (int)reader.TokenStartIndex;
                        member = Note(start, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        nodes[open[depth--]].End = count;
                        continue;
                }

                // A value: the record itself, an array item or a member's value.
                int node = depth < 0
                    ? Note(-1, -1, false)
                    : nodes[open[depth]].Kind == Array ? Note((int)reader.TokenStartIndex, -1, false) : member;
                if (token == JsonTokenType.StartObject || token == JsonTokenType.StartArray)
                {
                    nodes[node].Kind = token == JsonTokenType.StartArray ? Array : Object;
                    if (++depth == open.Length)
                    {
                        System.Array.Resize(ref open, open.Length * 2);
                    }

                    open[depth] = node;
                }
            }
        }

        /// <summary>
        /// Notes each member and item of the record by a scan for its punctuation, which relies on the record being well
        /// formed (it was read): strings are crossed by a vectorized search for their closing quote. It gives up, returning
        /// <c>false</c>, at anything it leaves to the reader pass (a comment, a byte out of place); what it notes is then
        /// discarded. Offsets are where the reader's tokens start: a member's opening quote, an item's first byte.
        /// </summary>
        private bool Scan(ReadOnlySpan<byte> json)
        {
            int i = JsonBlank.Skip(json, 0);
            if (i >= json.Length || (json[i] != (byte)'{' && json[i] != (byte)'['))
            {
                return false;
            }

            int depth = -1;
            int node = Note(-1, -1, false);
            byte b;

        Value:
            // i is at the first byte of the value of node (the record, a member or an item).
            b = json[i];
            if (b == (byte)'{' || b == (byte)'[')
            {
                nodes[node].Kind = b == (byte)'[' ? Array : Object;
                if (++depth == open.Length)
                {
                    System.Array.Resize(ref open, open.Length * 2);
                }

                open[depth] = node;
                i = JsonBlank.Skip(json, i + 1);
                if (i >= json.Length)
                {
                    return false;
                }

                if (json[i] == (b == (byte)'[' ? (byte)']' : (byte)'}'))
                {
                    goto After;
                }

                if (b == (byte)'{')
                {
                    goto Member;
                }

                node = Note(i, -1, false);
                goto Value;
            }

            if (b == (byte)'"')
            {
                i = StringEnd(json, i, out _);
                if (i < 0)
                {
                    return false;
                }
            }
            else if (b == (byte)'-' || (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'t' || b == (byte)'f' || b == (byte)'n')
            {
                i = ScalarEnd(json, i);
            }
            else
            {
                return false;
            }

        After:
            // i is after a value, or at the closing bracket of an open container.
            i = JsonBlank.Skip(json, i);
            if (depth < 0)
            {
                return i == json.Length;
            }

            if (i >= json.Length)
            {
                return false;
            }

            b = json[i];
            bool inArray = nodes[open[depth]].Kind == Array;
            if (b == (inArray ? (byte)']' : (byte)'}'))
            {
                nodes[open[depth--]].End = count;
                i++;
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

            if (json[i] == (inArray ? (byte)']' : (byte)'}'))
            {
                // A trailing comma.
                goto After;
            }

            if (inArray)
            {
                node = Note(i, -1, false);
                goto Value;
            }

        Member:
            // i is at a member's name.
            if (json[i] != (byte)'"')
            {
                return false;
            }

            int end = StringEnd(json, i, out bool escaped);
            if (end < 0)
            {
                return false;
            }

            node = Note(i, end - i - 2, escaped);
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

            goto Value;
        }

        /// <summary>The index after the number or literal (<c>true</c>, <c>false</c>, <c>null</c>) starting at <paramref name="i"/>: at the first byte that can follow it.</summary>
        internal static int ScalarEnd(ReadOnlySpan<byte> json, int i)
        {
            byte b;
            while (i < json.Length && (b = json[i]) != (byte)',' && b != (byte)'}' && b != (byte)']' && !JsonBlank.Is(b) && b != (byte)'/')
            {
                i++;
            }

            return i;
        }

        /// <summary>The index after the string whose opening quote is at <paramref name="quote"/>; -1 when it is not closed.</summary>
        internal static int StringEnd(ReadOnlySpan<byte> json, int quote, out bool escaped)
        {
            escaped = false;
            int i = quote + 1;
            while (i < json.Length)
            {
                int stop = json.Slice(i).IndexOfAny((byte)'"', (byte)'\\');
                if (stop < 0)
                {
                    return -1;
                }

                i += stop;
                if (json[i] == (byte)'"')
                {
                    return i + 1;
                }

                // An escape: the byte after the backslash is not the end, whatever it is.
                escaped = true;
                i += 2;
            }

            return -1;
        }

        /// <summary>Notes a member (its name's length as written) or an item (<paramref name="nameLength"/> -1) starting at <paramref name="offset"/>.</summary>
        private int Note(int offset, int nameLength, bool escaped)
        {
            if (count == nodes.Length)
            {
                System.Array.Resize(ref nodes, count * 2);
            }

            nodes[count] = new Node { Offset = offset, NameLength = nameLength, End = count + 1, Kind = Scalar, Escaped = escaped };
            return count++;
        }

        /// <summary>
        /// Whether an escaped member name (its bytes with their quotes) is <paramref name="segment"/>, compared as the
        /// reader compares it for <see cref="JsonMemberOffsets.Find"/>; a name the reader cannot unescape (a lone
        /// surrogate's escape, which makes its record unreadable before any finding is located) equals no segment.
        /// </summary>
        internal static bool EscapedNameEquals(ReadOnlySpan<byte> quoted, ReadOnlySpan<char> segment)
        {
            var reader = new Utf8JsonReader(quoted);
            reader.Read();
            try
            {
                return reader.ValueTextEquals(segment);
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>
        /// <paramref name="segment"/> in UTF-8, into <paramref name="utf8"/>: the bytes written, or -1 when it is not valid
        /// UTF-16 (a lone surrogate), as no member name then equals it.
        /// </summary>
        internal static int ToUtf8(ReadOnlySpan<char> segment, Span<byte> utf8)
        {
#if NET8_0_OR_GREATER
            return System.Text.Unicode.Utf8.FromUtf16(segment, utf8, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
                ? written
                : -1;
#else
            try
            {
                byte[] bytes = Strict.GetBytes(segment.ToArray());
                bytes.CopyTo(utf8);
                return bytes.Length;
            }
            catch (EncoderFallbackException)
            {
                return -1;
            }
#endif
        }

#if !NET8_0_OR_GREATER
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);
#endif

        /// <summary>A member (its name) or an array item, with the members and items inside its value after it.</summary>
        private struct Node
        {
            /// <summary>Where the member's name (its opening quote) or the item starts in the record; -1 for the record itself.</summary>
            public int Offset;

            /// <summary>The length of the member's name as written (escapes and all, without its quotes), in bytes; -1 for an item.</summary>
            public int NameLength;

            /// <summary>The node after the last member or item inside this one's value.</summary>
            public int End;

            /// <summary>Whether the value is a scalar, an object or an array.</summary>
            public byte Kind;

            /// <summary>Whether the name has escapes.</summary>
            public bool Escaped;
        }

        /// <summary>
        /// A lookup's walk before its last step: the pointer, where its last segment's <c>/</c> is, how many segments were
        /// stepped (the parent's depth, at least 1; 0 for none kept), the one member or item they lead to, and the offset
        /// found so far.
        /// </summary>
        private readonly record struct ParentStep(string Pointer, int End, int Depth, int Node, int Found);
    }
}
