using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using GovDisclosure.Standard.Input.Tabular;

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
    /// unreadable record and reading goes on. A quote that is not closed within
    /// 1 Mi characters (1,048,576) ends the input with an <see cref="InputException"/> at its
    /// line: otherwise the rest of the file would be read into one field, in memory.
    /// </summary>
    public sealed class CsvRecordReader : IDisposable
    {
        /// <summary>The longest field read (1 Mi characters); a longer one is an unclosed quote.</summary>
        internal const int MaxFieldLength = 1 << 20;

        private const int HeaderSearchRows = 10;
        private readonly string? file;
        private readonly TextReader text;
        private readonly CsvParser parser;
        private readonly TabularHeader header;
        private readonly int headerWidth;
        private readonly ItemCarryDown carryDown;
        private string? badData;
        private string[]? pending;
        private long lastRawRow;
        private bool used;

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
            Stream input = TextEncodingDetector.Open(stream, options?.Encoding, out Encoding encoding);
            Encoding = encoding;
            text = new StreamReader(input, encoding, false);
            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                HasHeaderRecord = false,
                IgnoreBlankLines = false,
                DetectDelimiter = true,
                DetectDelimiterValues = new[] { ",", "\t", ";" },
                BadDataFound = args => badData = args.Field,
                MissingFieldFound = null,
                MaxFieldSize = MaxFieldLength,
            };
            parser = new CsvParser(text, configuration);

            for (int row = 0; row < HeaderSearchRows && ReadRow(); row++)
            {
                string[] cells = parser.Record ?? Array.Empty<string>();
                lastRawRow = parser.RawRow;
                badData = null;
                DocumentKind? kind = options?.Kind ?? TabularLayout.DetectKind(cells);
                TabularLayout? layout = kind is null ? null : TabularLayout.For(kind);
                if (kind != null && layout is null)
                {
                    Dispose();
                    throw new InputException(new SourceLocation { File = file }, new BilingualText(
                        $"{kind.ChineseName}没有表格格式，请使用 JSON。",
                        $"{kind.EnglishName} records are not read from tables; use JSON."));
                }

                if (layout != null && layout.Score(cells) >= 2)
                {
                    Kind = layout.Kind;
                    HeaderLine = parser.RawRow;
                    headerWidth = cells.Length;
                    KeyValuePair<int, string>[] headerCells = Indexed(cells);
                    header = TabularHeader.Resolve(layout, headerCells);
                    badData = null;
                    if (ReadRow())
                    {
                        string[] next = parser.Record ?? Array.Empty<string>();
                        if (badData is null && TabularHeader.IsSubHeaderRow(layout, headerCells, Indexed(next)))
                        {
                            header = TabularHeader.Resolve(layout, headerCells, Indexed(next));
                            lastRawRow = parser.RawRow;
                        }
                        else
                        {
                            pending = next;
                        }
                    }

                    carryDown = new ItemCarryDown(header);
                    return;
                }
            }

            Dispose();
            throw new InputException(new SourceLocation { File = file, Line = 1 }, new BilingualText(
                $"前 {HeaderSearchRows} 行中没有找到表头行（应含有 一级事项、公开时限 等标准列名，或 firstLevelItem 等字段代码）。",
                $"No header row in the first {HeaderSearchRows} rows (it must name standard columns such as 一级事项 and 公开时限, or field codes such as firstLevelItem)."));
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
                    string[] cells;
                    if (pending != null)
                    {
                        cells = pending;
                        pending = null;
                    }
                    else
                    {
                        badData = null;
                        if (!ReadRow())
                        {
                            yield break;
                        }

                        cells = parser.Record ?? Array.Empty<string>();
                    }

                    long line = lastRawRow + 1;
                    lastRawRow = parser.RawRow;
                    if (cells.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    number++;
                    var origin = new SourceLocation { File = file, Line = line, Column = 1, RecordNumber = number };
                    if (badData != null || cells.Length != headerWidth)
                    {
                        string raw = parser.RawRecord.TrimEnd('\r', '\n');
                        BilingualText why = badData != null
                            ? new BilingualText($"第 {line} 行的引号不配对，无法分列。", $"Line {line} has an unbalanced quote and cannot be split into fields.")
                            : new BilingualText(
                                $"第 {line} 行有 {cells.Length} 个字段，表头有 {headerWidth} 个；该行无法按列对应。",
                                $"Line {line} has {cells.Length} fields but the header has {headerWidth}; its cells cannot be matched to columns.");
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

                    var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
                    long recordNumber = number;
                    JsonElement? content = TabularRecordMapper.ToRecord(
                        header,
                        carryDown.Apply(i => i < cells.Length ? cells[i] : null),
                        (i, h) => new SourceLocation { File = file, Line = line, Column = i + 1, Cell = h.Text, RecordNumber = recordNumber },
                        fields);
                    if (content != null)
                    {
                        yield return new SourceRecord(number, content.Value, origin, fields);
                    }
                }
            }
            finally
            {
                Dispose();
            }
        }

        private static KeyValuePair<int, string>[] Indexed(string[] cells) =>
            cells.Select((c, i) => new KeyValuePair<int, string>(i, c)).ToArray();

        private bool ReadRow()
        {
            try
            {
                return parser.Read();
            }
            catch (MaxFieldSizeException e)
            {
                long line = lastRawRow + 1;
                Dispose();
                throw new InputException(new SourceLocation { File = file, Line = line }, new BilingualText(
                    $"第 {line} 行起有一个引号在 {MaxFieldLength} 个字符内没有闭合，其后的内容无法分列。",
                    $"A quote opened at or after line {line} is not closed within {MaxFieldLength} characters; nothing after it can be split into fields."), e);
            }
        }

        /// <summary>Closes the input.</summary>
        public void Dispose()
        {
            parser?.Dispose();
            text?.Dispose();
        }
    }
}
