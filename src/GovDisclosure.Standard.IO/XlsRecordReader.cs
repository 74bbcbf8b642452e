using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ExcelDataReader;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads the rows of one worksheet of an Excel 97–2003 workbook (<c>.xls</c>, BIFF8; 旧版 Excel 读取器) with
    /// ExcelDataReader, through the same tabular layout as XLSX and CSV: the header row is the first of the first ten
    /// rows that names at least two standard columns (with a published sub-header row below it), the first sheet
    /// with one is read unless a sheet is named, merged cells take their top-left value, and each field keeps its
    /// sheet, row and cell reference. A cell over the string limit makes its row unreadable at the cell.
    /// </summary>
    public sealed class XlsRecordReader : IDisposable
    {
        private const int HeaderSearchRows = TabularHeader.SearchRows;

        /// <summary>The columns a BIFF8 sheet can have (A to IV): a damaged DIMENSION record may claim 65,536, and every row would then be walked that wide.</summary>
        private const int Biff8Columns = 256;

        /// <summary>
        /// The rows a BIFF8 sheet can have: a damaged DIMENSION record may claim hundreds of millions, and ExcelDataReader
        /// then walks every claimed row before it returns the next one that exists.
        /// </summary>
        private const int Biff8Rows = 65536;
        private readonly string? file;
        private readonly InputLimits limits;
        private readonly Stream stream;
        private readonly IExcelDataReader reader;
        private readonly TabularHeader header;
        private readonly Dictionary<(int Column, int Row), string> mergeAnchors = new Dictionary<(int Column, int Row), string>();
        private Dictionary<int, string>? pending;
        private long rowNumber;
        private bool used;

        static XlsRecordReader()
        {
            // BIFF text in a code page (GBK is 936) needs the code-page encodings, which .NET does not load by default.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        /// <summary>Opens a workbook, chooses the sheet and reads its header row.</summary>
        /// <param name="input">The workbook (it need not be seekable); disposed with the reader.</param>
        /// <param name="options">The file name for locations, the sheet (name or 1-based index) and an optional kind.</param>
        /// <exception cref="InputException">The workbook cannot be opened, has no such sheet, or no header row names a kind's standard columns.</exception>
        public XlsRecordReader(Stream input, InputOptions? options = null)
        {
            if (input is null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            file = options?.DisplayName;
            limits = options?.Limits ?? InputLimits.Default;
            InputException TooLarge() => new InputException(new SourceLocation { File = file }, InputLimits.Exceeded(
                "Excel 97-2003 工作簿（.xls）的大小（字节）", "The size in bytes of the Excel 97-2003 workbook (.xls)", "xls", limits.MaxXlsSize));

            // ExcelDataReader holds the workbook while it reads: its size is measured first (counted as it is read when it cannot seek).
            if (input.CanSeek && input.Length - input.Position > limits.MaxXlsSize)
            {
                input.Dispose();
                throw TooLarge();
            }

            stream = input.CanSeek ? input : BoundedStream.OfSize(input, limits.MaxXlsSize, TooLarge);
            reader = Guard(() => ExcelReaderFactory.CreateBinaryReader(stream), null);
            var names = new List<string>();
            do
            {
                names.Add(reader.Name ?? string.Empty);
            }
            while (Guard(() => reader.NextResult(), null));

            SheetNames = names;
            Guard(() =>
            {
                reader.Reset();
                return true;
            }, null);
            string? wanted = options?.Sheet?.Trim();
            int chosen = -1;
            if (!string.IsNullOrEmpty(wanted))
            {
                chosen = names.FindIndex(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
                if (chosen < 0 && int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 1 && index <= names.Count)
                {
                    chosen = index - 1;
                }

                if (chosen < 0)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file }, new BilingualText(
                        $"工作簿中没有工作表“{wanted}”（现有：{string.Join("、", names)}）。", $"The workbook has no sheet '{wanted}' (it has: {string.Join(", ", names)})."));
                }
            }

            SheetName = string.Empty;
            for (int sheet = 0; sheet < names.Count; sheet++)
            {
                if (sheet > 0)
                {
                    Guard(() => reader.NextResult(), null);
                }

                if (chosen >= 0 && sheet != chosen)
                {
                    continue;
                }

                SheetName = names[sheet];
                int claimedRows = Guard(() => reader.RowCount, null);
                if (claimedRows < 0 || claimedRows > Biff8Rows)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Sheet = SheetName }, new BilingualText(
                        $"Excel 97-2003 工作簿（.xls）已损坏：工作表“{SheetName}”声称有 {((uint)claimedRows).ToString("N0", CultureInfo.InvariantCulture)} 行，超过此格式的上限 {Biff8Rows.ToString("N0", CultureInfo.InvariantCulture)} 行。",
                        $"The Excel 97-2003 workbook (.xls) is damaged: the sheet '{SheetName}' claims {((uint)claimedRows).ToString("N0", CultureInfo.InvariantCulture)} rows, more than the {Biff8Rows.ToString("N0", CultureInfo.InvariantCulture)} the format allows."));
                }

                rowNumber = 0;
                mergeAnchors.Clear();
                if (FindHeader(options?.Kind) is (TabularLayout layout, TabularHeader resolved, long headerRow))
                {
                    Kind = layout.Kind;
                    header = resolved;
                    HeaderRow = headerRow;
                    return;
                }
            }

            Dispose();
            throw new InputException(new SourceLocation { File = file, Sheet = chosen >= 0 ? SheetName : null }, new BilingualText(
                $"工作簿（工作表：{string.Join("、", names.Select(n => "“" + n + "”"))}）前 {HeaderSearchRows} 行中没有找到表头行（应含有 一级事项、公开时限 等标准列名）；请指定数据所在的工作表。",
                $"No sheet of the workbook ({string.Join(", ", names.Select(n => "'" + n + "'"))}) has a header row in its first {HeaderSearchRows} rows (it must name standard columns such as 一级事项 and 公开时限); name the sheet that holds the data."));
        }

        /// <summary>The document kind of the rows (given, or told from the header).</summary>
        public DocumentKind Kind { get; } = DocumentKind.CatalogueEntry;

        /// <summary>The name of the sheet being read.</summary>
        public string SheetName { get; }

        /// <summary>The names of every sheet of the workbook, in order.</summary>
        public IReadOnlyList<string> SheetNames { get; }

        /// <summary>The 1-based row of the header.</summary>
        public long HeaderRow { get; }

        /// <summary>Reads the records below the header, lazily; can be enumerated once.</summary>
        public IEnumerable<SourceRecord> Read()
        {
            if (used)
            {
                throw new InvalidOperationException("An XlsRecordReader reads its input once.");
            }

            used = true;
            var rowWriter = new TabularRowWriter(header);
            try
            {
                long number = 0;
                while (true)
                {
                    Dictionary<int, string>? cells = pending ?? NextRow();
                    pending = null;
                    if (cells is null)
                    {
                        yield break;
                    }

                    long row = rowNumber;
                    if (cells.Values.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    number++;
                    KeyValuePair<int, string> tooLong = cells.FirstOrDefault(c => c.Value.Length > limits.MaxStringLength);
                    if (tooLong.Value != null)
                    {
                        string cell = Reference(tooLong.Key, row);
                        yield return SourceRecord.Unreadable(number, new SourceLocation { File = file, Sheet = SheetName, Row = row, Column = tooLong.Key + 1, Cell = cell, RecordNumber = number }, InputLimits.Exceeded(
                            $"单元格 {cell} 文字的长度", $"The length of the text in cell {cell}", "string", limits.MaxStringLength));
                        continue;
                    }

                    SourceLocation origin = SheetCellLocation.OfRow(file, SheetName, row, number);
                    SourceRecord? record = rowWriter.Write(
                        number,
                        i => cells.TryGetValue(i, out string? text) ? text : null,
                        SheetCellLocation.CellsOf(origin),
                        origin);
                    if (record is null)
                    {
                        number--;
                        continue;
                    }

                    yield return record;
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
            reader?.Dispose();
            stream.Dispose();
        }

        private (TabularLayout Layout, TabularHeader Header, long Row)? FindHeader(DocumentKind? given)
        {
            for (int seen = 0; seen < HeaderSearchRows; seen++)
            {
                Dictionary<int, string>? row = NextRow();
                if (row is null)
                {
                    return null;
                }

                if (row.Count > limits.MaxColumns)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Sheet = SheetName, Row = rowNumber }, InputLimits.Exceeded(
                        $"第 {rowNumber} 行的列数", $"The number of columns in row {rowNumber}", "columns", limits.MaxColumns));
                }

                string[] texts = row.Values.ToArray();
                TabularLayout? layout = TabularHeader.LayoutOfHeaderRow(texts, given, out BilingualText? refusal);
                if (refusal != null)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Sheet = SheetName }, refusal);
                }

                if (layout != null)
                {
                    long headerRow = rowNumber;
                    KeyValuePair<int, string>[] headerCells = row.OrderBy(p => p.Key).ToArray();
                    TabularHeader resolved = TabularHeader.Resolve(layout, headerCells);
                    Dictionary<int, string>? next = NextRow();
                    if (next != null)
                    {
                        KeyValuePair<int, string>[] below = next.OrderBy(p => p.Key).ToArray();
                        if (TabularHeader.IsSubHeaderRow(layout, headerCells, below))
                        {
                            resolved = TabularHeader.Resolve(layout, headerCells, below);
                        }
                        else
                        {
                            pending = next;
                        }
                    }

                    return (layout, resolved, headerRow);
                }
            }

            return null;
        }

        /// <summary>The next row's non-blank cells by 0-based column, merged cells filled from their top-left cell; <c>null</c> at the sheet's end.</summary>
        private Dictionary<int, string>? NextRow()
        {
            if (!Guard(() => reader.Read(), rowNumber + 1))
            {
                return null;
            }

            rowNumber++;
            var cells = new Dictionary<int, string>();
            int count = Math.Min(reader.FieldCount, Math.Min(limits.MaxCellsPerRow, Biff8Columns));
            for (int i = 0; i < count; i++)
            {
                int column = i;
                string? text = Guard(() => Text(reader.GetValue(column)), rowNumber);
                if (!string.IsNullOrEmpty(text))
                {
                    cells[i] = text!;
                }
            }

            int row = (int)(rowNumber - 1);
            foreach (var range in reader.MergeCells ?? Array.Empty<ExcelDataReader.CellRange>())
            {
                if (row < range.FromRow || row > range.ToRow)
                {
                    continue;
                }

                if (row == range.FromRow)
                {
                    mergeAnchors[(range.FromColumn, range.FromRow)] = cells.TryGetValue(range.FromColumn, out string? value) ? value : string.Empty;
                }

                if (!mergeAnchors.TryGetValue((range.FromColumn, range.FromRow), out string? anchor))
                {
                    continue;
                }

                for (int c = range.FromColumn; c <= Math.Min(range.ToColumn, count - 1); c++)
                {
                    if (!cells.ContainsKey(c) && anchor.Length > 0)
                    {
                        cells[c] = anchor;
                    }
                }
            }

            return cells;
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        private static string Reference(int column, long row) => SpreadsheetCellReference.Of(column, row);

        /// <summary>Runs a read of the workbook and turns a damaged or unsupported file into a located <see cref="InputException"/>.</summary>
        private T Guard<T>(Func<T> read, long? row)
        {
            try
            {
                return read();
            }
            catch (Exception e) when (!(e is InputException) && !(e is OutOfMemoryException))
            {
                reader?.Dispose();
                stream.Dispose();
                throw new InputException(new SourceLocation { File = file, Sheet = string.IsNullOrEmpty(SheetName) ? null : SheetName, Row = row > 0 ? row : null }, new BilingualText(
                    "无法读取 Excel 97-2003 工作簿（.xls），文件已损坏、加密或不受支持：" + e.Message,
                    "Cannot read the Excel 97-2003 workbook (.xls): it is damaged, encrypted or unsupported: " + e.Message), e);
            }
        }
    }
}
