using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Writes canonical JSON records as a table (表格输出) — CSV or an Excel workbook — with the standard
    /// Chinese header of the kind's layout followed by one column per additional field. Nothing is
    /// lost: reading the table back with <see cref="CsvRecordReader"/> or <see cref="XlsxRecordReader"/>
    /// gives the same records, except that an empty list, a null and an absent field are the same thing
    /// in a table (an empty cell). Rows are written as they come, so memory holds one record.
    /// </summary>
    public static class TabularWriter
    {
        /// <summary>The additional columns (fields outside the layout) that <paramref name="records"/> need, in first-seen order.</summary>
        /// <param name="kind">The document kind.</param>
        /// <param name="records">The records (enumerated once).</param>
        public static IReadOnlyList<string> AdditionalColumns(DocumentKind kind, IEnumerable<JsonElement> records)
        {
            TabularLayout layout = LayoutOf(kind);
            var columns = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonElement record in records ?? throw new ArgumentNullException(nameof(records)))
            {
                TabularRecordMapper.CollectAdditionalColumns(layout, record, columns, seen);
            }

            return columns;
        }

        /// <summary>The header row: the standard Chinese headers, then the additional columns as named.</summary>
        /// <param name="kind">The document kind.</param>
        /// <param name="additionalColumns">Additional columns.</param>
        public static IReadOnlyList<string> Header(DocumentKind kind, IReadOnlyList<string>? additionalColumns = null) =>
            LayoutOf(kind).Columns.Select(c => c.Header).Concat(additionalColumns ?? Array.Empty<string>()).ToArray();

        /// <summary>The cells of one record, in the order of <see cref="Header"/>.</summary>
        /// <param name="kind">The document kind.</param>
        /// <param name="record">The record, in canonical JSON.</param>
        /// <param name="additionalColumns">Additional columns.</param>
        public static IReadOnlyList<string> Cells(DocumentKind kind, JsonElement record, IReadOnlyList<string>? additionalColumns = null) =>
            TabularRecordMapper.ToCells(LayoutOf(kind), additionalColumns ?? Array.Empty<string>(), record);

        /// <summary>Writes CSV (UTF-8 with a byte-order mark unless <paramref name="encoding"/> says otherwise, so that Excel reads the Chinese).</summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="kind">The document kind.</param>
        /// <param name="records">The records.</param>
        /// <param name="additionalColumns">Additional columns (see <see cref="AdditionalColumns"/>).</param>
        /// <param name="encoding">The encoding; UTF-8 with BOM when <c>null</c>.</param>
        public static void WriteCsv(Stream output, DocumentKind kind, IEnumerable<JsonElement> records, IReadOnlyList<string>? additionalColumns = null, Encoding? encoding = null) =>
            WriteCsv(output, Header(kind, additionalColumns), (records ?? throw new ArgumentNullException(nameof(records))).Select(record => Cells(kind, record, additionalColumns)), encoding);

        /// <summary>Writes a table of text as CSV (UTF-8 with a byte-order mark unless <paramref name="encoding"/> says otherwise), the cells as given.</summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="header">The header row.</param>
        /// <param name="rows">The rows, written as they come.</param>
        /// <param name="encoding">The encoding; UTF-8 with BOM when <c>null</c>.</param>
        public static void WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, Encoding? encoding = null)
        {
            using var text = new StreamWriter(output ?? throw new ArgumentNullException(nameof(output)), encoding ?? new UTF8Encoding(true), 64 * 1024, leaveOpen: true);
            var csv = new CsvFieldWriter(text);
            foreach (IReadOnlyList<string> row in new[] { header ?? throw new ArgumentNullException(nameof(header)) }.Concat(rows ?? throw new ArgumentNullException(nameof(rows))))
            {
                foreach (string cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        /// <summary>Writes an Excel workbook with one sheet, streaming the rows with <see cref="OpenXmlWriter"/> into a forward-only package (inline strings, no shared-strings table), so memory holds one row.</summary>
        /// <param name="output">Where to write (need not be seekable); left open.</param>
        /// <param name="kind">The document kind.</param>
        /// <param name="records">The records.</param>
        /// <param name="additionalColumns">Additional columns (see <see cref="AdditionalColumns"/>).</param>
        /// <param name="sheetName">The sheet's name; the kind's Chinese name when <c>null</c>.</param>
        public static void WriteXlsx(Stream output, DocumentKind kind, IEnumerable<JsonElement> records, IReadOnlyList<string>? additionalColumns = null, string? sheetName = null) =>
            WriteXlsx(output, kind, records, additionalColumns, sheetName, null);

        /// <summary>
        /// Writes an Excel workbook: the records on one sheet, and the members of the JSON document around them
        /// (<paramref name="envelope"/>: publisher, title, version …) on a second sheet named <see cref="DocumentEnvelope.SheetName"/>,
        /// which <see cref="XlsxRecordReader.Envelope"/> reads back.
        /// </summary>
        /// <param name="output">Where to write (need not be seekable); left open.</param>
        /// <param name="kind">The document kind.</param>
        /// <param name="records">The records.</param>
        /// <param name="additionalColumns">Additional columns (see <see cref="AdditionalColumns"/>).</param>
        /// <param name="sheetName">The records sheet's name; the kind's Chinese name when <c>null</c>.</param>
        /// <param name="envelope">The document's envelope, or <c>null</c> for none (no second sheet).</param>
        public static void WriteXlsx(Stream output, DocumentKind kind, IEnumerable<JsonElement> records, IReadOnlyList<string>? additionalColumns, string? sheetName, DocumentEnvelope? envelope) =>
            WriteWorkbook(
                output,
                Header(kind, additionalColumns),
                (records ?? throw new ArgumentNullException(nameof(records))).Select(record => Cells(kind, record, additionalColumns)),
                sheetName ?? kind.ChineseName,
                envelope);

        /// <summary>Writes a table of text as an Excel workbook with one sheet, streaming the rows with <see cref="OpenXmlWriter"/> (inline strings: no cell is a formula).</summary>
        /// <param name="output">Where to write (need not be seekable); left open.</param>
        /// <param name="header">The header row.</param>
        /// <param name="rows">The rows, written as they come.</param>
        /// <param name="sheetName">The sheet's name.</param>
        public static void WriteXlsx(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string sheetName) =>
            WriteWorkbook(
                output,
                header ?? throw new ArgumentNullException(nameof(header)),
                rows ?? throw new ArgumentNullException(nameof(rows)),
                sheetName ?? throw new ArgumentNullException(nameof(sheetName)),
                null);

        private static void WriteWorkbook(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string sheetName, DocumentEnvelope? envelope)
        {
            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            using var workbook = new StreamedWorkbook(output);
            workbook.WriteSheet(sheetName, writer =>
            {
                long row = 1;
                WriteRow(writer, row++, header);
                foreach (IReadOnlyList<string> cells in rows)
                {
                    WriteRow(writer, row++, cells);
                }
            });
            if (envelope != null)
            {
                workbook.WriteSheet(DocumentEnvelope.SheetName, writer =>
                {
                    long row = 1;
                    WriteRow(writer, row++, new[] { "成员", "值" });
                    for (int i = 0; i <= envelope.Members.Count; i++)
                    {
                        if (i == envelope.RecordsPosition)
                        {
                            WriteRow(writer, row++, new[] { envelope.RecordsMember, CellSyntax.JsonPrefix + "[]" });
                        }

                        if (i < envelope.Members.Count)
                        {
                            WriteRow(writer, row++, new[] { envelope.Members[i].Key, CellSyntax.WriteAdditional(envelope.Members[i].Value) });
                        }
                    }
                });
            }
        }

        private static void WriteRow(OpenXmlWriter writer, long row, IReadOnlyList<string> cells)
        {
            string rowText = row.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(new Row(), new[] { new OpenXmlAttribute("r", string.Empty, rowText) });
            for (int i = 0; i < cells.Count; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                writer.WriteElement(new Cell
                {
                    CellReference = SpreadsheetColumnName.Of(i) + rowText,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XlsxText.Escape(cells[i])) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }

            writer.WriteEndElement();
        }

        private static TabularLayout LayoutOf(DocumentKind kind) =>
            TabularLayout.For(kind ?? throw new ArgumentNullException(nameof(kind)))
            ?? throw new ArgumentException($"{kind.EnglishName} records have no tabular layout; use JSON.", nameof(kind));
    }
}
