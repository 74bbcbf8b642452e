using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// Writes an Excel workbook the way Excel saves one — every text cell in the shared-strings table
    /// (共享字符串表) — streamed row by row into a zip on disk (the library's own XLSX writer uses inline
    /// strings and buffers the package, so it can make neither a realistic nor a large workbook).
    /// Only the shared-strings table, one entry per distinct text, is held in memory.
    /// </summary>
    internal sealed class XlsxExport : IDisposable
    {
        private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        private readonly ZipArchive zip;
        private readonly Stream sheetStream;
        private readonly XmlWriter sheet;
        private readonly Dictionary<string, int> strings = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> order = new List<string>();
        private long row;

        public XlsxExport(Stream output, string sheetName)
        {
            zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            Write("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Write("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Relationships + "\"><sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Write("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            sheetStream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            sheet = XmlWriter.Create(sheetStream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            sheet.WriteStartDocument(true);
            sheet.WriteStartElement("worksheet", Main);
            sheet.WriteStartElement("sheetData", Main);
        }

        /// <summary>Writes one row of cells (empty cells are left out, as Excel does).</summary>
        public void Row(IReadOnlyList<string> cells)
        {
            string number = (++row).ToString(CultureInfo.InvariantCulture);
            sheet.WriteStartElement("row", Main);
            sheet.WriteAttributeString("r", number);
            for (int i = 0; i < cells.Count; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                if (!strings.TryGetValue(cells[i], out int index))
                {
                    index = order.Count;
                    strings.Add(cells[i], index);
                    order.Add(cells[i]);
                }

                sheet.WriteStartElement("c", Main);
                sheet.WriteAttributeString("r", Column(i) + number);
                sheet.WriteAttributeString("t", "s");
                sheet.WriteElementString("v", Main, index.ToString(CultureInfo.InvariantCulture));
                sheet.WriteEndElement();
            }

            sheet.WriteEndElement();
        }

        /// <summary>Ends the sheet and writes the shared-strings table.</summary>
        public void Dispose()
        {
            sheet.WriteEndElement();
            sheet.WriteEndElement();
            sheet.Dispose();
            sheetStream.Dispose();
            using (Stream part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open())
            using (var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            {
                xml.WriteStartDocument(true);
                xml.WriteStartElement("sst", Main);
                xml.WriteAttributeString("count", order.Count.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("uniqueCount", order.Count.ToString(CultureInfo.InvariantCulture));
                foreach (string text in order)
                {
                    xml.WriteStartElement("si", Main);
                    xml.WriteStartElement("t", Main);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(text);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            zip.Dispose();
        }

        private static string Column(int index)
        {
            string name = string.Empty;
            for (int n = index + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }

            return name;
        }

        private void Write(string name, string content)
        {
            using Stream part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            byte[] bytes = Encoding.UTF8.GetBytes(content);
            part.Write(bytes, 0, bytes.Length);
        }
    }
}
