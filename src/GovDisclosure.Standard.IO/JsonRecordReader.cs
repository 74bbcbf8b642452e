using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Runtime.InteropServices;
using JsonPointer = GovDisclosure.Standard.JsonPointer;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads JSON records one at a time (JSON 读取器): the elements of a top-level array, the elements
    /// of the one array property of a top-level object (e.g. <c>{"entries": [...]}</c>), or a single
    /// top-level record object. The input is streamed through a buffer that holds one record at a
    /// time (it grows only for a record larger than itself), so a file of any size needs memory for
    /// its largest record, not for the file. Each record carries the line and column where it starts
    /// and where each of its top-level fields is. A syntax error ends the input: it is yielded as an
    /// record with its line and column that <see cref="SourceRecord.StopsReading"/> (the last one yielded).
    /// </summary>
    public sealed class JsonRecordReader
    {
        private readonly JsonReaderOptions readerOptions;
        private readonly JsonDocumentOptions documentOptions;
        private readonly InputLimits limits;
        private readonly Stream input;
        private readonly string? file;
        private readonly HashSet<string> recordFields;
        private byte[] buffer;
        private int start;
        private int end;
        private bool endOfInput;
        private JsonReaderState state;
        private Phase phase = Phase.Start;
        private int elementDepth;
        private int retain = -1;
        private int cursor;
        private long cursorLine = 1;
        private long cursorColumn = 1;
        private long cursorByteColumn = 1;
        private long number;
        private RecordLocator? locator;
        private bool used;
        private int nameStart;
        private bool tooLarge;

        /// <summary>
        /// Where the reader state's own count of lines and bytes starts: a record found by <see cref="JsonValueExtent"/>
        /// is not read by the reader, whose state then goes on from a made-up prefix, so a syntax error's line and byte
        /// are these plus the state's (the byte only on the state's first line).
        /// </summary>
        private long stateLineOrigin;
        private long stateByteOrigin;

        /// <summary>The buffer index the reader state's count starts from, until the cursor passes it and the origin above is set (-1 then).</summary>
        private int pendingStateOrigin = -1;
        private int pendingPrefixLength;

        /// <summary>The reader's state after a record of the records array, by array depth and record kind (see <see cref="AfterElementPrefix"/>).</summary>
        private readonly JsonReaderState?[] afterElement = new JsonReaderState?[4];

        /// <summary>
        /// Whether <see cref="state"/> and <see cref="start"/> are where <see cref="Scanned"/> left them, nothing read since:
        /// just after a record of the records array, the reader's state the one it would have there.
        /// </summary>
        private bool afterScanned;

        /// <summary>Creates a reader over a stream (it need not be seekable); the encoding is detected unless <see cref="InputOptions.Encoding"/> is given.</summary>
        /// <param name="stream">The input; the reader disposes it when the records have been read.</param>
        /// <param name="options">The file name for locations and an optional encoding.</param>
        /// <param name="initialBufferSize">The initial buffer size in bytes (it grows for larger records).</param>
        public JsonRecordReader(Stream stream, InputOptions? options = null, int initialBufferSize = 64 * 1024)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            file = options?.DisplayName;
            Stream text = TextEncodingDetector.Open(stream, options?.Encoding, out Encoding encoding);
            Encoding = encoding;
            input = encoding.CodePage == Encoding.UTF8.CodePage ? text : new Utf8TranscodingStream(new StreamReader(text, encoding, false));
            limits = options?.Limits ?? InputLimits.Default;
            readerOptions = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = limits.MaxDepth };
            documentOptions = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = limits.MaxDepth };
            buffer = new byte[Math.Max(16, Math.Min(initialBufferSize, limits.MaxRecordSize))];
            state = new JsonReaderState(readerOptions);
            recordFields = new HashSet<string>(DocumentKindDetector.AllFieldCodes, StringComparer.Ordinal);
        }

        private enum Phase
        {
            Start,
            ContainerProbe,
            Elements,

            /// <summary>After the records: the rest must hold no second record array and nothing after the top-level value.</summary>
            Rest,
            Done,
        }

        /// <summary>The text encoding of the input.</summary>
        public Encoding Encoding { get; }

        /// <summary>The largest buffer the reader needed, in bytes (about the size of the largest record).</summary>
        public int BufferSize => buffer.Length;

        /// <summary>
        /// <c>true</c> to find every record's end by a reader pass, as before the record-boundary scan: the test-only
        /// oracle the scan is compared with.
        /// </summary>
        internal bool ReaderPassOnly { get; init; }

        /// <summary>
        /// Where the records' bytes are kept, when a validation run owns the records' lifetime (<see cref="RecordBytesRing"/>):
        /// each record's bytes are valid only until the run gives the record back. <c>null</c>: an array of its own for each
        /// record, valid as long as the record.
        /// </summary>
        internal RecordBytesRing? Ring { get; init; }

        /// <summary>Reads the records, lazily; can be enumerated once.</summary>
        public IEnumerable<SourceRecord> Read()
        {
            if (used)
            {
                throw new InvalidOperationException("A JsonRecordReader reads its input once.");
            }

            used = true;
            try
            {
                while (true)
                {
                    SourceRecord? record = Next();
                    if (record is null)
                    {
                        yield break;
                    }

                    yield return record;
                }
            }
            finally
            {
                input.Dispose();
            }
        }

        private SourceRecord? Next()
        {
            while (phase != Phase.Done)
            {
                SourceRecord? record;
                bool needMore;
                try
                {
                    needMore = !Step(out record);
                }
                catch (JsonException e)
                {
                    phase = Phase.Done;
                    return SyntaxError(e);
                }
                catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
                {
                    phase = Phase.Done;
                    return InvalidName();
                }

                if (record != null)
                {
                    return record;
                }

                if (needMore)
                {
                    if (endOfInput)
                    {
                        phase = Phase.Done;
                        return Truncated();
                    }

                    Refill();
                    if (tooLarge)
                    {
                        phase = Phase.Done;
                        return TooLarge();
                    }
                }
            }

            return null;
        }

        /// <summary>Reads tokens from the buffer; returns false when more input is needed, true with a record or when done.</summary>
        private bool Step(out SourceRecord? record)
        {
            if (afterScanned && ScannedNext(out record))
            {
                return true;
            }

            record = null;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), endOfInput, state);
            while (true)
            {
                JsonReaderState before = reader.CurrentState;
                long consumedBefore = reader.BytesConsumed;
                if (!reader.Read())
                {
                    Save(before, consumedBefore);
                    if (endOfInput && (phase == Phase.Start || phase == Phase.Rest))
                    {
                        phase = Phase.Done;
                        return true;
                    }

                    return false;
                }

                switch (phase)
                {
                    case Phase.Start:
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            phase = Phase.Elements;
                            elementDepth = 1;
                        }
                        else if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            phase = Phase.ContainerProbe;
                            retain = start + (int)reader.TokenStartIndex;
                        }
                        else
                        {
                            phase = Phase.Done;
                            record = SourceRecord.Stop(1, Position(start + (int)reader.TokenStartIndex), new BilingualText(
                                "JSON 文件的顶层应为记录数组或对象，实际为 " + reader.TokenType + "。",
                                "The top level of a JSON file must be an array of records or an object, not " + reader.TokenType + "."));
                            return true;
                        }

                        break;

                    case Phase.ContainerProbe:
                        if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                        {
                            int objectEnd = start + (int)reader.BytesConsumed;
                            record = Record(retain, objectEnd);
                            retain = -1;
                            phase = Phase.Rest;
                            Commit(ref reader);
                            return true;
                        }

                        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                        {
                            string name = NameOf(ref reader);
                            if (!reader.Read())
                            {
                                Save(before, consumedBefore);
                                return false;
                            }

                            if (reader.TokenType == JsonTokenType.StartArray && !recordFields.Contains(name))
                            {
                                phase = Phase.Elements;
                                elementDepth = 2;
                                retain = -1;
                                break;
                            }

                            if ((reader.TokenType == JsonTokenType.StartArray || reader.TokenType == JsonTokenType.StartObject) && !reader.TrySkip())
                            {
                                Save(before, consumedBefore);
                                return false;
                            }
                        }

                        break;

                    case Phase.Elements:
                        if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == elementDepth - 1)
                        {
                            phase = Phase.Rest;
                            Commit(ref reader);
                            return true;
                        }

                        int elementStart = start + (int)reader.TokenStartIndex;
                        if ((reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray) && Scanned(elementStart, reader.TokenType, out record))
                        {
                            return true;
                        }

                        if ((reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray) && !reader.TrySkip())
                        {
                            Save(before, consumedBefore);
                            return false;
                        }

                        int elementEnd = start + (int)reader.BytesConsumed;
                        record = Record(elementStart, elementEnd);
                        Commit(ref reader);
                        return true;

                    case Phase.Rest:
                        // Trailing content after the top-level value makes the reader throw (a located syntax error);
                        // a second array member of the holding object is a second set of records that would be lost.
                        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                        {
                            string member = NameOf(ref reader);
                            int memberStart = start + (int)reader.TokenStartIndex;
                            if (!reader.Read())
                            {
                                Save(before, consumedBefore);
                                return false;
                            }

                            if (reader.TokenType == JsonTokenType.StartArray && !recordFields.Contains(member))
                            {
                                phase = Phase.Done;
                                number++;
                                SourceLocation at = Position(memberStart);
                                var reason = new BilingualText(
                                    $"文件含有第二个记录数组（成员“{member}”），其中的记录没有读取；请把所有记录放在一个数组中。",
                                    $"The file holds a second array of records (member '{member}'); its records were not read. Put every record in one array.");
                                record = SourceRecord.Stop(number, at with { RecordNumber = number }, reason);
                                return true;
                            }
                        }

                        if ((reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray) && !reader.TrySkip())
                        {
                            Save(before, consumedBefore);
                            return false;
                        }

                        Commit(ref reader);
                        return true;
                }
            }
        }

        private void Save(JsonReaderState before, long consumedBefore)
        {
            afterScanned = false;
            start += (int)consumedBefore;
            state = before;
        }

        private void Commit(ref Utf8JsonReader reader)
        {
            afterScanned = false;
            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
        }

        /// <summary>
        /// The record that starts at <paramref name="from"/> with a <paramref name="container"/> token, when
        /// <see cref="JsonValueExtent"/> finds it whole and well formed in the buffer with plainly readable strings:
        /// then the reader does not read it, and goes on after it from the state it would have had there.
        /// </summary>
        private bool Scanned(int from, JsonTokenType container, out SourceRecord? record)
        {
            record = null;
            if (ReaderPassOnly)
            {
                return false;
            }

            ReadOnlySpan<byte> rest = new ReadOnlySpan<byte>(buffer, from, end - from);
            int length = JsonValueExtent.Measure(rest, limits.MaxDepth - elementDepth - 2);
            if (length < 0 || !JsonStringCheck.IsPlainlyReadableUnescaped(rest.Slice(0, length), limits.MaxStringLength))
            {
                return false;
            }

            // The state is replaced below: where the one it replaces started counting no longer matters.
            pendingStateOrigin = -1;
            int to = from + length;
            record = Record(from, to, readable: true);
            // The records array is the top-level value (depth 1) or a member of the top-level object (depth 2).
            int which = (elementDepth - 1) * 2 + (container == JsonTokenType.StartObject ? 0 : 1);
            ReadOnlySpan<byte> prefix = AfterElementPrefix(elementDepth, container);
            state = (afterElement[which] ??= StateAfter(prefix));
            start = to;

            // Its line and byte are counted only when the cursor gets there (a syntax error, the next record, a refill).
            pendingStateOrigin = to;
            pendingPrefixLength = prefix.Length;
            afterScanned = true;
            return true;
        }

        /// <summary>
        /// The record after a scanned one (<see cref="afterScanned"/>) when only JSON blanks, one comma and JSON blanks stand
        /// before its <c>{</c> or <c>[</c> and <see cref="Scanned"/> finds it whole: from the state after a record the reader
        /// would read those bytes to that token with no error and hand it to <see cref="Scanned"/> as it is handed here,
        /// with no reader made. Anything else (the array's end, a comment, a byte the scan is unsure of, the buffer's end)
        /// gives <c>false</c> with nothing changed, and the reader goes on as it would have.
        /// </summary>
        private bool ScannedNext(out SourceRecord? record)
        {
            record = null;
            var buffered = new ReadOnlySpan<byte>(buffer, 0, end);
            int i = JsonBlank.Skip(buffered, start);
            if (i >= end || buffer[i] != (byte)',')
            {
                return false;
            }

            i = JsonBlank.Skip(buffered, i + 1);
            if (i >= end)
            {
                return false;
            }

            byte first = buffer[i];
            return (first == (byte)'{' || first == (byte)'[')
                && Scanned(i, first == (byte)'{' ? JsonTokenType.StartObject : JsonTokenType.StartArray, out record);
        }

        /// <summary>The bytes that leave a reader where it is after a record (an object or array) of the records array at <paramref name="depth"/>.</summary>
        private static ReadOnlySpan<byte> AfterElementPrefix(int depth, JsonTokenType container) => (depth, container) switch
        {
            (1, JsonTokenType.StartObject) => "[{}"u8,
            (1, _) => "[[]"u8,
            (_, JsonTokenType.StartObject) => "{\"\":[{}"u8,
            _ => "{\"\":[[]"u8,
        };

        private JsonReaderState StateAfter(ReadOnlySpan<byte> prefix)
        {
            var reader = new Utf8JsonReader(prefix, false, new JsonReaderState(readerOptions));
            long read = 0;
            while (read < prefix.Length && reader.Read())
            {
                read = reader.BytesConsumed;
            }

            return reader.CurrentState;
        }

        private SourceRecord Record(int from, int to, bool readable = false)
        {
            number++;
            SourceLocation origin = Position(from);

            // The record's own bytes, kept as they are: its content is parsed only when something asks for it.
            ReadOnlySpan<byte> read = new ReadOnlySpan<byte>(buffer, from, to - from);
            ReadOnlyMemory<byte> bytes = Ring?.Keep(number, read) ?? read.ToArray();
            if (!readable && !JsonStringCheck.AllReadable(bytes.Span, readerOptions, limits.MaxStringLength))
            {
                JsonElement content;
                using (JsonDocument document = JsonDocument.Parse(bytes, documentOptions))
                {
                    content = document.RootElement.Clone();
                }

                if (JsonStringCheck.FirstUnreadable(content) is string unreadable)
                {
                    return SourceRecord.Unreadable(number, origin with { JsonPointer = unreadable }, JsonStringCheck.Reason(unreadable));
                }

                if (JsonStringCheck.FirstTooLong(content, limits.MaxStringLength) is string tooLong)
                {
                    return SourceRecord.Unreadable(number, origin with { JsonPointer = tooLong }, JsonStringCheck.TooLong(tooLong, limits.MaxStringLength));
                }
            }

            return new SourceRecord(number, bytes, readerOptions, origin, locator ??= new RecordBytesLocator(file, readerOptions)) { IsStrictJson = readable };
        }

        private SourceLocation Position(int index)
        {
            MoveCursor(index);
            return new SourceLocation { File = file, Line = cursorLine, Column = cursorColumn, RecordNumber = number == 0 ? (long?)null : number };
        }

        private void MoveCursor(int index)
        {
            if (pendingStateOrigin >= 0 && pendingStateOrigin <= index)
            {
                int origin = pendingStateOrigin;
                pendingStateOrigin = -1;
                MoveCursor(origin);
                stateLineOrigin = cursorLine - 1;
                stateByteOrigin = cursorByteColumn - 1 - pendingPrefixLength;
            }

            if (cursor >= index)
            {
                return;
            }

            // The same count as a byte at a time (a line per '\n', a column per byte that is not a UTF-8 continuation
            // byte), done with vectorized searches: a minified array is one long line, walked once per record.
            ReadOnlySpan<byte> passed = buffer.AsSpan(cursor, index - cursor);
            int lastLineEnd = passed.LastIndexOf((byte)'\n');
            if (lastLineEnd >= 0)
            {
                cursorLine += LineEnds(passed.Slice(0, lastLineEnd + 1));
                cursorColumn = 1;
                cursorByteColumn = 1;
                passed = passed.Slice(lastLineEnd + 1);
            }

            cursorByteColumn += passed.Length;
            cursorColumn += Utf8Characters.Count(passed);
            cursor = index;
        }

        /// <summary>How many '\n' bytes <paramref name="bytes"/> holds.</summary>
        private static int LineEnds(ReadOnlySpan<byte> bytes)
        {
#if NET8_0_OR_GREATER
            return bytes.Count((byte)'\n');
#else
            int count = 0;
            int at;
            while ((at = bytes.IndexOf((byte)'\n')) >= 0)
            {
                count++;
                bytes = bytes.Slice(at + 1);
            }

            return count;
#endif
        }

        private void Refill()
        {
            int keep = retain >= 0 ? Math.Min(retain, start) : start;
            MoveCursor(keep);
            if (keep > 0)
            {
                Buffer.BlockCopy(buffer, keep, buffer, 0, end - keep);
                end -= keep;
                start -= keep;
                cursor -= keep;
                if (pendingStateOrigin >= 0)
                {
                    pendingStateOrigin -= keep;
                }

                if (retain >= 0)
                {
                    retain -= keep;
                }
            }

            if (end == buffer.Length)
            {
                if (buffer.Length >= limits.MaxRecordSize)
                {
                    tooLarge = true;
                    return;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limits.MaxRecordSize));
            }

            int read = input.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                endOfInput = true;
            }

            end += read;
        }

        private SourceRecord SyntaxError(JsonException e)
        {
            if (pendingStateOrigin >= 0)
            {
                MoveCursor(pendingStateOrigin);
            }

            long stateLine = e.LineNumber ?? 0;
            long line = stateLineOrigin + stateLine + 1;
            long byteInLine = (e.BytePositionInLine ?? 0) + 1 + (stateLine == 0 ? stateByteOrigin : 0);
            long column = CharacterColumn(line, byteInLine);
            var location = new SourceLocation { File = file, Line = line, Column = column, RecordNumber = number + 1 };
            // System.Text.Json says the depth limit only in its message; it is ours, so it is said as a reading limit.
            var reason = e.Message.IndexOf("maximum configured depth", StringComparison.Ordinal) >= 0 ? InputLimits.Exceeded(
                $"第 {line} 行第 {column} 列处的嵌套深度", $"The nesting depth at line {line}, column {column}", "depth", limits.MaxDepth) : new BilingualText(
                $"JSON 语法错误（第 {line} 行第 {column} 列），其后的内容无法读取：{JsonSyntaxError.Describe(e)}",
                $"JSON syntax error at line {line}, column {column}; nothing after it can be read: {JsonSyntaxError.Describe(e)}");
            number++;
            return SourceRecord.Stop(number, location, reason, Excerpt());
        }

        /// <summary>A member name, whose start is kept for <see cref="InvalidName"/>: a name that is not valid UTF-8 cannot be read as text.</summary>
        private string NameOf(ref Utf8JsonReader reader)
        {
            nameStart = start + (int)reader.TokenStartIndex;
            return reader.GetString()!;
        }

        private SourceRecord InvalidName()
        {
            MoveCursor(nameStart);
            var location = new SourceLocation { File = file, Line = cursorLine, Column = cursorColumn, RecordNumber = number + 1 };
            var reason = new BilingualText(
                $"第 {cursorLine} 行第 {cursorColumn} 列的字段名不是有效的 UTF-8 文本，其后的内容无法读取。",
                $"The member name at line {cursorLine}, column {cursorColumn} is not valid UTF-8 text; nothing after it can be read.");
            number++;
            return SourceRecord.Stop(number, location, reason, Excerpt());
        }

        private SourceRecord Truncated()
        {
            MoveCursor(end);
            var location = new SourceLocation { File = file, Line = cursorLine, Column = cursorColumn, RecordNumber = number + 1 };
            var reason = new BilingualText(
                $"JSON 在第 {cursorLine} 行第 {cursorColumn} 列意外结束（文件不完整）。",
                $"The JSON ends unexpectedly at line {cursorLine}, column {cursorColumn} (the file is incomplete).");
            number++;
            return SourceRecord.Stop(number, location, reason, Excerpt());
        }

        private SourceRecord TooLarge()
        {
            // The record starts after the separator and blanks that precede it.
            int first = start;
            while (first < end && (buffer[first] == (byte)',' || JsonBlank.Is(buffer[first])))
            {
                first++;
            }

            SourceLocation location = Position(first);
            number++;
            return SourceRecord.Stop(number, location with { RecordNumber = number }, InputLimits.Exceeded(
                $"从第 {location.Line} 行第 {location.Column} 列起的这条记录的大小（字节）",
                $"The size in bytes of the record starting at line {location.Line}, column {location.Column}",
                "record",
                limits.MaxRecordSize));
        }

        private long CharacterColumn(long line, long byteInLine)
        {
            int walk = cursor;
            long l = cursorLine;
            long column = cursorColumn;
            long byteColumn = cursorByteColumn;
            while (walk < end && (l < line || (l == line && byteColumn < byteInLine)))
            {
                byte b = buffer[walk++];
                if (b == (byte)'\n')
                {
                    l++;
                    column = 1;
                    byteColumn = 1;
                }
                else
                {
                    byteColumn++;
                    if ((b & 0xC0) != 0x80)
                    {
                        column++;
                    }
                }
            }

            return l == line ? column : byteInLine;
        }

        private string Excerpt()
        {
            int length = Math.Min(end - start, 120);
            string text = Encoding.UTF8.GetString(buffer, start, Math.Max(0, length));
            return text.Trim();
        }

        /// <summary>Where each member and item of a record is, from its bytes and where it starts: worked out only when a finding needs it.</summary>
        private sealed class RecordBytesLocator : IndexedRecordLocator
        {
            private readonly string? file;

            public RecordBytesLocator(string? file, JsonReaderOptions readerOptions)
                : base(readerOptions)
            {
                this.file = file;
            }

            protected override RecordWalk Start(SourceRecord record) => new RecordWalk { Line = record.Origin.Line ?? 1, Column = record.Origin.Column ?? 1 };

            /// <summary>Moves the line and column on to byte <paramref name="offset"/> of the record.</summary>
            protected override void Count(ReadOnlySpan<byte> bytes, int offset, ref RecordWalk walk)
            {
                long line = walk.Line;
                long column = walk.Column;
                for (int at = walk.To; at < offset; at++)
                {
                    byte b = bytes[at];
                    if (b == (byte)'\n')
                    {
                        line++;
                        column = 1;
                    }
                    else if ((b & 0xC0) != 0x80)
                    {
                        column++;
                    }
                }

                walk = new RecordWalk { To = offset, Line = line, Column = column };
            }

            protected override SourceLocation Location(SourceRecord record, RecordWalk walk, string jsonPointer) =>
                new SourceLocation { File = file, Line = walk.Line, Column = walk.Column, JsonPointer = jsonPointer, RecordNumber = record.Number };
        }
    }
}
