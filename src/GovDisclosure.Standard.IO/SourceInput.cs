using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// One input file, opened for validation (输入文件): its format (from the extension, else from the
    /// content), its encoding, the document kind of its records (given, or told from the field names
    /// or headers) and, for a workbook, the sheet. <see cref="Records"/> streams the records with the
    /// matching reader; a record that <see cref="SourceRecord.StopsReading"/> says the file could not be read to its end.
    /// </summary>
    public sealed class SourceInput
    {
        /// <summary>How many characters of a line format detection reads at most (1 Mi).</summary>
        internal const int SniffLineLimit = 1 << 20;

        private const int KindProbeRecords = 10;
        private readonly InputOptions options;
        private readonly Func<SourceLocation, Stream> open;

        /// <summary>A workbook's merged ranges, read when it was opened: reading the records does not parse the sheet for them again.</summary>
        private readonly XlsxSheetMerges? merges;

        /// <summary>What opening a workbook found (its shared strings among it), taken over by the first reader of its records.</summary>
        private readonly XlsxOpenedWorkbook? workbook;

        private SourceInput(string path, Func<SourceLocation, Stream> open, InputOptions options, InputFormat format, DocumentKind kind, bool kindDetected, Encoding? encoding, string? sheet, XlsxSheetMerges? merges = null, XlsxOpenedWorkbook? workbook = null)
        {
            this.merges = merges;
            this.workbook = workbook;
            Path = path;
            this.open = open;
            this.options = options;
            Format = format;
            Kind = kind;
            KindDetected = kindDetected;
            Encoding = encoding;
            Sheet = sheet;
        }

        /// <summary>The file path, or for a stream the name it was given (<see cref="InputOptions.DisplayName"/>).</summary>
        public string Path { get; }

        /// <summary>The name used in locations.</summary>
        public string DisplayName => options.DisplayName ?? Path;

        /// <summary>The format.</summary>
        public InputFormat Format { get; }

        /// <summary>The document kind of the records.</summary>
        public DocumentKind Kind { get; }

        /// <summary><c>true</c> when the kind was told from the content rather than given.</summary>
        public bool KindDetected { get; }

        /// <summary>The text encoding (not for workbooks).</summary>
        public Encoding? Encoding { get; }

        /// <summary>The sheet read, for workbooks.</summary>
        public string? Sheet { get; }

        /// <summary>Opens a file: checks it exists, detects the format, encoding and kind, and reads a workbook's or table's header.</summary>
        /// <param name="path">The file.</param>
        /// <param name="options">What to force instead of detecting.</param>
        /// <exception cref="InputException">The file is missing, empty, an image, archive, PDF or old Office file (each named), or cannot be read as any supported format, or the kind cannot be told.</exception>
        public static SourceInput Open(string path, InputOptions? options = null)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            InputOptions effective = (options ?? new InputOptions()) with { DisplayName = options?.DisplayName ?? path };
            var where = new SourceLocation { File = effective.DisplayName };
            if (InputFileCheck.Open(path, where) is Stream spooled)
            {
                return Open(spooled, effective);
            }

            InputFormat format;
            try
            {
                using (Stream head = OpenFile(path, where))
                {
                    ContentSignature.Check(head, path, where);
                }

                format = effective.Format ?? DetectFormat(path, effective.Encoding);
            }
            catch (IOException e)
            {
                throw new InputException(where, new BilingualText("无法读取文件：" + e.Message, "Cannot read the file: " + e.Message), e);
            }

            return Open(path, at => OpenFile(path, at), effective, format, where);
        }

        /// <summary>
        /// Opens a stream (an upload, a blob, a file held by the caller): detects the format (from the
        /// extension of <see cref="InputOptions.DisplayName"/>, else from the first bytes), encoding and kind
        /// as <see cref="Open(string, InputOptions?)"/> does. The stream stays the caller's: it is read from
        /// its current position each time <see cref="Records"/> is enumerated, and never closed.
        /// </summary>
        /// <param name="stream">The input; it must be readable. One that cannot seek (standard input, a pipe, a network stream) is read once, to its end, into a temporary file (at most 1 GiB) that is removed when it is closed.</param>
        /// <param name="options">What to force instead of detecting; <see cref="InputOptions.DisplayName"/> names the input in locations ("stream" when <c>null</c>).</param>
        /// <exception cref="ArgumentException">The stream cannot be read.</exception>
        /// <exception cref="InputException">The content is empty, an image, archive, PDF or old Office file (each named), or cannot be read as any supported format, or the kind cannot be told.</exception>
        public static SourceInput Open(Stream stream, InputOptions? options = null)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            if (!stream.CanRead)
            {
                throw new ArgumentException("The stream must be readable.", nameof(stream));
            }

            string name = options?.DisplayName ?? "stream";
            InputOptions effective = (options ?? new InputOptions()) with { DisplayName = name };
            var where = new SourceLocation { File = name };
            if (!stream.CanSeek)
            {
                stream = InputSpool.Copy(stream, where);
            }

            long start = stream.Position;
            Stream OpenStream(SourceLocation at)
            {
                stream.Position = start;
                return new BorrowedStream(stream);
            }

            InputFormat format;
            try
            {
                using (Stream head = OpenStream(where))
                {
                    ContentSignature.Check(head, name, where);
                }

                format = effective.Format ?? FormatOfName(name) ?? DetectContentFormat(OpenStream(where), effective.Encoding);
            }
            catch (IOException e)
            {
                throw new InputException(where, new BilingualText("无法读取输入：" + e.Message, "Cannot read the input: " + e.Message), e);
            }

            return Open(name, OpenStream, effective, format, where);
        }

        private static SourceInput Open(string path, Func<SourceLocation, Stream> open, InputOptions effective, InputFormat format, SourceLocation where)
        {
            switch (format)
            {
                case InputFormat.Csv:
                    using (var csv = new CsvRecordReader(open(where), effective))
                    {
                        return new SourceInput(path, open, effective, format, csv.Kind, effective.Kind is null, csv.Encoding, null);
                    }

                case InputFormat.Xlsx:
                    using (var xlsx = new XlsxRecordReader(open(where), effective))
                    {
                        return new SourceInput(path, open, effective, format, xlsx.Kind, effective.Kind is null, null, xlsx.SheetName, xlsx.SheetMerges, xlsx.HandOver());
                    }

                case InputFormat.Xls:
                    using (var xls = new XlsRecordReader(open(where), effective))
                    {
                        return new SourceInput(path, open, effective, format, xls.Kind, effective.Kind is null, null, xls.SheetName);
                    }

                case InputFormat.Pdf:
                    return new SourceInput(path, open, effective, format, DocumentKind.AnnualReport, effective.Kind is null, null, null);
                case InputFormat.Html:
                    byte[] head = new byte[TextEncodingDetector.SampleSize];
                    int length;
                    using (Stream page = open(where))
                    {
                        length = page.Read(head, 0, head.Length);
                    }

                    Encoding pageEncoding = effective.Encoding ?? PublishedReportReader.Detect(head.Take(length).ToArray(), out _);
                    return new SourceInput(path, open, effective, format, DocumentKind.AnnualReport, effective.Kind is null, pageEncoding, null);
                default:
                    Encoding encoding;
                    DocumentKind? kind = effective.Kind;
                    TextEncodingDetector.Open(open(where), effective.Encoding, out encoding).Dispose();

                    if (kind is null)
                    {
                        var input = new SourceInput(path, open, effective, format, DocumentKind.CatalogueEntry, false, encoding, null);
                        var names = input.Records().Take(KindProbeRecords)
                            .Where(r => r.Content is JsonElement c && c.ValueKind == JsonValueKind.Object)
                            .Select(r => r.Content!.Value.EnumerateObject().Select(p => p.Name).ToArray())
                            .FirstOrDefault();
                        if (names is null)
                        {
                            return input;
                        }

                        kind = DocumentKindDetector.Detect(names) ?? throw new InputException(where, new BilingualText(
                            "无法从字段名判断文档类型（" + string.Join("、", names.Take(8)) + "），请指定文档类型。",
                            "Cannot tell the document kind from the field names (" + string.Join(", ", names.Take(8)) + "); name the document kind."));
                        return new SourceInput(path, open, effective, format, kind, true, encoding, null);
                    }

                    return new SourceInput(path, open, effective, format, kind, false, encoding, null);
            }
        }

        /// <summary>The format of a file: from its extension (.json, .jsonl/.ndjson, .csv/.tsv/.txt, .xlsx), else from its first bytes.</summary>
        /// <param name="path">The file.</param>
        /// <param name="encoding">The encoding to sniff text with; detected when <c>null</c>.</param>
        public static InputFormat DetectFormat(string path, Encoding? encoding = null)
        {
            InputFormat? byName = FormatOfName(path);
            if (byName != null)
            {
                return byName.Value;
            }

            using FileStream file = File.OpenRead(path);
            return DetectContentFormat(file, encoding);
        }

        /// <summary>The format a file name's extension says (<c>.json</c>, <c>.jsonl</c>, <c>.csv</c>, <c>.xlsx</c>, <c>.html</c>, <c>.pdf</c> …), or <c>null</c> for any other name.</summary>
        /// <param name="name">A file name or path.</param>
        /// <returns>The format, or <c>null</c>.</returns>
        public static InputFormat? FormatOfName(string name)
        {
            switch (System.IO.Path.GetExtension(name ?? throw new ArgumentNullException(nameof(name))).ToLowerInvariant())
            {
                case ".xlsx":
                case ".xlsm":
                    return InputFormat.Xlsx;
                case ".xls":
                    return InputFormat.Xls;
                case ".csv":
                case ".tsv":
                    return InputFormat.Csv;
                case ".jsonl":
                case ".ndjson":
                    return InputFormat.JsonLines;
                case ".json":
                    return InputFormat.Json;
                case ".html":
                case ".htm":
                case ".shtml":
                    return InputFormat.Html;
                case ".pdf":
                    return InputFormat.Pdf;
            }

            return null;
        }

        /// <summary>The format of seekable content from its first bytes: a ZIP header is a workbook, else text is sniffed. The stream is closed.</summary>
        private static InputFormat DetectContentFormat(Stream content, Encoding? encoding)
        {
            using (content)
            {
                long start = content.Position;
                byte[] head = new byte[4];
                int read = content.Read(head, 0, 4);
                if (read == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04)
                {
                    return InputFormat.Xlsx;
                }

                if (read == 4 && head[0] == (byte)'%' && head[1] == (byte)'P' && head[2] == (byte)'D' && head[3] == (byte)'F')
                {
                    return InputFormat.Pdf;
                }

                content.Position = start;
                return DetectTextFormat(content, encoding);
            }
        }

        /// <summary>
        /// The format of text input from its first lines, reading at most <see cref="SniffLineLimit"/>
        /// characters of a line: a minified JSON file is one line, and sniffing must not hold it.
        /// </summary>
        /// <param name="stream">The input, at its start (it need not be seekable).</param>
        /// <param name="encoding">The encoding; detected when <c>null</c>.</param>
        internal static InputFormat DetectTextFormat(Stream stream, Encoding? encoding)
        {
            using var text = new StreamReader(TextEncodingDetector.Open(stream, encoding, out Encoding detected), detected, false);
            string? first;
            bool cut;
            do
            {
                first = ReadLineStart(text, out cut);
            }
            while (first != null && !cut && first.Trim().Length == 0);

            string trimmed = first?.Trim() ?? string.Empty;
            if (trimmed.StartsWith("<", StringComparison.Ordinal))
            {
                return InputFormat.Html;
            }

            if (trimmed.StartsWith("[", StringComparison.Ordinal))
            {
                return InputFormat.Json;
            }

            if (trimmed.StartsWith("{", StringComparison.Ordinal))
            {
                if (cut)
                {
                    return InputFormat.Json;
                }

                string? second = ReadLineStart(text, out _);
                bool complete;
                try
                {
                    using JsonDocument document = JsonDocument.Parse(trimmed);
                    complete = true;
                }
                catch (JsonException)
                {
                    complete = false;
                }

                return complete && second != null && second.TrimStart().StartsWith("{", StringComparison.Ordinal) ? InputFormat.JsonLines : InputFormat.Json;
            }

            return InputFormat.Csv;
        }

        /// <summary>The next line, or its first <see cref="SniffLineLimit"/> characters (<paramref name="cut"/> then says so); <c>null</c> at the end.</summary>
        private static string? ReadLineStart(TextReader text, out bool cut)
        {
            var line = new StringBuilder();
            cut = false;
            int c;
            while ((c = text.Read()) >= 0)
            {
                if (c == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                if (line.Length == SniffLineLimit)
                {
                    cut = true;
                    return line.ToString();
                }

                line.Append((char)c);
            }

            return line.Length == 0 ? null : line.ToString();
        }

        /// <summary>
        /// The members of the document around its record array (publisher, title, version …), read afresh: from a JSON
        /// object holding a record array, or from a workbook's <see cref="DocumentEnvelope.SheetName"/> sheet; <c>null</c>
        /// for every other input (a top-level array, a single record, JSON Lines, CSV, a page).
        /// </summary>
        /// <exception cref="InputException">The file cannot be read or its envelope is malformed or over a limit.</exception>
        public DocumentEnvelope? Envelope()
        {
            var where = new SourceLocation { File = DisplayName };
            switch (Format)
            {
                case InputFormat.Json:
                    using (Stream stream = open(where))
                    {
                        Encoding? encoding = Encoding ?? options.Encoding;
                        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
                        {
                            return JsonEnvelopeReader.Read(stream, options.Limits, DisplayName);
                        }

                        using Stream utf8 = new Utf8TranscodingStream(new StreamReader(stream, encoding, true));
                        return JsonEnvelopeReader.Read(utf8, options.Limits, DisplayName);
                    }

                case InputFormat.Xlsx:
                    return XlsxRecordReader.EnvelopeOf(open(where), options with { Kind = Kind, Sheet = Sheet ?? options.Sheet }, merges, workbook);

                default:
                    return null;
            }
        }

        /// <summary>
        /// Streams the records of the file, opening it afresh. When reading stops before the end of the file,
        /// the last record is unreadable and <see cref="SourceRecord.StopsReading"/> (its error says why and where).
        /// </summary>
        public IEnumerable<SourceRecord> Records() => RecordsKeptIn(null);

        /// <summary>
        /// Streams the records of the file as <see cref="Records()"/> does, a JSON or JSON Lines file's records kept in
        /// <paramref name="ring"/> when one is given: each record's bytes are then valid only until the caller gives the
        /// record back to the ring (a validation run that owns the records' lifetime).
        /// </summary>
        /// <param name="ring">Where a JSON or JSON Lines file's records' bytes are kept; <c>null</c> for an array of its own for each record.</param>
        internal IEnumerable<SourceRecord> RecordsKeptIn(RecordBytesRing? ring)
        {
            var where = new SourceLocation { File = DisplayName };
            InputOptions read = options with { Kind = Kind, Encoding = Encoding ?? options.Encoding, Sheet = Sheet ?? options.Sheet };
            switch (Format)
            {
                case InputFormat.JsonLines:
                    foreach (SourceRecord record in new JsonLinesRecordReader(open(where), read) { Ring = ring }.Read())
                    {
                        yield return record;
                    }

                    break;

                case InputFormat.Csv:
                    foreach (SourceRecord record in new CsvRecordReader(open(where), read).Read())
                    {
                        yield return record;
                    }

                    break;

                case InputFormat.Xlsx:
                    foreach (SourceRecord record in new XlsxRecordReader(open(where), read, merges, workbook).Read())
                    {
                        yield return record;
                    }

                    break;

                case InputFormat.Xls:
                    foreach (SourceRecord record in new XlsRecordReader(open(where), read).Read())
                    {
                        yield return record;
                    }

                    break;

                case InputFormat.Html:
                case InputFormat.Pdf:
                    SourceRecord page;
                    try
                    {
                        page = PublishedReportReader.Read(open(where), DisplayName, options.Encoding).ToRecord();
                    }
                    catch (InputException e)
                    {
                        page = SourceRecord.Unreadable(1, where, e.Text);
                    }

                    yield return page;
                    break;

                default:
                    foreach (SourceRecord record in new JsonRecordReader(open(where), read) { Ring = ring }.Read())
                    {
                        yield return record;
                    }

                    break;
            }
        }

        private static Stream OpenFile(string path, SourceLocation where)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new InputException(where, new BilingualText("无法打开文件：" + e.Message, "Cannot open the file: " + e.Message), e);
            }
        }
    }
}
