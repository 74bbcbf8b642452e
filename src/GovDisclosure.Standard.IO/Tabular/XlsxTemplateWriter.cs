using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Schema;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Text;
using CellType = GovDisclosure.Standard.Shapes.CellType;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// Writes a workbook a clerk fills in with Excel (填报模板): the standard headers in a bold, frozen first row, columns as
    /// wide as their contents, a drop-down list (数据验证) on every column that takes values of a code list (公开对象,
    /// 公开方式, 公开层级, 公开渠道和载体, 试点领域 …) and on yes/no columns, a second sheet <see cref="CodeListSheetName"/>
    /// that lists each column's allowed values with their codes and Chinese and English names, and the pilot domain
    /// (试点领域) filled in on the rows to fill. The lists are read from the code lists themselves, never retyped. A row
    /// left untouched holds only its 试点领域, which <see cref="XlsxRecordReader"/> reads as a blank row, not a record.
    /// </summary>
    public static class XlsxTemplateWriter
    {
        /// <summary>The name of the sheet that lists the allowed values (代码表).</summary>
        public const string CodeListSheetName = "代码表";

        /// <summary>How many rows below the records have the pilot domain filled in and the drop-down lists ready, by default.</summary>
        public const int DefaultBlankRows = 200;

        private const double MaxWidth = 60;
        private const uint BoldStyle = 1;

        /// <summary>Writes the template.</summary>
        /// <param name="output">Where to write (must be seekable, e.g. a file); left open.</param>
        /// <param name="kind">The document kind; it must have a table layout (<see cref="TabularLayout.For"/>).</param>
        /// <param name="domain">The pilot domain written into the 试点领域 column of every row to fill.</param>
        /// <param name="records">Records to pre-fill (e.g. the domain's standard catalogue), possibly none.</param>
        /// <param name="blankRows">How many rows to fill after the records.</param>
        public static void Write(Stream output, DocumentKind kind, PilotDomain domain, IReadOnlyList<JsonElement> records, int blankRows = DefaultBlankRows)
        {
            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            if (domain is null)
            {
                throw new ArgumentNullException(nameof(domain));
            }

            if (records is null)
            {
                throw new ArgumentNullException(nameof(records));
            }

            if (blankRows < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(blankRows), "The number of blank rows cannot be negative.");
            }

            TabularLayout layout = TabularLayout.For(kind ?? throw new ArgumentNullException(nameof(kind)))
                ?? throw new ArgumentException($"{kind.EnglishName} records have no tabular layout, so there is no spreadsheet template for them.", nameof(kind));
            IReadOnlyList<string> header = TabularWriter.Header(kind);
            var rows = records.Select(r => TabularWriter.Cells(kind, r)).ToList();
            int domainColumn = IndexOf(layout, c => c.Codelist == typeof(PilotDomain));
            for (int i = 0; i < blankRows; i++)
            {
                string[] cells = Enumerable.Repeat(string.Empty, header.Count).ToArray();
                if (domainColumn >= 0)
                {
                    cells[domainColumn] = domain.ChineseName;
                }

                rows.Add(cells);
            }

            DropDown[] dropDowns = layout.Columns.Select((column, index) => DropDown.Of(column, index)).OfType<DropDown>().ToArray();
            using SpreadsheetDocument document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
            WorkbookPart workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            WorksheetPart form = workbook.AddNewPart<WorksheetPart>();
            form.Worksheet = FormSheet(header, rows, dropDowns);
            WorksheetPart lists = workbook.AddNewPart<WorksheetPart>();
            lists.Worksheet = CodeListSheet(dropDowns);
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(form), SheetId = 1, Name = domain.ChineseName },
                new Sheet { Id = workbook.GetIdOfPart(lists), SheetId = 2, Name = CodeListSheetName }));
            workbook.Workbook.Save();
        }

        /// <summary>The width Excel needs to show <paramref name="text"/> on one line, in character widths: a CJK or full-width character takes two.</summary>
        /// <param name="text">The text; of several lines, the longest counts.</param>
        internal static double DisplayWidth(string text) =>
            text.Split('\n').Max(line => line.Sum(c => c >= 0x1100 && (c <= 0x115F || c >= 0x2E80) && c != 0x303F && !(c >= 0xD800 && c <= 0xDFFF) ? 2 : 1));

        private static Worksheet FormSheet(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<DropDown> dropDowns)
        {
            var columns = new Columns();
            for (int i = 0; i < header.Count; i++)
            {
                int index = i;
                IEnumerable<string> texts = rows.Select(r => r[index]).Append(header[index])
                    .Concat(dropDowns.Where(d => d.Column == index).SelectMany(d => d.Entries.Select(e => e.ChineseName)));
                double width = Math.Min(MaxWidth, texts.Max(DisplayWidth) + 2);
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
            }

            var data = new SheetData();
            data.Append(Row(1, header, BoldStyle));
            for (int i = 0; i < rows.Count; i++)
            {
                data.Append(Row(i + 2, rows[i], null));
            }

            var sheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { WorkbookViewId = 0 }),
                columns,
                data);
            var validations = new DataValidations();
            int listRow = 2;
            foreach (DropDown dropDown in dropDowns)
            {
                validations.Append(dropDown.Validation(listRow));
                listRow += dropDown.Entries.Count;
            }

            validations.Count = (uint)dropDowns.Count;
            if (dropDowns.Count > 0)
            {
                sheet.Append(validations);
            }

            return sheet;
        }

        private static Worksheet CodeListSheet(IReadOnlyList<DropDown> dropDowns)
        {
            string[] header = { "列 Column", "代码 Code", "中文名称 Chinese name", "英文名称 English name" };
            var data = new SheetData();
            data.Append(Row(1, header, BoldStyle));
            int row = 2;
            foreach (DropDown dropDown in dropDowns)
            {
                foreach (CodelistEntry entry in dropDown.Entries)
                {
                    data.Append(Row(row++, new[] { dropDown.Header, entry.Code, entry.ChineseName, entry.EnglishName }, null));
                }
            }

            var columns = new Columns();
            for (int i = 0; i < header.Length; i++)
            {
                int index = i;
                double width = Math.Min(MaxWidth, dropDowns.SelectMany(d => d.Entries.Select(e => index switch { 0 => d.Header, 1 => e.Code, 2 => e.ChineseName, _ => e.EnglishName }))
                    .Append(header[index]).Max(DisplayWidth) + 2);
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
            }

            return new Worksheet(columns, data);
        }

        private static Row Row(int number, IReadOnlyList<string> cells, uint? style)
        {
            string rowText = number.ToString(CultureInfo.InvariantCulture);
            var row = new Row { RowIndex = (uint)number };
            for (int i = 0; i < cells.Count; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                var cell = new Cell
                {
                    CellReference = SpreadsheetColumnName.Of(i) + rowText,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XlsxText.Escape(cells[i])) { Space = SpaceProcessingModeValues.Preserve }),
                };
                if (style != null)
                {
                    cell.StyleIndex = style.Value;
                }

                row.Append(cell);
            }

            return row;
        }

        private static Stylesheet Styles() =>
            new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center }) { FontId = 1, ApplyFont = true })
                { Count = 2 });

        private static int IndexOf(TabularLayout layout, Func<TabularColumn, bool> predicate)
        {
            for (int i = 0; i < layout.Columns.Count; i++)
            {
                if (predicate(layout.Columns[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>One column's drop-down list: the values it offers, from the column's code list.</summary>
        private sealed class DropDown
        {
            private static readonly CodelistEntry[] YesNo = { new CodelistEntry("true", YesNoWords.Yes, "yes", 1), new CodelistEntry("false", YesNoWords.No, "no", 2) };

            private DropDown(int column, TabularColumn source, IReadOnlyList<CodelistEntry> entries)
            {
                Column = column;
                Source = source;
                Entries = entries;
            }

            public int Column { get; }

            public TabularColumn Source { get; }

            public string Header => Source.Header;

            public IReadOnlyList<CodelistEntry> Entries { get; }

            public static DropDown? Of(TabularColumn column, int index)
            {
                IReadOnlyList<CodelistEntry>? entries = column.CellType switch
                {
                    CellType.Code or CellType.CodeList when column.Codelist != null => CodelistReader.For(column.Codelist)?.Values,
                    CellType.Channels => CodelistValue<DisclosureChannel>.Declared.Select(c => new CodelistEntry(c.Code, c.ChineseName, c.EnglishName, c.Value)).ToArray(),
                    CellType.Boolean => YesNo,
                    _ => null,
                };
                return entries is null || entries.Count == 0 ? null : new DropDown(index, column, entries);
            }

            /// <summary>
            /// The data validation: a list drawn from this column's rows of the code-list sheet. A single value must come from the
            /// list (a warning otherwise, since the reader also takes codes and synonyms); a list field (several values joined with
            /// 、) only informs, since Excel's list cannot offer combinations. It covers the whole column below the header.
            /// </summary>
            public DataValidation Validation(int firstListRow)
            {
                bool several = Source.IsList;
                string letters = SpreadsheetColumnName.Of(Column);
                string source = FormattableString.Invariant($"'{CodeListSheetName}'!$C${firstListRow}:$C${firstListRow + Entries.Count - 1}");
                return new DataValidation(new Formula1(source))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = several ? DataValidationErrorStyleValues.Information : DataValidationErrorStyleValues.Warning,
                    PromptTitle = Header,
                    Prompt = several
                        ? "从列表选择；多个值用“、”分隔。Pick from the list; join several values with 、."
                        : "从列表选择。Pick from the list.",
                    ErrorTitle = Header,
                    Error = $"不是“{CodeListSheetName}”中列出的值。Not a value listed on the {CodeListSheetName} sheet.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = FormattableString.Invariant($"{letters}2:{letters}1048576") },
                };
            }
        }
    }
}
