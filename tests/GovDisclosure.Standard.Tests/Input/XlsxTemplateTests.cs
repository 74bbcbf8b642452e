using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Codelists;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// The workbook <see cref="XlsxTemplateWriter"/> writes for a clerk to fill in Excel: a bold frozen header, columns as
    /// wide as their contents, drop-down lists drawn from the code lists, a sheet of the allowed values in both languages,
    /// 试点领域 filled in — and, read back untouched, no record and no finding.
    /// </summary>
    public class XlsxTemplateTests
    {
        [Fact]
        public void The_header_row_is_bold_and_frozen_and_the_workbook_is_valid_office_open_xml()
        {
            using SpreadsheetDocument document = Template(PilotDomain.Declared[0], Array.Empty<JsonElement>());
            Worksheet sheet = FormSheet(document);

            Row header = sheet.Descendants<Row>().First();
            CellFormat[] formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
            Font[] fonts = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToArray();
            Assert.Equal(TabularLayout.For(DocumentKind.CatalogueEntry)!.Columns.Count, header.Elements<Cell>().Count());
            Assert.All(header.Elements<Cell>(), cell => Assert.NotNull(fonts[(int)formats[(int)cell.StyleIndex!.Value].FontId!.Value].Bold));
            Pane pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        }

        [Fact]
        public void Every_column_is_at_least_as_wide_as_its_header_and_its_prefilled_values()
        {
            PilotDomain domain = PilotDomain.Declared.First(d => CatalogueRecordsOf(d).Length > 0);
            JsonElement[] records = CatalogueRecordsOf(domain);
            using SpreadsheetDocument document = Template(domain, records);
            Worksheet sheet = FormSheet(document);

            double[] widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToArray();
            IReadOnlyList<string> header = TabularWriter.Header(DocumentKind.CatalogueEntry);
            Assert.Equal(header.Count, widths.Length);
            for (int i = 0; i < header.Count; i++)
            {
                double needed = records.Select(r => TabularWriter.Cells(DocumentKind.CatalogueEntry, r)[i]).Append(header[i]).Max(XlsxTemplateWriter.DisplayWidth);
                Assert.True(widths[i] >= Math.Min(needed, 60), $"column {header[i]}: width {widths[i]}, needs {needed}");
                Assert.True(widths[i] <= 62, $"column {header[i]}: width {widths[i]} is wider than a screen");
            }
        }

        [Theory]
        [InlineData("公开对象", typeof(DisclosureAudience))]
        [InlineData("公开方式", typeof(DisclosureMode))]
        [InlineData("公开层级", typeof(AdministrativeLevel))]
        [InlineData("公开渠道和载体", typeof(DisclosureChannel))]
        [InlineData("试点领域", typeof(PilotDomain))]
        public void A_code_list_column_offers_a_drop_down_of_exactly_its_code_lists_chinese_names(string headerText, Type codelist)
        {
            using SpreadsheetDocument document = Template(PilotDomain.Declared[0], Array.Empty<JsonElement>());

            string[] offered = DropDownValues(document, headerText);

            Assert.Equal(DeclaredNames(codelist).Select(n => n.Chinese), offered);
        }

        [Fact]
        public void Every_value_a_drop_down_offers_reads_back_as_its_code()
        {
            using SpreadsheetDocument document = Template(PilotDomain.Declared[0], Array.Empty<JsonElement>());
            TabularLayout layout = TabularLayout.For(DocumentKind.CatalogueEntry)!;
            Worksheet sheet = FormSheet(document);
            var checkedColumns = new List<string>();
            foreach (DataValidation validation in sheet.Descendants<DataValidation>())
            {
                TabularColumn column = layout.Columns[ColumnIndex(validation.SequenceOfReferences!.InnerText!)];
                checkedColumns.Add(column.Header);
                foreach (string value in DropDownValues(document, column.Header))
                {
                    JsonNode? read = CellSyntax.Read(column, value);
                    JsonNode? single = read is JsonArray list ? Assert.Single(list) : read;
                    Assert.True(single is JsonValue, $"{column.Header}: '{value}' read as {read?.ToJsonString()}");
                    Assert.NotEqual(value, single!.ToJsonString().Trim('"'));
                }
            }

            Assert.Contains("公开对象", checkedColumns);
            Assert.Contains("已核对", checkedColumns);
        }

        [Fact]
        public void The_code_list_sheet_lists_every_offered_value_with_its_code_and_both_names()
        {
            using SpreadsheetDocument document = Template(PilotDomain.Declared[0], Array.Empty<JsonElement>());

            string[][] rows = SheetRows(document, XlsxTemplateWriter.CodeListSheetName);

            Assert.Equal(new[] { "列 Column", "代码 Code", "中文名称 Chinese name", "英文名称 English name" }, rows[0].Take(4));
            foreach (DisclosureAudience audience in DisclosureAudience.Declared)
            {
                Assert.Contains(rows, r => r[0] == "公开对象" && r[1] == audience.Code && r[2] == audience.ChineseName && r[3] == audience.EnglishName);
            }

            foreach (DisclosureChannel channel in DisclosureChannel.Declared)
            {
                Assert.Contains(rows, r => r[0] == "公开渠道和载体" && r[1] == channel.Code && r[2] == channel.ChineseName && r[3] == channel.EnglishName);
            }
        }

        [Fact]
        public void The_rows_to_fill_have_the_pilot_domain_filled_in()
        {
            PilotDomain domain = PilotDomain.Declared[3];
            using SpreadsheetDocument document = Template(domain, Array.Empty<JsonElement>());

            string[][] rows = SheetRows(document, domain.ChineseName);
            int column = TabularWriter.Header(DocumentKind.CatalogueEntry).ToList().IndexOf("试点领域");

            Assert.Equal(XlsxTemplateWriter.DefaultBlankRows, rows.Length - 1);
            Assert.All(rows.Skip(1), row => Assert.Equal(domain.ChineseName, row[column]));
        }

        [Fact]
        public void An_untouched_template_reads_back_as_no_record_and_no_finding_and_a_filled_row_is_one_record()
        {
            PilotDomain domain = PilotDomain.Declared[0];
            using var untouched = new MemoryStream();
            XlsxTemplateWriter.Write(untouched, DocumentKind.CatalogueEntry, domain, Array.Empty<JsonElement>());
            JsonElement record = CatalogueRecordsOf(PilotDomain.Declared.First(d => CatalogueRecordsOf(d).Length > 0))[0];
            using var filled = new MemoryStream();
            XlsxTemplateWriter.Write(filled, DocumentKind.CatalogueEntry, domain, new[] { record });

            SourceRecord[] none = ReadBack(untouched);
            SourceRecord[] one = ReadBack(filled);
            var validator = new DisclosureValidator(RuleSet.Standard);

            Assert.Empty(none);
            Assert.Empty(validator.Validate(DocumentKind.CatalogueEntry, none));
            Assert.Single(one);
            Assert.DoesNotContain(validator.Validate(DocumentKind.CatalogueEntry, one).SelectMany(r => r.Findings), f => f.Severity >= FindingSeverity.Warning);
        }

        private static SourceRecord[] ReadBack(MemoryStream stream)
        {
            stream.Position = 0;
            using var reader = new XlsxRecordReader(stream, new InputOptions { DisplayName = "template.xlsx" });
            return reader.Read().ToArray();
        }

        private static JsonElement[] CatalogueRecordsOf(PilotDomain domain) =>
            StandardCatalogue.For(domain).Select(entry =>
            {
                using JsonDocument document = JsonDocument.Parse(GovDisclosure.Standard.Json.CanonicalJson.Serialize(entry));
                return document.RootElement.Clone();
            }).ToArray();

        private static SpreadsheetDocument Template(PilotDomain domain, IReadOnlyList<JsonElement> records)
        {
            var stream = new MemoryStream();
            XlsxTemplateWriter.Write(stream, DocumentKind.CatalogueEntry, domain, records);
            stream.Position = 0;
            return SpreadsheetDocument.Open(stream, false);
        }

        private static Worksheet FormSheet(SpreadsheetDocument document) =>
            ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!)).Worksheet;

        private static string[][] SheetRows(SpreadsheetDocument document, string name)
        {
            Sheet sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
            var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
            return part.Worksheet.Descendants<Row>().Select(row =>
            {
                var cells = new string[30];
                Array.Fill(cells, string.Empty);
                foreach (Cell cell in row.Elements<Cell>())
                {
                    cells[ColumnIndex(cell.CellReference!.Value!)] = cell.InnerText;
                }

                return cells;
            }).ToArray();
        }

        /// <summary>The values a column's drop-down offers, read from the range its data validation names on the code-list sheet.</summary>
        private static string[] DropDownValues(SpreadsheetDocument document, string headerText)
        {
            int column = TabularWriter.Header(DocumentKind.CatalogueEntry).ToList().IndexOf(headerText);
            DataValidation validation = FormSheet(document).Descendants<DataValidation>()
                .Single(v => ColumnIndex(v.SequenceOfReferences!.InnerText!) == column);
            Assert.Equal(DataValidationValues.List, validation.Type!.Value);
            string formula = validation.Formula1!.Text;
            Assert.StartsWith("'" + XlsxTemplateWriter.CodeListSheetName + "'!$C$", formula);
            string[] bounds = formula.Substring(formula.IndexOf('!') + 1).Replace("$C$", string.Empty).Split(':');
            int first = int.Parse(bounds[0]);
            int last = int.Parse(bounds[1]);
            string[][] rows = SheetRows(document, XlsxTemplateWriter.CodeListSheetName);
            return rows.Skip(first - 1).Take(last - first + 1).Select(r => r[2]).ToArray();
        }

        private static IEnumerable<(string Code, string Chinese)> DeclaredNames(Type codelist)
        {
            Type list = typeof(CodelistValue<>).MakeGenericType(codelist);
            var values = (System.Collections.IEnumerable)list.GetProperty("Declared")!.GetValue(null)!;
            foreach (object value in values)
            {
                yield return ((string)list.GetProperty("Code")!.GetValue(value)!, (string)list.GetProperty("ChineseName")!.GetValue(value)!);
            }
        }

        private static int ColumnIndex(string reference)
        {
            int index = 0;
            foreach (char c in reference.TakeWhile(char.IsLetter))
            {
                index = (index * 26) + (c - 'A' + 1);
            }

            return index - 1;
        }
    }
}
