using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>A one-sheet workbook (sheet 目录) of inline-string cells, blank texts left out, with the merged ranges given.</summary>
    internal static class InlineStringWorkbook
    {
        public static MemoryStream Create(string[][] rows, params string[] merges)
        {
            var stream = new MemoryStream();
            using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            {
                WorkbookPart workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                WorksheetPart sheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (int r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (int c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c].Length > 0)
                        {
                            row.Append(new Cell { CellReference = SpreadsheetColumnName.Of(c) + (r + 1), DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c])) });
                        }
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                sheet.Worksheet = worksheet;
                workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "目录" }));
            }

            stream.Position = 0;
            return stream;
        }
    }
}
