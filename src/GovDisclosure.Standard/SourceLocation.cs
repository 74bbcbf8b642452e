using System;
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
        // A located pointer of a record read from JSON sets five of the thirteen members; a finding about an annual
        // report's identity names ~15 cells, each a location. So the numbers are kept without a Nullable's flag word each
        // (one bit a number says whether it is set), and the five members only a published report's tables set (表, row
        // and column labels, element path, page) are kept apart, in an object shared by copies until one of them is changed.
        private const byte HasRecordNumber = 1;
        private const byte HasLine = 2;
        private const byte HasColumn = 4;
        private const byte HasRow = 8;

        private string jsonPointer = string.Empty;
        private long recordNumber;
        private long line;
        private long column;
        private long row;
        private byte set;
        private PublishedPlace? published;

        /// <summary>The file, when the input was a file.</summary>
        public string? File { get; init; }

        /// <summary>The 1-based number of the record in its input (the n-th entry, row or line).</summary>
        public long? RecordNumber
        {
            get => (set & HasRecordNumber) != 0 ? recordNumber : null;
            init => recordNumber = Set(HasRecordNumber, value);
        }

        /// <summary>RFC 6901 JSON pointer within the record, e.g. <c>/materials/2/name</c>; empty for the whole record.</summary>
        public string JsonPointer
        {
            get => jsonPointer;
            init => jsonPointer = value;
        }

        /// <summary>The 1-based line in the file, where the input has lines; for a PDF (with <see cref="Page"/>), the line on that page, counted from its top.</summary>
        public long? Line
        {
            get => (set & HasLine) != 0 ? line : null;
            init => line = Set(HasLine, value);
        }

        /// <summary>The 1-based column (character position in the line, or CSV field number).</summary>
        public long? Column
        {
            get => (set & HasColumn) != 0 ? column : null;
            init => column = Set(HasColumn, value);
        }

        /// <summary>The worksheet's name, for spreadsheets.</summary>
        public string? Sheet { get; init; }

        /// <summary>The 1-based spreadsheet row.</summary>
        public long? Row
        {
            get => (set & HasRow) != 0 ? row : null;
            init => row = Set(HasRow, value);
        }

        /// <summary>The spreadsheet cell reference (e.g. <c>C7</c>) or the CSV column header.</summary>
        public string? Cell { get; init; }

        /// <summary>The table of a published report the value is in, e.g. <c>表三</c> (三、收到和处理政府信息公开申请情况).</summary>
        public string? Table
        {
            get => published?.Table;
            init => Published().Table = value;
        }

        /// <summary>The row's label as the published table writes it, e.g. <c>三、本年度办理结果 / （一）予以公开</c>.</summary>
        public string? RowLabel
        {
            get => published?.RowLabel;
            init => Published().RowLabel = value;
        }

        /// <summary>The column's label as the published table writes it, e.g. <c>申请人情况 / 自然人</c>.</summary>
        public string? ColumnLabel
        {
            get => published?.ColumnLabel;
            init => Published().ColumnLabel = value;
        }

        /// <summary>The path of the HTML element the value was read from, e.g. <c>body/div[2]/table[1]/tbody/tr[6]/td[3]</c>.</summary>
        public string? ElementPath
        {
            get => published?.ElementPath;
            init => Published().ElementPath = value;
        }

        /// <summary>The page of a PDF (from 1), for a value read from a published report's PDF.</summary>
        public int? Page
        {
            get => published?.Page;
            init => Published().Page = value;
        }

        /// <summary>Whether <paramref name="other"/> has the same value in every member (as a record compares them).</summary>
        /// <param name="other">The other location.</param>
        public bool Equals(SourceLocation? other) =>
            other is not null
            && (ReferenceEquals(this, other)
                || (set == other.set && recordNumber == other.recordNumber && line == other.line && column == other.column && row == other.row
                    && string.Equals(File, other.File, StringComparison.Ordinal)
                    && string.Equals(jsonPointer, other.jsonPointer, StringComparison.Ordinal)
                    && string.Equals(Sheet, other.Sheet, StringComparison.Ordinal)
                    && string.Equals(Cell, other.Cell, StringComparison.Ordinal)
                    && string.Equals(Table, other.Table, StringComparison.Ordinal)
                    && string.Equals(RowLabel, other.RowLabel, StringComparison.Ordinal)
                    && string.Equals(ColumnLabel, other.ColumnLabel, StringComparison.Ordinal)
                    && string.Equals(ElementPath, other.ElementPath, StringComparison.Ordinal)
                    && Page == other.Page));

        /// <summary>A hash of every member's value, consistent with <see cref="Equals(SourceLocation?)"/>.</summary>
        public override int GetHashCode()
        {
            int hash = Hash(Hash(Hash(Hash(set, recordNumber.GetHashCode()), line.GetHashCode()), column.GetHashCode()), row.GetHashCode());
            hash = Hash(Hash(Hash(Hash(hash, Of(File)), Of(jsonPointer)), Of(Sheet)), Of(Cell));
            hash = Hash(Hash(Hash(Hash(hash, Of(Table)), Of(RowLabel)), Of(ColumnLabel)), Of(ElementPath));
            return Hash(hash, Page.GetHashCode());
        }

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

        private static int Hash(int hash, int value) => unchecked((hash * -1521134295) + value);

        private static int Of(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);

        /// <summary>Sets or clears a number's bit; the number kept (0 when cleared, so that equal locations keep equal fields).</summary>
        private long Set(byte bit, long? value)
        {
            if (value is long number)
            {
                set |= bit;
                return number;
            }

            set &= (byte)~bit;
            return 0;
        }

        /// <summary>This location's own published-table members, to change one: those it shares with the location it was copied from are copied first.</summary>
        private PublishedPlace Published()
        {
            if (published is null || !ReferenceEquals(published.Owner, this))
            {
                published = new PublishedPlace(this, published);
            }

            return published;
        }

        /// <summary>The members only a published report's tables set; owned by the location that made it, shared by its copies.</summary>
        private sealed class PublishedPlace
        {
            public PublishedPlace(SourceLocation owner, PublishedPlace? copied)
            {
                Owner = owner;
                if (copied != null)
                {
                    Table = copied.Table;
                    RowLabel = copied.RowLabel;
                    ColumnLabel = copied.ColumnLabel;
                    ElementPath = copied.ElementPath;
                    Page = copied.Page;
                }
            }

            public SourceLocation Owner { get; }

            public string? Table { get; set; }

            public string? RowLabel { get; set; }

            public string? ColumnLabel { get; set; }

            public string? ElementPath { get; set; }

            public int? Page { get; set; }
        }
    }
}
