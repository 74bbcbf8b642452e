using System.Collections.Generic;
using System.Globalization;

namespace GovDisclosure.Standard
{
    /// <summary>
    /// Where a finding is: always a JSON pointer into the record's canonical JSON, plus what the
    /// input has — the file, line and column for JSON and CSV, the sheet, row and cell for spreadsheets.
    /// </summary>
    public sealed record SourceLocation
    {
        /// <summary>The file, when the input was a file.</summary>
        public string? File { get; init; }

        /// <summary>The 1-based number of the record in its input (the n-th entry, row or line).</summary>
        public long? RecordNumber { get; init; }

        /// <summary>RFC 6901 JSON pointer within the record, e.g. <c>/materials/2/name</c>; empty for the whole record.</summary>
        public string JsonPointer { get; init; } = string.Empty;

        /// <summary>The 1-based line in the file, where the input has lines; for a PDF (with <see cref="Page"/>), the line on that page, counted from its top.</summary>
        public long? Line { get; init; }

        /// <summary>The 1-based column (character position in the line, or CSV field number).</summary>
        public long? Column { get; init; }

        /// <summary>The worksheet's name, for spreadsheets.</summary>
        public string? Sheet { get; init; }

        /// <summary>The 1-based spreadsheet row.</summary>
        public long? Row { get; init; }

        /// <summary>The spreadsheet cell reference (e.g. <c>C7</c>) or the CSV column header.</summary>
        public string? Cell { get; init; }

        /// <summary>The table of a published report the value is in, e.g. <c>表三</c> (三、收到和处理政府信息公开申请情况).</summary>
        public string? Table { get; init; }

        /// <summary>The row's label as the published table writes it, e.g. <c>三、本年度办理结果 / （一）予以公开</c>.</summary>
        public string? RowLabel { get; init; }

        /// <summary>The column's label as the published table writes it, e.g. <c>申请人情况 / 自然人</c>.</summary>
        public string? ColumnLabel { get; init; }

        /// <summary>The path of the HTML element the value was read from, e.g. <c>body/div[2]/table[1]/tbody/tr[6]/td[3]</c>.</summary>
        public string? ElementPath { get; init; }

        /// <summary>The page of a PDF (from 1), for a value read from a published report's PDF.</summary>
        public int? Page { get; init; }

        /// <summary>A short human-readable form, e.g. <c>export.xlsx!目录!C7 /timeLimit</c> or <c>export.json:12:5 /channels/1</c>.</summary>
        public override string ToString()
        {
            var parts = new List<string>();
            string where = File ?? string.Empty;
            if (Sheet != null)
            {
                where += "!" + Sheet;
                if (Cell != null)
                {
                    where += "!" + Cell;
                }
                else if (Row != null)
                {
                    where += "!row " + Row.Value.ToString(CultureInfo.InvariantCulture);
                }
            }
            else if (Line != null && Page is null)
            {
                where += ":" + Line.Value.ToString(CultureInfo.InvariantCulture);
                if (Column != null)
                {
                    where += ":" + Column.Value.ToString(CultureInfo.InvariantCulture);
                }
            }
            else if (RecordNumber != null)
            {
                where += "#" + RecordNumber.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (where.Length > 0)
            {
                parts.Add(where);
            }

            if (Table != null)
            {
                parts.Add(Table + (RowLabel is null ? string.Empty : " 「" + RowLabel + "」") + (ColumnLabel is null ? string.Empty : " × 「" + ColumnLabel + "」"));
            }

            if (ElementPath != null)
            {
                parts.Add("<" + ElementPath + ">");
            }

            if (Page != null)
            {
                parts.Add("p. " + Page.Value.ToString(CultureInfo.InvariantCulture) + (Line is null ? string.Empty : ", line " + Line.Value.ToString(CultureInfo.InvariantCulture)));
            }

            if (JsonPointer.Length > 0)
            {
                parts.Add(JsonPointer);
            }

            return parts.Count == 0 ? "/" : string.Join(" ", parts);
        }
    }
}
