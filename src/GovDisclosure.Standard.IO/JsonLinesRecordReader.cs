using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

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
        private readonly BoundedLineReader lines;
        private readonly string? file;
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
            lines = new BoundedLineReader(new StreamReader(text, encoding, false), limits.MaxLineLength);
        }

        /// <summary>The text encoding of the input.</summary>
        public Encoding Encoding { get; }

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
                string? line;
                while ((line = lines.ReadLine(out bool cut)) != null)
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
                lines.Dispose();
            }
        }

        private SourceRecord ReadLine(string line, long lineNumber, long number)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line);
            int indent = 0;
            while (indent < line.Length && char.IsWhiteSpace(line[indent]))
            {
                indent++;
            }

            var origin = new SourceLocation { File = file, Line = lineNumber, Column = indent + 1, RecordNumber = number };
            var readerOptions = new JsonReaderOptions { AllowTrailingCommas = true, MaxDepth = limits.MaxDepth };
            try
            {
                // One pass of the reader checks the line as parsing it would (the same reader, the same errors); the
                // record is kept as its bytes and parsed only when something asks for its content.
                var check = new Utf8JsonReader(bytes, readerOptions);
                while (check.Read())
                {
                }
            }
            catch (JsonException e)
            {
                long column = CharacterColumn(bytes, (int)(e.BytePositionInLine ?? 0)) + 1;
                var at = origin with { Column = column };
                return SourceRecord.Unreadable(number, at, new BilingualText(
                    $"第 {lineNumber} 行第 {column} 列不是合法的 JSON：{JsonSyntaxError.Describe(e)}",
                    $"Line {lineNumber}, column {column} is not valid JSON: {JsonSyntaxError.Describe(e)}"), line.Length > 200 ? line.Substring(0, 200) + "…" : line);
            }

            if (!JsonStringCheck.AllReadable(bytes, readerOptions, limits.MaxStringLength))
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

            return new SourceRecord(number, bytes, readerOptions, origin, () => FieldLocations(bytes, readerOptions, origin));
        }

        /// <summary>Where each member and item of a line's record is: worked out only when a finding needs it.</summary>
        private static Dictionary<string, SourceLocation> FieldLocations(byte[] bytes, JsonReaderOptions readerOptions, SourceLocation origin)
        {
            var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> member in JsonMemberOffsets.Of(bytes, readerOptions))
            {
                fields.Add(member.Key, origin with { Column = CharacterColumn(bytes, member.Value) + 1, JsonPointer = member.Key });
            }

            return fields;
        }

        private static long CharacterColumn(byte[] bytes, int byteIndex)
        {
            long characters = 0;
            for (int i = 0; i < byteIndex && i < bytes.Length; i++)
            {
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    characters++;
                }
            }

            return characters;
        }
    }
}
