using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads the rows of one worksheet of an Excel workbook (XLSX 读取器) with the SAX-style
    /// <see cref="OpenXmlReader"/>, one row at a time, so memory holds one row, the shared-strings
    /// table and the merged ranges — not the sheet. The header row is the first of the first ten rows
    /// that names at least two standard columns; a published two-row header below it (公开事项 over
    /// 一级事项 / 二级事项, 公开层级 over 县级 / 乡级 with √ in the tick columns) is read with it. Cells in
    /// a merged range (mergeCells) take the value of its top-left cell (catalogues merge 一级事项 down
    /// several rows); a blank cell that is not merged stays blank. Date-formatted numbers become ISO
    /// dates. Each field keeps its sheet, row and cell reference.
    /// </summary>
    public sealed class XlsxRecordReader : IDisposable
    {
        private const int HeaderSearchRows = 10;
        private readonly string? file;
        private readonly Stream stream;
        private readonly SpreadsheetDocument document;
        private readonly WorksheetPart worksheet;
        private readonly IReadOnlyList<string> sharedStrings;
        private readonly HashSet<uint> dateStyles;
        private readonly List<MergedRange> merges;
        private readonly Dictionary<string, string> mergeAnchors = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly TabularHeader header;
        private readonly long lastHeaderRow;
        private bool used;

        /// <summary>Opens a workbook, chooses the sheet and reads its header row.</summary>
        /// <param name="input">The workbook; copied to a temporary file first when it cannot seek. Disposed with the reader.</param>
        /// <param name="options">The file name for locations, the sheet (name or 1-based index) and an optional kind.</param>
        /// <exception cref="InputException">The workbook cannot be opened, has no such sheet, or no header row names a kind's standard columns.</exception>
        public XlsxRecordReader(Stream input, InputOptions? options = null)
        {
            if (input is null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            file = options?.DisplayName;
            stream = input.CanSeek ? input : CopyToTemporaryFile(input);
            try
            {
                document = SpreadsheetDocument.Open(stream, false);
            }
            catch (Exception e) when (e is OpenXmlPackageException || e is InvalidDataException || e is IOException || e is FileFormatException || e is System.Xml.XmlException || e is NotSupportedException)
            {
                stream.Dispose();
                throw new InputException(new SourceLocation { File = file }, new BilingualText("无法打开 Excel 工作簿：" + e.Message, "Cannot open the Excel workbook: " + e.Message), e);
            }

            WorkbookPart workbook = Guard(() => document.WorkbookPart, null) ?? throw Fail("工作簿没有内容。", "The workbook has no content.");
            Sheet[] sheets = Guard(() => workbook.Workbook?.Sheets?.Elements<Sheet>().ToArray(), null) ?? Array.Empty<Sheet>();
            Sheet sheet = ChooseSheet(sheets, options?.Sheet);
            SheetName = sheet.Name?.Value ?? string.Empty;
            SheetNames = sheets.Select(s => s.Name?.Value ?? string.Empty).ToArray();
            worksheet = Guard(() => workbook.Parts.FirstOrDefault(p => p.RelationshipId == sheet.Id?.Value)?.OpenXmlPart as WorksheetPart, null)
                ?? throw Fail($"工作表“{SheetName}”的关系编号（{sheet.Id?.Value}）不指向任何工作表部件，工作簿已损坏。", $"Sheet '{SheetName}' names relationship '{sheet.Id?.Value}', which is no worksheet part: the workbook is damaged.");
            sharedStrings = Guard(() => ReadSharedStrings(workbook.SharedStringTablePart), null);
            dateStyles = Guard(() => ReadDateStyles(workbook.WorkbookStylesPart), null);
            merges = Guard(() => ReadMerges(worksheet), null);

            using (OpenXmlReader rows = OpenXmlReader.Create(worksheet))
            {
                int seen = 0;
                TabularLayout? found = null;
                TabularHeader? resolved = null;
                KeyValuePair<int, string>[]? headerCells = null;
                foreach (KeyValuePair<long, Dictionary<int, string>> row in Rows(rows))
                {
                    if (found != null)
                    {
                        KeyValuePair<int, string>[] next = row.Value.OrderBy(p => p.Key).ToArray();
                        if (row.Key == HeaderRow + 1 && TabularHeader.IsSubHeaderRow(found, headerCells!, next))
                        {
                            resolved = TabularHeader.Resolve(found, headerCells!, next);
                            lastHeaderRow = row.Key;
                        }

                        break;
                    }

                    if (seen++ >= HeaderSearchRows)
                    {
                        break;
                    }

                    string[] cells = row.Value.Values.ToArray();
                    DocumentKind? kind = options?.Kind ?? TabularLayout.DetectKind(cells);
                    TabularLayout? layout = kind is null ? null : TabularLayout.For(kind);
                    if (kind != null && layout is null)
                    {
                        Dispose();
                        throw new InputException(new SourceLocation { File = file, Sheet = SheetName }, new BilingualText(
                            $"{kind.ChineseName}没有表格格式，请使用 JSON。",
                            $"{kind.EnglishName} records are not read from tables; use JSON."));
                    }

                    if (layout != null && layout.Score(cells) >= 2)
                    {
                        HeaderRow = row.Key;
                        lastHeaderRow = row.Key;
                        headerCells = row.Value.OrderBy(p => p.Key).ToArray();
                        resolved = TabularHeader.Resolve(layout, headerCells);
                        found = layout;
                    }
                }

                if (found != null && resolved != null)
                {
                    Kind = found.Kind;
                    header = resolved;
                    return;
                }
            }

            Dispose();
            throw new InputException(new SourceLocation { File = file, Sheet = SheetName, Row = 1 }, new BilingualText(
                $"工作表“{SheetName}”前 {HeaderSearchRows} 行中没有找到表头行（应含有 一级事项、公开时限 等标准列名）。",
                $"No header row in the first {HeaderSearchRows} rows of sheet '{SheetName}' (it must name standard columns such as 一级事项 and 公开时限)."));
        }

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
            try
            {
                long number = 0;
                bool pastHeader = false;
                using OpenXmlReader rows = Guard(() => OpenXmlReader.Create(worksheet), null);
                foreach (KeyValuePair<long, Dictionary<int, string>> row in Rows(rows))
                {
                    if (row.Key <= lastHeaderRow)
                    {
                        if (pastHeader && !row.Value.Values.All(string.IsNullOrWhiteSpace))
                        {
                            // A row numbered at or above the header but written after it: reported, never skipped silently.
                            number++;
                            yield return SourceRecord.Unreadable(number, new SourceLocation { File = file, Sheet = SheetName, Row = row.Key, RecordNumber = number }, new BilingualText(
                                $"此行在表头之后写入，但行号 {row.Key} 不大于表头行 {lastHeaderRow}，工作表已损坏，无法确定其位置。",
                                $"This row is written after the header but numbered {row.Key}, not below header row {lastHeaderRow}: the sheet is damaged and its place cannot be told."));
                        }

                        pastHeader |= row.Key == lastHeaderRow;
                        continue;
                    }

                    pastHeader = true;

                    long rowNumber = row.Key;
                    Dictionary<int, string> cells = row.Value;
                    if (cells.Values.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    number++;
                    long recordNumber = number;
                    var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
                    JsonElement? content = TabularRecordMapper.ToRecord(
                        header,
                        i => cells.TryGetValue(i, out string? text) ? text : null,
                        (i, h) => new SourceLocation { File = file, Sheet = SheetName, Row = rowNumber, Column = i + 1, Cell = Reference(i, rowNumber), RecordNumber = recordNumber },
                        fields);
                    if (content != null)
                    {
                        var origin = new SourceLocation { File = file, Sheet = SheetName, Row = rowNumber, Cell = Reference(0, rowNumber), RecordNumber = number };
                        yield return new SourceRecord(number, content.Value, origin, fields);
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
            stream.Dispose();
        }

        private static string Reference(int column, long row) => SpreadsheetColumnName.Of(column) + row.ToString(CultureInfo.InvariantCulture);

        private static int ColumnIndex(string reference)
        {
            int index = 0;
            foreach (char c in reference)
            {
                if (c < 'A' || c > 'Z')
                {
                    break;
                }

                index = (index * 26) + (c - 'A' + 1);
                if (index > MaxColumns)
                {
                    return MaxColumns;
                }
            }

            return index - 1;
        }

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

        private static IReadOnlyList<string> ReadSharedStrings(SharedStringTablePart? part)
        {
            var strings = new List<string>();
            if (part is null)
            {
                return strings;
            }

            using OpenXmlReader reader = OpenXmlReader.Create(part);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    strings.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
                }
                else if (!reader.Read())
                {
                    break;
                }
            }

            return strings;
        }

        private static string ItemText(OpenXmlCompositeElement item)
        {
            var text = new StringBuilder();
            foreach (OpenXmlElement child in item.ChildElements)
            {
                if (child is DocumentFormat.OpenXml.Spreadsheet.Text t)
                {
                    text.Append(t.Text);
                }
                else if (child is Run run && run.Text != null)
                {
                    text.Append(run.Text.Text);
                }
            }

            return text.ToString();
        }

        private static HashSet<uint> ReadDateStyles(WorkbookStylesPart? part)
        {
            var styles = new HashSet<uint>();
            Stylesheet? sheet = part?.Stylesheet;
            if (sheet?.CellFormats is null)
            {
                return styles;
            }

            var custom = new Dictionary<uint, string>();
            foreach (NumberingFormat format in sheet.NumberingFormats?.Elements<NumberingFormat>() ?? Enumerable.Empty<NumberingFormat>())
            {
                if (format.NumberFormatId?.Value is uint id)
                {
                    custom[id] = format.FormatCode?.Value ?? string.Empty;
                }
            }

            uint index = 0;
            foreach (CellFormat format in sheet.CellFormats.Elements<CellFormat>())
            {
                uint id = format.NumberFormatId?.Value ?? 0;
                bool isDate = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)
                    || (custom.TryGetValue(id, out string? code) && LooksLikeDate(code));
                if (isDate)
                {
                    styles.Add(index);
                }

                index++;
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

        private static List<MergedRange> ReadMerges(WorksheetPart part)
        {
            var ranges = new List<MergedRange>();
            using OpenXmlReader reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    string? reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value;
                    string[] corners = (reference ?? string.Empty).Split(':');
                    if (corners.Length == 2 && ColumnIndex(corners[0]) >= 0 && ColumnIndex(corners[1]) < MaxColumns && RowIndex(corners[0]) > 0)
                    {
                        ranges.Add(new MergedRange(ColumnIndex(corners[0]), RowIndex(corners[0]), ColumnIndex(corners[1]), RowIndex(corners[1])));
                    }
                }
            }

            return ranges;
        }

        private IEnumerable<KeyValuePair<long, Dictionary<int, string>>> Rows(OpenXmlReader reader)
        {
            long previous = 0;
            Guard(() => reader.Read(), previous);
            while (!Guard(() => reader.EOF, previous))
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = Guard(() => (Row)reader.LoadCurrentElement()!, previous + 1);
                    long index = RowNumber(row.RowIndex?.InnerText, previous);
                    previous = index;
                    var cells = new Dictionary<int, string>();
                    int column = -1;
                    foreach (Cell cell in row.Elements<Cell>())
                    {
                        column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : column + 1;
                        cells[column] = CellText(cell);
                    }

                    ApplyMerges(index, cells);
                    yield return new KeyValuePair<long, Dictionary<int, string>>(index, cells);
                }
                else if (!Guard(() => reader.Read(), previous))
                {
                    break;
                }
            }
        }

        private void ApplyMerges(long row, Dictionary<int, string> cells)
        {
            foreach (MergedRange range in merges)
            {
                if (row < range.FirstRow || row > range.LastRow)
                {
                    continue;
                }

                string anchorKey = range.FirstColumn.ToString(CultureInfo.InvariantCulture) + ":" + range.FirstRow.ToString(CultureInfo.InvariantCulture);
                if (row == range.FirstRow)
                {
                    mergeAnchors[anchorKey] = cells.TryGetValue(range.FirstColumn, out string? value) ? value : string.Empty;
                }

                if (!mergeAnchors.TryGetValue(anchorKey, out string? anchor))
                {
                    continue;
                }

                for (int c = range.FirstColumn; c <= range.LastColumn; c++)
                {
                    if (!(c == range.FirstColumn && row == range.FirstRow) && (!cells.TryGetValue(c, out string? own) || own.Length == 0))
                    {
                        cells[c] = anchor;
                    }
                }
            }
        }

        private string CellText(Cell cell)
        {
            string raw = cell.CellValue?.Text ?? string.Empty;
            CellValues? type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : raw;
            }

            if (type == CellValues.InlineString)
            {
                return cell.InlineString is null ? raw : ItemText(cell.InlineString);
            }

            if (type == CellValues.Boolean)
            {
                return raw == "1" ? "TRUE" : "FALSE";
            }

            if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is uint style && dateStyles.Contains(style)
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial) && serial > 0 && serial < 2958466)
            {
                DateTime date = DateTime.FromOADate(serial);
                return date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            }

            return raw;
        }

        /// <summary>Excel's column limit (XFD); a reference beyond it is malformed.</summary>
        private const int MaxColumns = 16384;

        /// <summary>A row's <c>r</c> attribute: when missing, non-numeric, zero, negative or overflowing, the row after the previous one.</summary>
        private static long RowNumber(string? text, long previous) =>
            uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint index) && index > 0 ? index : previous + 1;

        /// <summary>Runs a read of the package and turns malformed XML (a DTD, a broken part, a bad value) into a located <see cref="InputException"/>.</summary>
        private T Guard<T>(Func<T> read, long? row)
        {
            try
            {
                return read();
            }
            catch (Exception e) when (e is System.Xml.XmlException || e is FormatException || e is OverflowException || e is InvalidDataException || e is OpenXmlPackageException || e is InvalidOperationException || e is ArgumentException || e is KeyNotFoundException)
            {
                Dispose();
                throw new InputException(new SourceLocation { File = file, Sheet = SheetName, Row = row > 0 ? row : null }, new BilingualText(
                    "工作簿内部的 XML 已损坏或不受支持（如含 DTD）：" + e.Message,
                    "The workbook's XML is damaged or unsupported (a DTD, for instance): " + e.Message), e);
            }
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

            Sheet? byName = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, wanted!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (byName != null)
            {
                return byName;
            }

            if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 1 && index <= sheets.Length)
            {
                return sheets[index - 1];
            }

            string names = string.Join("、", sheets.Select(s => s.Name?.Value));
            throw Fail($"工作簿中没有工作表“{wanted}”（现有：{names}）。", $"The workbook has no sheet '{wanted}' (it has: {names}).");
        }

        private InputException Fail(string chinese, string english)
        {
            Dispose();
            return new InputException(new SourceLocation { File = file }, new BilingualText(chinese, english));
        }

        private readonly struct MergedRange
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
