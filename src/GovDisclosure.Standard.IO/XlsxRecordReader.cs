using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads the rows of one worksheet of an Excel workbook (XLSX 读取器) with a forward-only
    /// <see cref="XmlReader"/>, one cell at a time, so memory holds one row (its cells counted before it is held,
    /// each cell's text read in chunks up to the string limit), the shared-strings table and the merged ranges —
    /// not the sheet. The header row is the first of the first ten rows
    /// that names at least two standard columns; a published two-row header below it (公开事项 over
    /// 一级事项 / 二级事项, 公开层级 over 县级 / 乡级 with √ in the tick columns) is read with it. Cells in
    /// a merged range (mergeCells) take the value of its top-left cell (catalogues merge 一级事项 down
    /// several rows); a blank cell that is not merged stays blank. Date-formatted numbers become ISO
    /// dates. Each field keeps its sheet, row and cell reference.
    /// </summary>
    public sealed class XlsxRecordReader : IDisposable
    {
        private const int HeaderSearchRows = TabularHeader.SearchRows;
        private readonly string? file;
        private readonly InputLimits limits;
        private readonly Stream stream;
        private readonly SpreadsheetDocument? document;
        private WorksheetPart? worksheet;

        /// <summary>The archive and the sheet's entry when the workbook opened before is read again (<see cref="XlsxOpenedWorkbook"/>), with no SDK.</summary>
        private readonly ZipArchive? package;
        private readonly ZipArchiveEntry? sheetEntry;
        private readonly string sheetPart = string.Empty;
        private readonly XlsxSharedStrings sharedStrings;

        /// <summary>Whether <see cref="Dispose"/> disposes the shared-strings table: not once it is handed over (<see cref="HandOver"/>).</summary>
        private bool ownsSharedStrings = true;

        /// <summary>The ZIP entries of the package as <see cref="CheckPackage"/> found them: name, CRC-32, unpacked length.</summary>
        private readonly List<(string Name, uint Crc, long Length)> entries = new List<(string Name, uint Crc, long Length)>();
        private readonly int sheetIndex;

        /// <summary>What a cell's or a shared string's text is read through, in chunks: one for the reader, not one a cell (8 KB a cell was 120 KB a row).</summary>
        private readonly char[] chunk = new char[4096];

        /// <summary>What a cell's text is gathered in, reused from cell to cell.</summary>
        private readonly StringBuilder cellBuilder = new StringBuilder();
        private readonly List<bool> dateStyles;
        private List<MergedRange> merges;

        /// <summary>What fills the merged ranges' empty cells as the rows of <see cref="merges"/>' sheet are read.</summary>
        private XlsxMergeFill mergeFill;

        /// <summary>The cells of the row being read, reused from row to row.</summary>
        private readonly XlsxRow row = new XlsxRow();

        /// <summary>What reads a cell's or row's attributes with no string made (through <see cref="chunk"/>).</summary>
        private readonly XlsxCellAttributes attributes;
        private readonly TabularHeader header;
        private readonly long lastHeaderRow;
        private bool used;

        /// <summary>What made the row last yielded by <see cref="Rows"/> unreadable (a limit hit), with the column, or <c>null</c>.</summary>
        private (BilingualText Reason, int Column, bool Cut)? rowProblem;

        /// <summary>Opens a workbook, chooses the sheet and reads its header row.</summary>
        /// <param name="input">The workbook; copied to a temporary file first when it cannot seek. Disposed with the reader.</param>
        /// <param name="options">The file name for locations, the sheet (name or 1-based index) and an optional kind.</param>
        /// <exception cref="InputException">The workbook cannot be opened, has no such sheet, or no header row names a kind's standard columns.</exception>
        public XlsxRecordReader(Stream input, InputOptions? options = null)
            : this(input, options, null)
        {
        }

        /// <summary>
        /// The envelope of a workbook opened before (<paramref name="opened"/>) when its bytes are still those opened
        /// (<see cref="XlsxOpenedWorkbook.TryEnvelope"/>), with no second opening; otherwise, and with none opened, what a
        /// reader opening it afresh finds. Disposes <paramref name="input"/>.
        /// </summary>
        internal static DocumentEnvelope? EnvelopeOf(Stream input, InputOptions options, XlsxSheetMerges? known, XlsxOpenedWorkbook? opened)
        {
            if (opened != null && input.CanSeek && !string.IsNullOrWhiteSpace(options.Sheet))
            {
                bool taken;
                DocumentEnvelope? envelope;
                try
                {
                    taken = opened.TryEnvelope(input, IndexOfSheet(opened.SheetNames, options.Sheet!), out envelope);
                }
                catch
                {
                    input.Dispose();
                    throw;
                }

                if (taken)
                {
                    input.Dispose();
                    return envelope;
                }
            }

            using var reader = new XlsxRecordReader(input, options, known);
            return reader.Envelope;
        }

        /// <summary>Opens a workbook, reusing the merged ranges read when it was first opened (<see cref="SourceInput"/>) if the same sheet is chosen.</summary>
        internal XlsxRecordReader(Stream input, InputOptions? options, XlsxSheetMerges? known)
            : this(input, options, known, null)
        {
        }

        /// <summary>
        /// Opens a workbook; when <paramref name="opened"/> is what opening it found and the same sheet is chosen, reads the
        /// sheet straight from the archive with the shared strings, styles and merges found then (<see cref="XlsxOpenedWorkbook"/>).
        /// </summary>
        internal XlsxRecordReader(Stream input, InputOptions? options, XlsxSheetMerges? known, XlsxOpenedWorkbook? opened)
        {
            if (input is null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            attributes = new XlsxCellAttributes(chunk);
            file = options?.DisplayName;
            limits = options?.Limits ?? InputLimits.Default;
            stream = input.CanSeek ? input : CopyToTemporaryFile(input);
            if (opened != null && !string.IsNullOrWhiteSpace(options?.Sheet) && opened.TryReopen(stream, IndexOfSheet(opened.SheetNames, options!.Sheet!), out ZipArchive archive, out ZipArchiveEntry entry, out XlsxSharedStrings strings))
            {
                // The same bytes as at opening: the package, its parts, the shared strings and styles were measured and read then.
                package = archive;
                sheetEntry = entry;
                sharedStrings = strings;
                dateStyles = opened.DateStyles;
                SheetNames = opened.SheetNames;
                sheetIndex = opened.SheetIndex;
                SheetName = SheetNames[sheetIndex];
                sheetPart = opened.Merges.Part;
                merges = opened.Merges.Ranges;
                mergeFill = new XlsxMergeFill(merges);
                SheetMerges = opened.Merges;
                if (FindHeader(options.Kind) is (TabularLayout reopenedLayout, TabularHeader reopenedHeader, long reopenedRow, long reopenedLast))
                {
                    Kind = reopenedLayout.Kind;
                    header = reopenedHeader;
                    HeaderRow = reopenedRow;
                    lastHeaderRow = reopenedLast;
                    mergeFill.Reset();
                    Envelope = opened.Envelope;
                    return;
                }

                throw NoHeader(false, 1);
            }

            try
            {
                CheckPackage();
            }
            catch (InputException)
            {
                stream.Dispose();
                throw;
            }

            try
            {
                document = SpreadsheetDocument.Open(stream, false);
            }
            catch (Exception e) when (e is OpenXmlPackageException || e is InvalidDataException || e is IOException || e is FileFormatException || e is System.Xml.XmlException || e is NotSupportedException || e is ArgumentException || e is InvalidOperationException)
            {
                stream.Dispose();
                throw new InputException(new SourceLocation { File = file }, new BilingualText("无法打开 Excel 工作簿：" + e.Message, "Cannot open the Excel workbook: " + e.Message), e);
            }

            WorkbookPart workbook = Guard(() => document.WorkbookPart, null) ?? throw Fail("工作簿没有内容。", "The workbook has no content.");
            Sheet[] sheets = Guard(() => workbook.Workbook?.Sheets?.Elements<Sheet>().ToArray(), null) ?? Array.Empty<Sheet>();
            SheetNames = sheets.Select(s => s.Name?.Value ?? string.Empty).ToArray();
            bool search = string.IsNullOrWhiteSpace(options?.Sheet);
            Sheet[] candidates = search && sheets.Length > 0 ? sheets.Where(s => s.Name?.Value != DocumentEnvelope.SheetName).DefaultIfEmpty(sheets[0]).ToArray() : new[] { ChooseSheet(sheets, options?.Sheet) };
            SheetName = string.Empty;
            worksheet = null!;
            merges = new List<MergedRange>();
            mergeFill = new XlsxMergeFill(merges);
            // The parts held whole are measured first: one packed small may unpack to gigabytes.
            CheckSize(workbook.SharedStringTablePart, "共享字符串表（sharedStrings）", "shared-strings table");
            CheckSize(workbook.WorkbookStylesPart, "样式表（styles）", "styles part");
            sharedStrings = Guard(() => ReadSharedStrings(workbook.SharedStringTablePart), null);
            dateStyles = Guard(() => ReadDateStyles(workbook.WorkbookStylesPart), null);

            // Without --sheet, the first sheet with a header row is read: a workbook often opens with an instructions (填报说明) sheet.
            foreach (Sheet sheet in candidates)
            {
                SheetName = sheet.Name?.Value ?? string.Empty;
                worksheet = Guard(() => WorksheetOf(workbook, sheet), null)
                    ?? throw Fail($"工作表“{SheetName}”的关系编号（{sheet.Id?.Value}）不指向任何工作表部件，工作簿已损坏。", $"Sheet '{SheetName}' names relationship '{sheet.Id?.Value}', which is no worksheet part: the workbook is damaged.");
                string part = worksheet.Uri.OriginalString;
                sheetPart = part;
                sheetIndex = Array.IndexOf(sheets, sheet);
                merges = known != null && known.Describe(SheetName, part) ? known.Ranges : Guard(() => ReadMerges(), null);
                mergeFill = new XlsxMergeFill(merges);
                if (FindHeader(options?.Kind) is (TabularLayout layout, TabularHeader resolved, long headerRow, long lastRow))
                {
                    Kind = layout.Kind;
                    header = resolved;
                    HeaderRow = headerRow;
                    lastHeaderRow = lastRow;
                    mergeFill.Reset();
                    SheetMerges = new XlsxSheetMerges(SheetName, part, merges);
                    Sheet? envelope = sheets.FirstOrDefault(s => s.Name?.Value == DocumentEnvelope.SheetName && s != sheet);
                    Envelope = envelope is null ? null : Guard(() => ReadEnvelope(workbook, envelope), null);
                    return;
                }
            }

            throw NoHeader(search, candidates.Length);
        }

        /// <summary>Closes the workbook and says that no sheet (of <paramref name="candidateCount"/> searched, when <paramref name="search"/>) has a header row.</summary>
        private InputException NoHeader(bool search, int candidateCount)
        {
            Dispose();
            string names = string.Join("、", SheetNames.Select(n => "“" + n + "”"));
            string englishNames = string.Join(", ", SheetNames.Select(n => "'" + n + "'"));
            return new InputException(new SourceLocation { File = file, Sheet = search && candidateCount > 1 ? null : SheetName, Row = search && candidateCount > 1 ? null : 1 }, search && candidateCount > 1
                ? new BilingualText(
                    $"工作簿的 {candidateCount} 个工作表（{names}）前 {HeaderSearchRows} 行中都没有找到表头行（应含有 一级事项、公开时限 等标准列名）；请指定数据所在的工作表。",
                    $"None of the workbook's {candidateCount} sheets ({englishNames}) has a header row in its first {HeaderSearchRows} rows (it must name standard columns such as 一级事项 and 公开时限); name the sheet that holds the data.")
                : new BilingualText(
                    $"工作表“{SheetName}”前 {HeaderSearchRows} 行中没有找到表头行（应含有 一级事项、公开时限 等标准列名）。" + (SheetNames.Count > 1 ? $"工作簿的工作表：{names}；请指定要读取的工作表。" : string.Empty),
                    $"No header row in the first {HeaderSearchRows} rows of sheet '{SheetName}' (it must name standard columns such as 一级事项 and 公开时限)." + (SheetNames.Count > 1 ? $" The workbook's sheets: {englishNames}; name the sheet to read." : string.Empty)));
        }

        /// <summary>The header of the current sheet: the first of its first ten rows that names at least two standard columns (with a sub-header row below it), or <c>null</c>.</summary>
        private (TabularLayout Layout, TabularHeader Header, long Row, long LastRow)? FindHeader(DocumentKind? given)
        {
            using XmlReader rows = OpenSheet();
            int seen = 0;
            TabularLayout? found = null;
            TabularHeader? resolved = null;
            KeyValuePair<int, string>[]? headerCells = null;
            long headerRow = 0;
            long lastRow = 0;
            foreach (long number in Rows(rows))
            {
                var row = new KeyValuePair<long, Dictionary<int, string>>(number, this.row.ToDictionary());
                if (found != null)
                {
                    KeyValuePair<int, string>[] next = row.Value.OrderBy(p => p.Key).ToArray();
                    if (row.Key == headerRow + 1 && TabularHeader.IsSubHeaderRow(found, headerCells!, next))
                    {
                        resolved = TabularHeader.Resolve(found, headerCells!, next);
                        lastRow = row.Key;
                    }

                    break;
                }

                if (seen++ >= HeaderSearchRows)
                {
                    break;
                }

                if (row.Value.Count > limits.MaxColumns || rowProblem?.Cut == true)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Sheet = SheetName, Row = row.Key }, rowProblem?.Cut == true ? rowProblem.Value.Reason : InputLimits.Exceeded(
                        $"第 {row.Key} 行的列数", $"The number of columns in row {row.Key}", "columns", limits.MaxColumns));
                }

                string[] cells = row.Value.Values.ToArray();
                TabularLayout? layout = TabularHeader.LayoutOfHeaderRow(cells, given, out BilingualText? refusal);
                if (refusal != null)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Sheet = SheetName }, refusal);
                }

                if (layout != null)
                {
                    headerRow = row.Key;
                    lastRow = row.Key;
                    headerCells = row.Value.OrderBy(p => p.Key).ToArray();
                    resolved = TabularHeader.Resolve(layout, headerCells);
                    found = layout;
                }
            }

            return found != null && resolved != null ? (found, resolved, headerRow, lastRow) : null;
        }

        /// <summary>The merged ranges of the sheet read, for a later reader of the same workbook to reuse.</summary>
        internal XlsxSheetMerges? SheetMerges { get; }

        /// <summary>The members of the JSON document around the records, from the workbook's <see cref="DocumentEnvelope.SheetName"/> sheet, or <c>null</c> when it has none.</summary>
        public DocumentEnvelope? Envelope { get; }

        /// <summary>The document kind of the rows (given, or told from the header).</summary>
        public DocumentKind Kind { get; }

        /// <summary>The name of the sheet being read.</summary>
        public string SheetName { get; }

        /// <summary>The names of every sheet of the workbook, in order.</summary>
        public IReadOnlyList<string> SheetNames { get; }

        /// <summary>The 1-based row of the header.</summary>
        public long HeaderRow { get; }

        /// <summary>The header cells as written, in order.</summary>
        public IReadOnlyList<string> Headers => header.Cells.Select(c => c.Text).ToArray();

        /// <summary>Reads the records below the header, lazily; can be enumerated once.</summary>
        public IEnumerable<SourceRecord> Read()
        {
            if (used)
            {
                throw new InvalidOperationException("An XlsxRecordReader reads its input once.");
            }

            used = true;
            var rowWriter = new TabularRowWriter(header);
            try
            {
                long number = 0;
                bool pastHeader = false;
                using XmlReader rows = OpenSheet();
                foreach (long rowNumber in Rows(rows))
                {
                    if (rowNumber <= lastHeaderRow)
                    {
                        if (pastHeader && !row.IsBlank())
                        {
                            // A row numbered at or above the header but written after it: reported, never skipped silently.
                            number++;
                            yield return SourceRecord.Unreadable(number, new SourceLocation { File = file, Sheet = SheetName, Row = rowNumber, RecordNumber = number }, new BilingualText(
                                $"此行在表头之后写入，但行号 {rowNumber} 不大于表头行 {lastHeaderRow}，工作表已损坏，无法确定其位置。",
                                $"This row is written after the header but numbered {rowNumber}, not below header row {lastHeaderRow}: the sheet is damaged and its place cannot be told."));
                        }

                        pastHeader |= rowNumber == lastHeaderRow;
                        continue;
                    }

                    pastHeader = true;
                    if (rowProblem is (BilingualText reason, int at, _))
                    {
                        number++;
                        yield return SourceRecord.Unreadable(number, new SourceLocation { File = file, Sheet = SheetName, Row = rowNumber, Column = at + 1, Cell = Reference(Math.Max(0, at), rowNumber), RecordNumber = number }, reason);
                        continue;
                    }

                    if (row.IsBlank())
                    {
                        continue;
                    }

                    number++;

                    // A cell's location is derived from the row's when a finding asks for it: no closure a row.
                    SourceLocation origin = SheetCellLocation.OfRow(file, SheetName, rowNumber, number);
                    SourceRecord? record = rowWriter.Write(number, row, SheetCellLocation.CellsOf(origin), origin);
                    if (record != null)
                    {
                        yield return record;
                    }
                    else
                    {
                        number--;
                    }
                }
            }
            finally
            {
                Dispose();
            }
        }

        /// <summary>Closes the workbook.</summary>
        public void Dispose()
        {
            document?.Dispose();
            package?.Dispose();
            if (ownsSharedStrings)
            {
                sharedStrings?.Dispose();
            }

            stream.Dispose();
        }

        /// <summary>
        /// What this reader found on opening, for the reader of the records to reuse (<see cref="XlsxOpenedWorkbook"/>); the
        /// shared-strings table goes with it and is no longer disposed by this reader. <c>null</c> when the sheet's part is no
        /// single ZIP entry of that exact name or the sheet was read from an opened workbook already.
        /// </summary>
        internal XlsxOpenedWorkbook? HandOver()
        {
            if (document is null || SheetMerges is null || !ownsSharedStrings || XlsxOpenedWorkbook.EntryOf(entries, sheetPart) is not (string name, uint crc, long length))
            {
                return null;
            }

            ownsSharedStrings = false;
            return new XlsxOpenedWorkbook(SheetNames, sheetIndex, name, crc, length, SheetMerges, sharedStrings, dateStyles, Envelope, entries);
        }

        private static string Reference(int column, long row) => SpreadsheetCellReference.Of(column, row);

        private static int ColumnIndex(string reference) => XlsxCellAttributes.ColumnIndex(reference.AsSpan());

        private static long RowIndex(string reference)
        {
            string digits = new string(reference.SkipWhile(c => c >= 'A' && c <= 'Z').ToArray());
            return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long row) ? row : 0;
        }

        private static Stream CopyToTemporaryFile(Stream input)
        {
            string path = Path.GetTempFileName();
            var copy = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            input.CopyTo(copy);
            input.Dispose();
            copy.Position = 0;
            return copy;
        }

        /// <summary>Reads a part through a count of its unpacked bytes: over <see cref="InputLimits.MaxPartSize"/>, a located <see cref="InputException"/>.</summary>
        private void CheckSize(OpenXmlPart? part, string chinese, string english)
        {
            if (part is null)
            {
                return;
            }

            using var counted = Guard(() => BoundedStream.OfSize(part.GetStream(FileMode.Open, FileAccess.Read), limits.MaxPartSize, () =>
            {
                Dispose();
                return new InputException(new SourceLocation { File = file }, InputLimits.Exceeded($"工作簿{chinese}解压后的大小（字节）", $"The unpacked size in bytes of the workbook's {english}", "part", limits.MaxPartSize));
            }), null);
            Guard(() =>
            {
                counted.ReadToEnd();
                return true;
            }, null);
        }

        /// <summary>How every part is read: no DTD (a billion-laughs or external-entity part is refused, never expanded), no resolver.</summary>
        private static readonly XmlReaderSettings PartSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        /// <summary>Opens a part's XML through <see cref="BoundedStream.OfTags"/>: a tag over <see cref="InputLimits.MaxMarkupLength"/> is a located error, never held.</summary>
        private XmlReader OpenPart(OpenXmlPart part) =>
            XmlReader.Create(BoundedStream.OfTags(part.GetStream(FileMode.Open, FileAccess.Read), limits.MaxMarkupLength, () => MarkupTooLong(part.Uri.OriginalString)), PartSettings);

        private InputException MarkupTooLong(string part)
        {
            Dispose();
            return new InputException(new SourceLocation { File = file }, InputLimits.Exceeded(
                $"工作簿部件 {part} 中一个 XML 标记（元素及其属性）的字节数", $"The size in bytes of one XML tag (an element with its attributes) in the workbook part {part}", "markup", limits.MaxMarkupLength));
        }

        /// <summary>
        /// Measures, before the package is opened, every part the Open XML SDK parses whole or we do not stream ourselves
        /// (content types, relationships, the workbook, …): each at most <see cref="InputLimits.MaxPartSize"/> unpacked and
        /// no tag over <see cref="InputLimits.MaxMarkupLength"/>. Worksheets, shared strings and styles are measured as they are read.
        /// A file that is not a ZIP package is left to the SDK, which says so.
        /// </summary>
        private void CheckPackage()
        {
            ZipArchive? archive = null;
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
                entries = archive.Entries;
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is ArgumentException || e is NotSupportedException)
            {
                archive?.Dispose();
                stream.Position = 0;
                return;
            }

            using (archive)
            {
                foreach (ZipArchiveEntry entry in entries)
                {
                    this.entries.Add((entry.FullName, XlsxOpenedWorkbook.Stamp(entry), entry.Length));
                    string name = entry.FullName.TrimStart('/');
                    bool streamed = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) || name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase) || name.Equals("xl/styles.xml", StringComparison.OrdinalIgnoreCase);
                    if (streamed || !(name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    try
                    {
                        using var measured = BoundedStream.OfTags(
                            BoundedStream.OfSize(entry.Open(), limits.MaxPartSize, () => new InputException(new SourceLocation { File = file }, InputLimits.Exceeded($"工作簿部件 {name} 解压后的大小（字节）", $"The unpacked size in bytes of the workbook part {name}", "part", limits.MaxPartSize))),
                            limits.MaxMarkupLength,
                            () => new InputException(new SourceLocation { File = file }, InputLimits.Exceeded($"工作簿部件 {name} 中一个 XML 标记（元素及其属性）的字节数", $"The size in bytes of one XML tag (an element with its attributes) in the workbook part {name}", "markup", limits.MaxMarkupLength)));
                        measured.ReadToEnd();
                    }
                    catch (Exception e) when (e is InvalidDataException || e is NotSupportedException || e is IOException || e is ArgumentException)
                    {
                        // A damaged or unsupported entry: the SDK says so when it opens the package.
                    }
                }
            }

            stream.Position = 0;
        }

        private XmlReader OpenSheet() => Guard(() => sheetEntry is null ? OpenPart(worksheet!) : OpenEntry(sheetEntry, sheetPart), null);

        /// <summary>Opens the sheet's entry as <see cref="OpenPart"/> opens its part.</summary>
        private XmlReader OpenEntry(ZipArchiveEntry entry, string part) =>
            XmlReader.Create(BoundedStream.OfTags(entry.Open(), limits.MaxMarkupLength, () => MarkupTooLong(part)), PartSettings);

        /// <summary>Reads the shared-strings table one item at a time into a compact store (in files past a size); an item over the string limit keeps one character more than the limit, so that a cell using it is reported.</summary>
        private XlsxSharedStrings ReadSharedStrings(SharedStringTablePart? part)
        {
            var strings = new XlsxSharedStrings();
            if (part is null)
            {
                return strings;
            }

            try
            {
                using XmlReader xml = OpenPart(part);
                var item = new StringBuilder();
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
                    {
                        item.Clear();
                        ReadRichText(xml, item);
                        strings.Add(item);
                    }
                }
            }
            catch
            {
                // A table that cannot be read leaves no file behind.
                strings.Dispose();
                throw;
            }

            return strings;
        }

        /// <summary>
        /// The text of a string item (<c>si</c>, <c>is</c>) the reader is on: its <c>t</c> elements and those of its runs,
        /// not its phonetic guides (<c>rPh</c>), with their <c>_xHHHH_</c> escapes read (<see cref="XlsxText.Unescape"/>);
        /// at most one character more than the string limit is kept. Ends on the item's end.
        /// </summary>
        private void ReadRichText(XmlReader xml, StringBuilder text)
        {
            if (xml.IsEmptyElement)
            {
                return;
            }

            int depth = xml.Depth;
            xml.Read();
            while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
                {
                    xml.Skip();
                    continue;
                }

                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
                {
                    ReadText(xml, text);
                }

                xml.Read();
            }

            XlsxText.Unescape(text);
        }

        /// <summary>Appends the text of the element the reader is on, in chunks, keeping at most one character more than the string limit; ends on the element's end.</summary>
        private void ReadText(XmlReader xml, StringBuilder text)
        {
            if (xml.IsEmptyElement)
            {
                return;
            }

            int depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Text || xml.NodeType == XmlNodeType.CDATA || xml.NodeType == XmlNodeType.Whitespace || xml.NodeType == XmlNodeType.SignificantWhitespace)
                {
                    int read;
                    while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        int room = limits.MaxStringLength + 1 - text.Length;
                        if (room > 0)
                        {
                            text.Append(chunk, 0, Math.Min(room, read));
                        }
                    }
                }
            }
        }

        /// <summary>Which cell formats (by index) show a number as a date, read from the styles part one element at a time.</summary>
        private List<bool> ReadDateStyles(WorkbookStylesPart? part)
        {
            var styles = new List<bool>();
            if (part is null)
            {
                return styles;
            }

            var customDates = new HashSet<uint>();
            var formats = new List<uint>();
            using XmlReader xml = OpenPart(part);
            bool inCellFormats = false;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
                {
                    inCellFormats = false;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "cellXfs")
                {
                    inCellFormats = !xml.IsEmptyElement;
                }
                else if (xml.LocalName == "numFmt" && uint.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out uint custom)
                    && LooksLikeDate(xml.GetAttribute("formatCode") ?? string.Empty))
                {
                    customDates.Add(custom);
                }
                else if (inCellFormats && xml.LocalName == "xf")
                {
                    formats.Add(uint.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out uint id) ? id : 0);
                }
            }

            foreach (uint id in formats)
            {
                styles.Add((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || customDates.Contains(id));
            }

            return styles;
        }

        private static bool LooksLikeDate(string code)
        {
            var plain = new StringBuilder();
            bool quoted = false;
            int bracket = 0;
            foreach (char c in code)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c == '[')
                {
                    bracket++;
                }
                else if (!quoted && c == ']' && bracket > 0)
                {
                    bracket--;
                }
                else if (!quoted && bracket == 0)
                {
                    plain.Append(char.ToLowerInvariant(c));
                }
            }

            string text = plain.ToString();
            return text.IndexOf('y') >= 0 || text.IndexOf('d') >= 0 || (text.IndexOf('m') >= 0 && text.IndexOf('0') < 0 && text.IndexOf('#') < 0);
        }

        /// <summary>The merged ranges of the current sheet; a range that reaches past Excel's last column (XFD) or row is refused with its place: the workbook is damaged or made to exhaust memory.</summary>
        private List<MergedRange> ReadMerges()
        {
            var ranges = new List<MergedRange>();
            using XmlReader xml = OpenPart(worksheet!);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "mergeCell")
                {
                    string reference = xml.GetAttribute("ref") ?? string.Empty;
                    string[] corners = reference.Split(':');
                    if (corners.Length != 2)
                    {
                        continue;
                    }

                    int firstColumn = ColumnIndex(corners[0]);
                    int lastColumn = ColumnIndex(corners[1]);
                    long firstRow = RowIndex(corners[0]);
                    long lastRow = RowIndex(corners[1]);
                    if (firstColumn >= MaxColumns || lastColumn >= MaxColumns || firstRow > MaxRows || lastRow > MaxRows)
                    {
                        string shown = reference.Length > 40 ? reference.Substring(0, 40) + "…" : reference;
                        Dispose();
                        throw new InputException(new SourceLocation { File = file, Sheet = SheetName }, new BilingualText(
                            $"工作表“{SheetName}”的合并区域 {shown} 超出了 Excel 的最后一列 XFD 或最后一行 {MaxRows:N0}，工作簿已损坏，不予读取。",
                            $"Sheet '{SheetName}' merges the range {shown}, beyond Excel's last column XFD or last row {MaxRows:N0}: the workbook is damaged and is not read."));
                    }

                    if (firstColumn >= 0 && firstRow > 0 && lastColumn >= firstColumn && lastRow >= firstRow)
                    {
                        if (ranges.Count >= limits.MaxMergedRanges)
                        {
                            Dispose();
                            throw new InputException(new SourceLocation { File = file, Sheet = SheetName }, InputLimits.Exceeded(
                                $"工作表“{SheetName}”的合并区域数", $"The number of merged ranges of sheet '{SheetName}'", "merges", limits.MaxMergedRanges));
                        }

                        ranges.Add(new MergedRange(firstColumn, firstRow, lastColumn, lastRow));
                    }
                }
            }

            return ranges;
        }

        /// <summary>
        /// The rows of the sheet, each read cell by cell as it streams by: the cells of a row are counted before the
        /// row is held, so a row of millions of cells holds at most the limit; each cell's text is read in chunks
        /// and kept only up to the string limit.
        /// </summary>
        /// <remarks>Yields each row's number; its cells are in <see cref="row"/> until the next is read.</remarks>
        private IEnumerable<long> Rows(XmlReader xml)
        {
            long previous = 0;
            while (NextRowGuarded(xml, previous))
            {
                long index = attributes.RowNumber(xml, previous);
                previous = index;
                ReadRowGuarded(xml, index);
                mergeFill.Apply(index, row);
                yield return index;
            }
        }

        /// <summary>The worksheet part a sheet's relationship names, or <c>null</c> when it names none.</summary>
        private static WorksheetPart? WorksheetOf(WorkbookPart workbook, Sheet sheet) =>
            sheet.Id?.Value is string id && workbook.TryGetPartById(id, out OpenXmlPart? part) ? part as WorksheetPart : null;

        /// <summary>Reads the <see cref="DocumentEnvelope.SheetName"/> sheet: below its header row, one member a row (name, value in the cell syntax of an additional column), <c>json:[]</c> marking the record array.</summary>
        private DocumentEnvelope? ReadEnvelope(WorkbookPart workbook, Sheet sheet)
        {
            if (WorksheetOf(workbook, sheet) is not WorksheetPart part)
            {
                return null;
            }

            var members = new List<KeyValuePair<string, JsonElement>>();
            string? records = null;
            int position = 0;
            long previous = 0;
            using XmlReader xml = OpenPart(part);
            while (NextRow(xml))
            {
                long index = attributes.RowNumber(xml, previous);
                previous = index;
                ReadRow(xml, index);
                if (rowProblem != null)
                {
                    throw new InputException(new SourceLocation { File = file, Sheet = DocumentEnvelope.SheetName, Row = index }, rowProblem.Value.Reason);
                }

                if (index == 1 || row.Text(0) is not string name || name.Length == 0)
                {
                    continue;
                }

                if (members.Count >= DocumentEnvelope.MaxMembers)
                {
                    throw new InputException(new SourceLocation { File = file, Sheet = DocumentEnvelope.SheetName, Row = index }, new BilingualText(
                        $"工作表“{DocumentEnvelope.SheetName}”的成员超过 {DocumentEnvelope.MaxMembers} 个。", $"Sheet '{DocumentEnvelope.SheetName}' has more than {DocumentEnvelope.MaxMembers} members."));
                }

                JsonNode? value = CellSyntax.ReadAdditional(row.Text(1));
                if (records is null && value is JsonArray array && array.Count == 0)
                {
                    records = name;
                    position = members.Count;
                    continue;
                }

                members.Add(new KeyValuePair<string, JsonElement>(name, Element(value)));
            }

            return records is null ? null : new DocumentEnvelope(records, position, members);
        }

        private static JsonElement Element(JsonNode? value)
        {
            using JsonDocument document = JsonDocument.Parse(value?.ToJsonString() ?? "null");
            return document.RootElement.Clone();
        }

        private static bool NextRow(XmlReader xml)
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
                {
                    return true;
                }

                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary><see cref="NextRow"/>, a damaged part reported at the row before (as <see cref="Guard"/> does, with no delegate made a row).</summary>
        private bool NextRowGuarded(XmlReader xml, long previous)
        {
            try
            {
                return NextRow(xml);
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw Damaged(e, previous);
            }
        }

        /// <summary><see cref="ReadRow"/>, a damaged part reported at the row (as <see cref="Guard"/> does, with no delegate made a row).</summary>
        private void ReadRowGuarded(XmlReader xml, long index)
        {
            try
            {
                ReadRow(xml, index);
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw Damaged(e, index);
            }
        }

        /// <summary>Reads the cells of the row element the reader is on into <see cref="row"/>; ends on the row's end.</summary>
        private void ReadRow(XmlReader xml, long index)
        {
            rowProblem = null;
            row.Clear();
            if (xml.IsEmptyElement)
            {
                return;
            }

            int depth = xml.Depth;
            int column = -1;
            int count = 0;
            StringBuilder text = cellBuilder;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1 || xml.LocalName != "c")
                {
                    continue;
                }

                if (++count > limits.MaxCellsPerRow)
                {
                    // Counted, not held: the rest of the row streams by.
                    rowProblem = (InputLimits.Exceeded($"第 {index} 行的单元格数", $"The number of cells in row {index}", "cells", limits.MaxCellsPerRow), limits.MaxCellsPerRow, true);
                    continue;
                }

                attributes.ReadCell(xml);
                column = attributes.HasReference ? attributes.Column : column + 1;
                if (column >= MaxColumns)
                {
                    string? reference = xml.GetAttribute("r");
                    string shown = reference is null ? string.Empty : reference.Length > 40 ? reference.Substring(0, 40) + "…" : reference;
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Sheet = SheetName, Row = index }, new BilingualText(
                        $"工作表“{SheetName}”第 {index} 行的单元格 {shown} 超出了 Excel 的最后一列 XFD，工作簿已损坏，不予读取。",
                        $"Row {index} of sheet '{SheetName}' has a cell {shown} beyond Excel's last column XFD: the workbook is damaged and is not read."));
                }

                string cellText = ReadCell(xml, text);
                if (cellText.Length > limits.MaxStringLength)
                {
                    rowProblem ??= (InputLimits.Exceeded($"单元格 {Reference(Math.Max(0, column), index)} 文字的长度", $"The length of the text in cell {Reference(Math.Max(0, column), index)}", "string", limits.MaxStringLength), column, false);
                    continue;
                }

                row.Set(column, cellText);
            }
        }

        /// <summary>The text of the cell (<c>c</c>) the reader is on, by its type and style (<see cref="attributes"/>, read already); ends on the cell's end.</summary>
        private string ReadCell(XmlReader xml, StringBuilder text)
        {
            XlsxCellAttributes.CellType type = attributes.Type;
            uint? style = attributes.Style;
            text.Clear();

            // Null when the last value was a shared-string index, already looked up (in shared): no string is made of the index.
            string? raw = string.Empty;
            string? shared = null;
            bool inline = false;
            if (!xml.IsEmptyElement)
            {
                int depth = xml.Depth;
                while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1)
                    {
                        continue;
                    }

                    if (xml.LocalName == "v")
                    {
                        text.Clear();
                        ReadText(xml, text);
                        if (type == XlsxCellAttributes.CellType.Shared && SharedStringIndex(text) is int index)
                        {
                            shared = sharedStrings[index];
                            raw = null;
                        }
                        else
                        {
                            raw = text.ToString();
                        }
                    }
                    else if (xml.LocalName == "is")
                    {
                        text.Clear();
                        ReadRichText(xml, text);
                        inline = true;
                    }
                }
            }

            return raw is null && !inline ? shared! : CellText(type, style, inline ? text.ToString() : raw ?? string.Empty, inline);
        }

        /// <summary>
        /// The shared-string item a short cell value names, read as <see cref="CellText"/> reads it (an integer in the
        /// invariant culture, within the table) but without making a string of it; <c>null</c> when it names none, is long or
        /// the framework cannot parse a span (then <see cref="CellText"/> decides, from the string).
        /// </summary>
        private int? SharedStringIndex(StringBuilder value)
        {
#if NET
            const int Longest = 32;
            if (value.Length > Longest)
            {
                return null;
            }

            Span<char> digits = stackalloc char[Longest];
            value.CopyTo(0, digits, value.Length);
            return int.TryParse(digits.Slice(0, value.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < sharedStrings.Count ? index : null;
#else
            return null;
#endif
        }

        private string CellText(XlsxCellAttributes.CellType type, uint? style, string raw, bool inline)
        {
            switch (type)
            {
                case XlsxCellAttributes.CellType.Shared:
                    return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : raw;
                case XlsxCellAttributes.CellType.Inline:
                    return raw;
                case XlsxCellAttributes.CellType.Boolean:
                    return raw == "1" ? "TRUE" : "FALSE";
            }

            if (!inline && (type == XlsxCellAttributes.CellType.None || type == XlsxCellAttributes.CellType.Number) && style is uint format && format < dateStyles.Count && dateStyles[(int)format]
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial) && serial > 0 && serial < 2958466)
            {
                DateTime date = DateTime.FromOADate(serial);
                return date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            }

            return raw;
        }

        /// <summary>Excel's column limit (XFD); a reference beyond it is malformed.</summary>
        private const int MaxColumns = XlsxCellAttributes.MaxColumns;

        /// <summary>Excel's row limit.</summary>
        private const long MaxRows = 1048576;

        /// <summary>Runs a read of the package and turns malformed XML (a DTD, a broken part, a bad value) into a located <see cref="InputException"/>.</summary>
        private T Guard<T>(Func<T> read, long? row)
        {
            try
            {
                return read();
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw Damaged(e, row);
            }
        }

        /// <summary>Whether an exception reading the package says that it is damaged (<see cref="Guard"/>).</summary>
        private static bool IsDamage(Exception e) =>
            e is XmlException || e is FormatException || e is OverflowException || e is InvalidDataException || e is OpenXmlPackageException || e is InvalidOperationException || e is ArgumentException || e is KeyNotFoundException;

        /// <summary>Closes the workbook and says, at the row, that its XML is damaged.</summary>
        private InputException Damaged(Exception e, long? row)
        {
            Dispose();
            return new InputException(new SourceLocation { File = file, Sheet = SheetName, Row = row > 0 ? row : null }, new BilingualText(
                "工作簿内部的 XML 已损坏或不受支持（如含 DTD）：" + e.Message,
                "The workbook's XML is damaged or unsupported (a DTD, for instance): " + e.Message), e);
        }

        private Sheet ChooseSheet(Sheet[] sheets, string? wanted)
        {
            if (sheets.Length == 0)
            {
                throw Fail("工作簿中没有工作表。", "The workbook has no sheets.");
            }

            if (string.IsNullOrWhiteSpace(wanted))
            {
                return sheets[0];
            }

            int index = IndexOfSheet(sheets.Select(s => s.Name?.Value).ToArray(), wanted!);
            if (index >= 0)
            {
                return sheets[index];
            }

            string names = string.Join("、", sheets.Select(s => s.Name?.Value));
            throw Fail($"工作簿中没有工作表“{wanted}”（现有：{names}）。", $"The workbook has no sheet '{wanted}' (it has: {names}).");
        }

        /// <summary>The 0-based index of the sheet <paramref name="wanted"/> names (by name, any letter case, else by 1-based number), or -1.</summary>
        private static int IndexOfSheet(IReadOnlyList<string?> names, string wanted)
        {
            string trimmed = wanted.Trim();
            for (int i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 1 && index <= names.Count ? index - 1 : -1;
        }

        private InputException Fail(string chinese, string english)
        {
            Dispose();
            return new InputException(new SourceLocation { File = file }, new BilingualText(chinese, english));
        }

        /// <summary>A merged range of cells: 0-based columns, 1-based rows, corners included.</summary>
        internal readonly struct MergedRange
        {
            public MergedRange(int firstColumn, long firstRow, int lastColumn, long lastRow)
            {
                FirstColumn = firstColumn;
                FirstRow = firstRow;
                LastColumn = lastColumn;
                LastRow = lastRow;
            }

            public int FirstColumn { get; }

            public long FirstRow { get; }

            public int LastColumn { get; }

            public long LastRow { get; }
        }
    }
}
