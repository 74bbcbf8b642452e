using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovDisclosure.Standard.Input.Tabular
{
    /// <summary>
    /// An Excel workbook (SpreadsheetML, ECMA-376) written part by part into a forward-only ZIP archive, so that a sheet of
    /// any length is written in the memory of one row. The Open XML SDK's <c>SpreadsheetDocument.Create</c> opens its
    /// package for reading and writing, and System.IO.Packaging then holds every part it writes in memory until the
    /// package closes (a 300,000-row sheet took about 700 MB); a write-only package it refuses. The sheets' contents are
    /// still written by the SDK's <see cref="OpenXmlWriter"/>; this type writes only the package's fixed parts around
    /// them: <c>[Content_Types].xml</c>, the relationships and <c>xl/workbook.xml</c>.
    /// </summary>
    internal sealed class StreamedWorkbook : IDisposable
    {
        private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
        private const string DocumentRelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

        private static readonly XmlWriterSettings PartSettings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };

        private readonly ZipArchive archive;
        private readonly List<string> sheetNames = new List<string>();
        private bool disposed;

        /// <summary>Starts a workbook written into <paramref name="output"/>, which need not be seekable; left open.</summary>
        /// <param name="output">Where to write.</param>
        public StreamedWorkbook(Stream output)
        {
            archive = new ZipArchive(output ?? throw new ArgumentNullException(nameof(output)), ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
        }

        /// <summary>
        /// Writes the next sheet: <paramref name="writeSheetData"/> writes the rows inside <c>&lt;sheetData&gt;</c> as they
        /// come. Sheets appear in the workbook in the order they are written.
        /// </summary>
        /// <param name="name">The sheet's name, as Excel shows it on its tab.</param>
        /// <param name="writeSheetData">Writes the rows.</param>
        public void WriteSheet(string name, Action<OpenXmlWriter> writeSheetData)
        {
            if (disposed)
            {
                throw new ObjectDisposedException(nameof(StreamedWorkbook));
            }

            sheetNames.Add(name ?? throw new ArgumentNullException(nameof(name)));
            using Stream part = archive.CreateEntry(SheetPath(sheetNames.Count), CompressionLevel.Optimal).Open();
            using OpenXmlWriter writer = OpenXmlWriter.Create(part, Encoding.UTF8);
            writer.WriteStartDocument();
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            (writeSheetData ?? throw new ArgumentNullException(nameof(writeSheetData)))(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        /// <summary>Writes the workbook part, the relationships and the content types, and ends the archive.</summary>
        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            using (archive)
            {
                WritePart("xl/workbook.xml", xml =>
                {
                    xml.WriteStartElement("workbook", MainNamespace);
                    xml.WriteAttributeString("xmlns", "r", null, DocumentRelationshipsNamespace);
                    xml.WriteStartElement("sheets", MainNamespace);
                    for (int i = 1; i <= sheetNames.Count; i++)
                    {
                        xml.WriteStartElement("sheet", MainNamespace);
                        xml.WriteAttributeString("name", sheetNames[i - 1]);
                        xml.WriteAttributeString("sheetId", i.ToString(CultureInfo.InvariantCulture));
                        xml.WriteAttributeString("id", DocumentRelationshipsNamespace, RelationshipId(i));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                    xml.WriteEndElement();
                });
                WritePart("xl/_rels/workbook.xml.rels", xml =>
                {
                    xml.WriteStartElement("Relationships", RelationshipsNamespace);
                    for (int i = 1; i <= sheetNames.Count; i++)
                    {
                        Relationship(xml, RelationshipId(i), DocumentRelationshipsNamespace + "/worksheet", "worksheets/sheet" + i.ToString(CultureInfo.InvariantCulture) + ".xml");
                    }

                    xml.WriteEndElement();
                });
                WritePart("_rels/.rels", xml =>
                {
                    xml.WriteStartElement("Relationships", RelationshipsNamespace);
                    Relationship(xml, "rId1", DocumentRelationshipsNamespace + "/officeDocument", "xl/workbook.xml");
                    xml.WriteEndElement();
                });
                WritePart("[Content_Types].xml", xml =>
                {
                    xml.WriteStartElement("Types", ContentTypesNamespace);
                    ContentType(xml, "Default", "Extension", "rels", "application/vnd.openxmlformats-package.relationships+xml");
                    ContentType(xml, "Default", "Extension", "xml", "application/xml");
                    ContentType(xml, "Override", "PartName", "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                    for (int i = 1; i <= sheetNames.Count; i++)
                    {
                        ContentType(xml, "Override", "PartName", "/" + SheetPath(i), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                    }

                    xml.WriteEndElement();
                });
            }
        }

        private static string SheetPath(int number) => "xl/worksheets/sheet" + number.ToString(CultureInfo.InvariantCulture) + ".xml";

        private static string RelationshipId(int sheet) => "rId" + sheet.ToString(CultureInfo.InvariantCulture);

        private static void Relationship(XmlWriter xml, string id, string type, string target)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        private static void ContentType(XmlWriter xml, string element, string keyName, string key, string contentType)
        {
            xml.WriteStartElement(element, ContentTypesNamespace);
            xml.WriteAttributeString(keyName, key);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        private void WritePart(string path, Action<XmlWriter> write)
        {
            using Stream part = archive.CreateEntry(path, CompressionLevel.Optimal).Open();
            using XmlWriter xml = XmlWriter.Create(part, PartSettings);
            xml.WriteStartDocument(true);
            write(xml);
            xml.WriteEndDocument();
        }
    }
}
