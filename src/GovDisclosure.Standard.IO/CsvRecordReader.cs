using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Input.Tabular;
using Sylvan.Data.Csv;

namespace GovDisclosure.Standard.Input
{
    /// <summary>
    /// Reads CSV records one row at a time (CSV 读取器). The header row — the first of the first ten
    /// rows that names at least two standard columns — is read when the reader is created and decides
    /// the document kind when none is given. A published two-row header (公开事项 over 一级事项 / 二级事项,
    /// 公开对象 over 全社会 / 特定群体 with √ in the tick columns) is read as one header; a blank
    /// 一级事项 below a filled one is read as the merged cell it stands for, under the precise rule of
    /// <see cref="ItemCarryDown"/>. Each field keeps its line, its field number and its header.
    /// A row with a different number of fields than the header, or with a broken quote, becomes an
    /// unreadable record and reading goes on; so does a row whose quoted cell holds whole rows (a stray quote that
    /// closed only lines later), and each line it swallowed is counted as an unreadable record at its line. A quote that is not closed within
    /// <see cref="InputLimits.MaxStringLength"/> characters (1 Mi by default), a row longer than <see cref="InputLimits.MaxLineLength"/>
    /// or with more fields than <see cref="InputLimits.MaxFieldsPerRow"/> stops the reading at its line (a record that
    /// <see cref="SourceRecord.StopsReading"/>; an <see cref="InputException"/> while the header is sought): otherwise the
    /// rest of the file would be read into one row, in memory. Fields are split by Sylvan.Data.Csv (RFC 4180, lax about
    /// quotes, no comment lines); a quote that does not pair as RFC 4180 pairs it is found from the row's raw text.
    /// </summary>
    public sealed class CsvRecordReader : IDisposable
    {
        private const int HeaderSearchRows = TabularHeader.SearchRows;

        /// <summary>
        /// How many bytes the text reader decodes at a time: 16 KiB, not its default 1 KiB, so that the decoder (UTF-8 or
        /// GB18030) is called a sixteenth as often; its characters (32 KiB at most) stay off the large-object heap.
        /// </summary>
        private const int DecodedBytes = 16 * 1024;
        private readonly string? file;
        private readonly InputLimits limits;
        private readonly CsvRowGuard text;
        private readonly CsvDataReader parser;
        private readonly char delimiter;
        private readonly TabularHeader header;
        private readonly int headerWidth;
        private readonly ItemCarryDown carryDown;
        private readonly TabularRowWriter rows;
        private bool badData;
        private string[]? pending;
        private long nextLine = 1;
        private long rowLine;
        private long rowEndLine;
        private bool used;
        private bool rowDamaged;
        private readonly bool isUtf8;
#if NETSTANDARD2_0
        private char[] raw = new char[256];
#endif
        private readonly CsvRow row = new CsvRow();

        /// <summary>Creates a reader and reads the header row.</summary>
        /// <param name="stream">The input (it need not be seekable); disposed with the reader.</param>
        /// <param name="options">The file name for locations, an optional encoding and an optional kind.</param>
        /// <exception cref="InputException">No header row names the standard columns of a kind, or the kind has no tabular layout.</exception>
        public CsvRecordReader(Stream stream, InputOptions? options = null)
        {
            if (stream is null)
            {
                throw new ArgumentNullException(nameof(stream));
            }

            file = options?.DisplayName;
            limits = options?.Limits ?? InputLimits.Default;
            Stream input = TextEncodingDetector.Open(stream, options?.Encoding, out Encoding encoding, out Encoding detected);
            Encoding = encoding;
            isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
            text = new CsvRowGuard(new StreamReader(input, encoding, false, DecodedBytes), limits, file);
            delimiter = text.Delimiter = CsvDelimiter.Choose(text.Preview());
            try
            {
                parser = CsvDataReader.Create(text, new CsvDataReaderOptions
                {
                    HasHeaders = false,
                    Delimiter = delimiter,
                    CsvStyle = CsvStyle.Lax,
                    Comment = NoComment,
                    MaxBufferSize = (int)Math.Min(int.MaxValue / 2, (long)limits.MaxLineLength + 64),
                    OwnsReader = true,
                });
            }
            catch (InputException)
            {
                text.Dispose();
                throw;
            }
            catch (CsvRecordTooLargeException e)
            {
                text.Dispose();
                throw RowTooLong(e);
            }

            for (int row = 0; row < HeaderSearchRows && ReadRow(); row++)
            {
                string[] cells = Cells();
                if (cells.Length > limits.MaxColumns)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file, Line = rowEndLine }, InputLimits.Exceeded(
                        $"第 {rowEndLine} 行的列数（{cells.Length:N0}）", $"The number of columns on line {rowEndLine} ({cells.Length:N0})", "columns", limits.MaxColumns));
                }

