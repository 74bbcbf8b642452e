using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Text;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads JSON Lines (JSON Lines 读取器): one record object per line, one line at a time. Blank lines
    /// are not records. A line that is not valid JSON becomes an unreadable record with its line and
    /// column, and reading goes on with the next line. A line longer than 4 Mi characters (4,194,304;
    /// typically a whole JSON array saved on one line) is an unreadable record too, read past without
    /// being held, so memory never holds more than one such line's start.
    /// </summary>
    public sealed class JsonLinesRecordReader
    {
        private readonly JsonDocumentOptions documentOptions;
        private readonly InputLimits limits;
        private readonly Utf8LineReader? utf8Lines;
        private BoundedLineReader? lines;
        private readonly string? file;
        private RecordLocator? locator;
        private bool used;

        /// <summary>Creates a reader over a stream (it need not be seekable); the encoding is detected unless <see cref="InputOptions.Encoding"/> is given.</summary>
        /// <param name="stream">The input; the reader disposes it when the records have been read.</param>
        /// <param name="options">The file name for locations and an optional encoding.</param>
        public JsonLinesRecordReader(Stream stream, InputOptions? options = null)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            file = options?.DisplayName;
            Stream text = TextEncodingDetector.Open(stream, options?.Encoding, out Encoding encoding);
            Encoding = encoding;
            limits = options?.Limits ?? InputLimits.Default;
            documentOptions = new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = limits.MaxDepth };
            if (encoding.CodePage == Encoding.UTF8.CodePage && encoding.GetPreamble().Length == 0 && encoding.DecoderFallback is DecoderReplacementFallback)
            {
                // UTF-8 is read as bytes, line by line, with no string made of a line.
                utf8Lines = new Utf8LineReader(text, limits.MaxLineLength);
            }
            else
            {
                lines = LinesOf(text);
            }
        }

        /// <summary>The text encoding of the input.</summary>
        public Encoding Encoding { get; }

        /// <summary>
        /// Where the records' bytes are kept, when a validation run owns the records' lifetime (<see cref="RecordBytesRing"/>):
        /// a line read as UTF-8 is then copied into the ring's slabs, valid until the record is given back, rather than into
        /// an array of its own. <c>null</c> (the default) for an array each.
        /// </summary>
        internal RecordBytesRing? Ring { get; init; }

        /// <summary>
        /// <c>true</c> to check every line by a reader pass, as before the record-boundary scan: the test-only oracle the
        /// scan is compared with.
        /// </summary>
        internal bool ReaderPassOnly { get; init; }

        /// <summary>Reads the records, lazily; can be enumerated once.</summary>
        public IEnumerable<SourceRecord> Read()
        {
            if (used)
            {
                throw new InvalidOperationException("A JsonLinesRecordReader reads its input once.");
            }

            used = true;
            try
            {
                long lineNumber = 0;
                long number = 0;
                if (utf8Lines != null)
                {
                    ReadOnlyMemory<byte>? bytes;
                    while ((bytes = utf8Lines.ReadLine(out bool overlong)) != null || overlong)
                    {
                        if (overlong)
                        {
                            // A line longer than the limit in bytes may be cut: the rest of the input is read as text.
                            lines = LinesOf(utf8Lines.Rest());
                            break;
                        }

                        lineNumber++;
                        if (IsBlank(bytes!.Value.Span))
                        {
                            continue;
                        }

                        number++;
                        yield return ReadLine(bytes.Value.Span, lineNumber, number);
                    }
                }

                string? line;
                while (lines != null && (line = lines.ReadLine(out bool cut)) != null)
                {
                    lineNumber++;
                    if (cut)
                    {
                        number++;
                        BilingualText over = InputLimits.Exceeded($"第 {lineNumber} 行的长度", $"Line {lineNumber}'s length", "line", limits.MaxLineLength);
                        yield return SourceRecord.Unreadable(number, new SourceLocation { File = file, Line = lineNumber, Column = 1, RecordNumber = number }, new BilingualText(
                            over.Chinese + "（是否把整个 JSON 数组写在了一行？那样请用 .json 文件。）",
                            over.English + " (A whole JSON array on one line? Then name the file .json.)"), line.Substring(0, Math.Min(200, line.Length)) + "…");
                        continue;
                    }

                    if (line.Trim().Length == 0)
                    {
                        continue;
                    }

                    number++;
                    yield return ReadLine(line, lineNumber, number);
                }
            }
            finally
            {
                utf8Lines?.Dispose();
                lines?.Dispose();
            }
        }

        private BoundedLineReader LinesOf(Stream text) => new BoundedLineReader(new StreamReader(text, Encoding, false), limits.MaxLineLength);

        /// <summary>Whether a UTF-8 line is blank (white space only), as <see cref="string.Trim()"/> of its text says.</summary>
        private bool IsBlank(ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes)
            {
                if (b >= 0x80)
                {
                    return DecodedText.Of(Encoding, bytes).Trim().Length == 0;
                }

                if (!char.IsWhiteSpace((char)b))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A line read as UTF-8 bytes (in the line reader's buffer, copied here into <see cref="Ring"/> or an array of its
        /// own): the same record as its text gives (an invalid sequence is read as the decoder reads it, U+FFFD).
        /// </summary>
        private SourceRecord ReadLine(ReadOnlySpan<byte> bytes, long lineNumber, long number)
        {
#if NET8_0_OR_GREATER
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                return ReadLine(Encoding.GetString(bytes), lineNumber, number);
            }
#else
            return ReadLine(DecodedText.Of(Encoding, bytes), lineNumber, number);
#endif
#if NET8_0_OR_GREATER
            int indent = 0;
            while (indent < bytes.Length && bytes[indent] < 0x80 && char.IsWhiteSpace((char)bytes[indent]))
            {
                indent++;
            }

            if (indent < bytes.Length && bytes[indent] >= 0x80)
            {
                string text = Encoding.GetString(bytes);
                indent = 0;
                while (indent < text.Length && char.IsWhiteSpace(text[indent]))
                {
                    indent++;
                }
            }

            return ReadLine(Ring?.Keep(number, bytes) ?? bytes.ToArray(), null, indent, lineNumber, number);
#endif
        }

        private SourceRecord ReadLine(string line, long lineNumber, long number)
        {
            int indent = 0;
            while (indent < line.Length && char.IsWhiteSpace(line[indent]))
            {
                indent++;
            }

            return ReadLine(Encoding.UTF8.GetBytes(line), line, indent, lineNumber, number);
        }

        /// <summary>One line's record, from its UTF-8 bytes, which are valid UTF-8 (<paramref name="line"/> is its text when it was read as text, else made only for a syntax error).</summary>
        private SourceRecord ReadLine(ReadOnlyMemory<byte> bytes, string? line, int indent, long lineNumber, long number)
        {
            var origin = new SourceLocation { File = file, Line = lineNumber, Column = indent + 1, RecordNumber = number };
            var readerOptions = new JsonReaderOptions { AllowTrailingCommas = true, MaxDepth = limits.MaxDepth };
            if (!ReaderPassOnly && IsPlainRecord(bytes.Span))
            {
                return new SourceRecord(number, bytes, readerOptions, origin, locator ??= new LineLocator(readerOptions)) { IsStrictJson = true };
            }

            try
            {
                // One pass of the reader checks the line as parsing it would (the same reader, the same errors); the
                // record is kept as its bytes and parsed only when something asks for its content.
                var check = new Utf8JsonReader(bytes.Span, readerOptions);
                while (check.Read())
                {
                }
            }
            catch (JsonException e)
            {
                line ??= DecodedText.Utf8(bytes.Span);
                long column = CharacterColumn(bytes.Span, (int)(e.BytePositionInLine ?? 0)) + 1;
                var at = origin with { Column = column };
                return SourceRecord.Unreadable(number, at, new BilingualText(
                    $"第 {lineNumber} 行第 {column} 列不是合法的 JSON：{JsonSyntaxError.Describe(e)}",
                    $"Line {lineNumber}, column {column} is not valid JSON: {JsonSyntaxError.Describe(e)}"), line.Length > 200 ? line.Substring(0, 200) + "…" : line);
            }

            if (!JsonStringCheck.AllReadable(bytes.Span, readerOptions, limits.MaxStringLength))
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

            return new SourceRecord(number, bytes, readerOptions, origin, locator ??= new LineLocator(readerOptions));
        }

        /// <summary>
        /// Whether the line is, by <see cref="JsonValueExtent"/> and no reader pass, one well-formed object or array between
        /// JSON blanks whose strings are plainly readable: then the reader pass would find nothing wrong with it.
        /// </summary>
        private bool IsPlainRecord(ReadOnlySpan<byte> line)
        {
            int first = JsonBlank.Skip(line, 0);

            int length = JsonValueExtent.Measure(line.Slice(first), limits.MaxDepth - 2);
            if (length < 0)
            {
                return false;
            }

            if (JsonBlank.Skip(line, first + length) != line.Length)
            {
                return false;
            }

            // The line is valid UTF-8 (checked when it was read, or encoded from its text), and the value starts and ends
            // at ASCII bytes, so it is valid UTF-8 too: of IsPlainlyReadableUnescaped only the length is left to check.
            return JsonStringCheck.IsPlainlyReadableValidUtf8(line.Slice(first, length), limits.MaxStringLength);
        }

        private static long CharacterColumn(ReadOnlySpan<byte> bytes, int byteIndex) =>
            Utf8Characters.Count(bytes.Slice(0, Math.Max(0, Math.Min(byteIndex, bytes.Length))));

        /// <summary>Where each member and item of a line's record is: worked out only when a finding needs it.</summary>
        private sealed class LineLocator : IndexedRecordLocator
        {
            public LineLocator(JsonReaderOptions readerOptions)
                : base(readerOptions)
            {
            }

            /// <summary>No character of the line counted yet.</summary>
            protected override RecordWalk Start(SourceRecord record) => default;

            /// <summary>Counts the characters of the line on to byte <paramref name="offset"/>.</summary>
            protected override void Count(ReadOnlySpan<byte> bytes, int offset, ref RecordWalk walk)
            {
                int at = Math.Min(offset, bytes.Length);
                walk = new RecordWalk { To = at, Column = walk.Column + Utf8Characters.Count(bytes.Slice(walk.To, at - walk.To)) };
            }

            protected override SourceLocation Location(SourceRecord record, RecordWalk walk, string jsonPointer) =>
                record.Origin with { Column = walk.Column + 1, JsonPointer = jsonPointer, RecordNumber = record.Number };
        }
    }
}