                TabularLayout? layout = TabularHeader.LayoutOfHeaderRow(cells, options?.Kind, out BilingualText? refusal);
                if (refusal != null)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file }, refusal);
                }

                if (layout != null)
                {
                    Kind = layout.Kind;
                    HeaderLine = rowEndLine;
                    headerWidth = cells.Length;
                    KeyValuePair<int, string>[] headerCells = Indexed(cells);
                    header = TabularHeader.Resolve(layout, headerCells);
                    if (ReadRow())
                    {
                        string[] next = Cells();
                        if (!badData && TabularHeader.IsSubHeaderRow(layout, headerCells, Indexed(next)))
                        {
                            header = TabularHeader.Resolve(layout, headerCells, Indexed(next));
                        }
                        else
                        {
                            pending = next;
                        }
                    }

                    carryDown = new ItemCarryDown(header);
                    rows = new TabularRowWriter(header);
                    return;
                }
            }

            Dispose();
            bool misread = options?.Encoding != null && detected.CodePage != encoding.CodePage;
            throw new InputException(new SourceLocation { File = file, Line = 1 }, new BilingualText(
                $"前 {HeaderSearchRows} 行中没有找到表头行（应含有 一级事项、公开时限 等标准列名，或 firstLevelItem 等字段代码）。"
                + (misread ? $"文件是按指定的编码 {encoding.WebName} 读取的，但其内容看来是 {detected.WebName}：请改用 {detected.WebName}，或不指定编码、由检测决定。" : string.Empty),
                $"No header row in the first {HeaderSearchRows} rows (it must name standard columns such as 一级事项 and 公开时限, or field codes such as firstLevelItem)."
                + (misread ? $" The file was read as {encoding.WebName}, the encoding given, but its bytes look like {detected.WebName}: read it as {detected.WebName}, or give no encoding and let it be detected." : string.Empty)));
        }

        /// <summary>The document kind of the rows (given, or told from the header).</summary>
        public DocumentKind Kind { get; }

        /// <summary>The text encoding of the input.</summary>
        public Encoding Encoding { get; }

        /// <summary>The 1-based line of the header row.</summary>
        public long HeaderLine { get; }

        /// <summary>The header cells as written, in order.</summary>
        public IReadOnlyList<string> Headers => header.Cells.Select(c => c.Text).ToArray();

        /// <summary>Reads the records after the header, lazily; can be enumerated once.</summary>
        public IEnumerable<SourceRecord> Read()
        {
            if (used)
            {
                throw new InvalidOperationException("A CsvRecordReader reads its input once.");
            }

            used = true;
            long number = 0;
            try
            {
                while (true)
                {
                    if (pending != null)
                    {
                        row.Read(pending);
                        pending = null;
                    }
                    else
                    {
                        InputException? stop = null;
                        bool more;
                        try
                        {
                            more = ReadRow();
                        }
                        catch (InputException e)
                        {
                            stop = e;
                            more = false;
                        }

                        if (stop != null)
                        {
                            // A limit hit before the row was held: reading stops there, counted and located.
                            number++;
                            yield return SourceRecord.Stop(number, stop.Location with { RecordNumber = number }, stop.Text);
                        }

                        if (!more)
                        {
                            yield break;
                        }

                        row.Read(parser);
                    }

                    long line = rowLine;
                    if (row.IsBlankRow)
                    {
                        continue;
                    }

                    number++;
                    var origin = new SourceLocation { File = file, Line = line, Column = 1, RecordNumber = number };
                    int width = row.Count;
                    // A cell can hold a line break or U+FFFD only when the row's raw text does (its cells are parts of it).
                    int swallowing = !badData && width == headerWidth && rowEndLine > rowLine ? SwallowingCell() : -1;
                    int damaged = rowDamaged ? FirstCellHolding('\uFFFD') : -1;
                    if (!badData && width == headerWidth && swallowing < 0 && damaged >= 0)
                    {
                        // A byte sequence that is not UTF-8 (decoded as U+FFFD): this row is damaged, the file is still UTF-8.
                        carryDown.Reset();
                        string cell = row.Text(damaged)!;
                        int at = cell.IndexOf('\uFFFD');
                        string around = cell.Substring(Math.Max(0, at - 10), Math.Min(cell.Length, at + 10) - Math.Max(0, at - 10));
                        yield return SourceRecord.Unreadable(number, origin with { Column = damaged + 1, Cell = HeaderTextAt(damaged) }, new BilingualText(
                            $"第 {line} 行第 {damaged + 1} 列含有不是合法 UTF-8 的字节（显示为 �，在“{around}”中），该行无法可靠读取；请检查文件是否被截断或混入了其他编码的文字。",
                            $"Line {line}, column {damaged + 1} holds bytes that are not valid UTF-8 (shown as �, in '{around}'); the row cannot be read reliably. Check whether the file was cut or mixes in text of another encoding."));
                        continue;
                    }

                    if (badData || width != headerWidth || swallowing >= 0)
                    {
                        string raw = RawRecord().TrimEnd("\r\n").ToString();
                        BilingualText why = badData
                            ? new BilingualText($"第 {line} 行的引号不配对，无法分列。", $"Line {line} has an unbalanced quote and cannot be split into fields.")
                            : swallowing >= 0
                            ? new BilingualText(
                                $"第 {line} 行“{HeaderTextAt(swallowing) ?? SpreadsheetColumnName.Of(swallowing)}”列的引号直到第 {rowEndLine} 行才闭合，其间各行被并入这一格；请检查多余或缺少的引号。",
                                $"The quote in column '{HeaderTextAt(swallowing) ?? SpreadsheetColumnName.Of(swallowing)}' on line {line} closes only on line {rowEndLine}, taking the lines between into one cell; check for a stray or missing quote.")
                            : new BilingualText(
                                $"第 {line} 行有 {width} 个字段，表头有 {headerWidth} 个；该行无法按列对应。",
                                $"Line {line} has {width} fields but the header has {headerWidth}; its cells cannot be matched to columns.");
                        carryDown.Reset();
                        yield return SourceRecord.Unreadable(number, origin, why, raw.Length > 200 ? raw.Substring(0, 200) + "…" : raw);

                        // A quote that spans lines takes the rows after it along: each is counted as unreadable, never lost silently.
                        string[] swallowed = raw.Split('\n');
                        for (int k = 1; k < swallowed.Length; k++)
                        {
                            if (swallowed[k].Trim().Length == 0)
                            {
                                continue;
                            }

                            number++;
                            long inside = line + k;
                            yield return SourceRecord.Unreadable(number, new SourceLocation { File = file, Line = inside, Column = 1, RecordNumber = number }, new BilingualText(
                                $"第 {inside} 行位于第 {line} 行开始的未配对引号之内，无法分列。",
                                $"Line {inside} lies inside the quote opened on line {line}, which pairs wrongly; it cannot be split into fields."), swallowed[k].Length > 200 ? swallowed[k].Substring(0, 200) + "…" : swallowed[k].TrimEnd('\r'));
                        }

                        continue;
                    }

                    carryDown.Apply(row);
                    SourceRecord? record = rows.Write(number, row, origin);
                    if (record != null)
                    {
                        yield return record;
                    }
                }
            }
            finally
            {
                Dispose();
            }
        }

        /// <summary>
        /// The index of a quoted cell that holds whole rows (a stray quote that closed only lines later),
        /// or -1: a line inside the cell, after its first, with as many delimiters as a row of the header
        /// has (at least two). A cell written on several lines by hand (材料 one per line) has none.
        /// </summary>
        private int SwallowingCell()
        {
            int rowDelimiters = Math.Max(2, headerWidth - 1);
            for (int i = 0; i < row.Count; i++)
            {
                ReadOnlySpan<char> cell = row[i];
                int lineBreak = cell.IndexOf('\n');
                while (lineBreak >= 0)
                {
                    ReadOnlySpan<char> inner = cell.Slice(lineBreak + 1);
                    lineBreak = inner.IndexOf('\n');
                    if (CsvRowGuard.Occurrences(lineBreak < 0 ? inner : inner.Slice(0, lineBreak), delimiter) >= rowDelimiters)
                    {
                        return i;
                    }

                    cell = inner;
                }
            }

            return -1;
        }

        /// <summary>
        /// The text of the first header cell over a column, or <c>null</c> (a method, not a lambda in the reading loop: a
        /// lambda there that captures a variable of the loop makes an object on every row, asked or not).
        /// </summary>
        private string? HeaderTextAt(int index)
        {
            foreach (TabularHeader.HeaderCell cell in header.Cells)
            {
                if (cell.Index == index)
                {
                    return cell.Text;
                }
            }

            return null;
        }

        /// <summary>The index of the first cell of the row that holds a character, or -1.</summary>
        private int FirstCellHolding(char c)
        {
            for (int i = 0; i < row.Count; i++)
            {
                if (row.Holds(i, c))
                {
                    return i;
                }
            }

            return -1;
        }

        private static KeyValuePair<int, string>[] Indexed(string[] cells) =>
            cells.Select((c, i) => new KeyValuePair<int, string>(i, c)).ToArray();

        /// <summary>The character Sylvan.Data.Csv takes for a comment line at the start of a row: U+FFFF, a noncharacter no text holds (a row that begins with # is a row).</summary>
        private const char NoComment = '\uFFFF';

        private string[] Cells()
        {
            var cells = new string[parser.RowFieldCount];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = parser.GetString(i);
            }

            return cells;
        }

        /// <summary>Reads the next row, with the lines it starts and ends on and whether its quotes pair as RFC 4180 pairs them.</summary>
        private bool ReadRow()
        {
            bool more;
            try
            {
                more = parser.Read();
            }
            catch (InputException)
            {
                // A row over the line, field or fields limit (CsvRowGuard), said before the parser held it.
                Dispose();
                throw;
            }
            catch (CsvRecordTooLargeException e)
            {
                Dispose();
                throw RowTooLong(e);
            }

            if (!more)
            {
                return false;
            }

            ReadOnlySpan<char> record = RawRecord();
            rowLine = nextLine;
            ReadOnlySpan<char> content = record.TrimEnd("\r\n");

            // Most rows hold no quote and no line break: one scan says so, and the row spans one line with nothing to pair.
            int special = content.IndexOfAny('"', '\r', '\n');
            rowEndLine = special < 0 ? rowLine : rowLine + LineBreaks(content.Slice(special));
            nextLine = rowEndLine + (content.Length < record.Length ? 1 : 0);
            badData = special >= 0 && content.Slice(special).IndexOf('"') >= 0 && !QuotesPair(content, delimiter);
            rowDamaged = isUtf8 && content.IndexOf('\uFFFD') >= 0;
            return true;
        }

        /// <summary>The current row as written, its line ending included.</summary>
        private ReadOnlySpan<char> RawRecord()
        {
#if !NETSTANDARD2_0
            return parser.GetRawRecordSpan();
#else
            int length = parser.GetRawRecord(null, 0);
            if (raw.Length < length)
            {
                raw = new char[Math.Max(length, raw.Length * 2)];
            }

            return length == 0 ? ReadOnlySpan<char>.Empty : raw.AsSpan(0, parser.GetRawRecord(raw, 0));
#endif
        }

        private InputException RowTooLong(Exception e) => new InputException(new SourceLocation { File = file, Line = nextLine }, InputLimits.Exceeded(
            $"从第 {nextLine} 行起的一行记录的长度（字符数）", $"The length in characters of the row starting on line {nextLine}", "line", limits.MaxLineLength), e);

        private static long LineBreaks(ReadOnlySpan<char> text)
        {
            long breaks = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                {
                    breaks++;
                }
            }

            return breaks;
        }

        /// <summary>
        /// Whether every quote of a row pairs as RFC 4180 pairs it: a quote opens a field only at the field's start, a doubled
        /// quote inside is one quote, and the closing quote is followed by the delimiter or the end of the row.
        /// </summary>
        private static bool QuotesPair(ReadOnlySpan<char> row, char delimiter)
        {
            const int FieldStart = 0, Unquoted = 1, Quoted = 2, Closed = 3;
            int state = FieldStart;
            foreach (char c in row)
            {
                switch (state)
                {
                    case Quoted:
                        state = c == '"' ? Closed : Quoted;
                        break;
                    case Closed:
                        if (c == '"')
                        {
                            state = Quoted;
                        }
                        else if (c == delimiter)
                        {
                            state = FieldStart;
                        }
                        else
                        {
                            return false;
                        }

                        break;
                    default:
                        if (c == delimiter)
                        {
                            state = FieldStart;
                        }
                        else if (c == '"')
                        {
                            if (state == Unquoted)
                            {
                                return false;
                            }

                            state = Quoted;
                        }
                        else
                        {
                            state = Unquoted;
                        }

                        break;
                }
            }

            return state != Quoted;
        }

        /// <summary>Closes the input.</summary>
        public void Dispose()
        {
            parser?.Dispose();
            text?.Dispose();
        }
    }
}
