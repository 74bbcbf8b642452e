using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Throughput.Generation
{
    /// <summary>
    /// Writes export files record by record straight to disk (生成测试文件): nothing but the record being
    /// written is held in memory, so a file of any size can be generated. It stops after a number of
    /// records or once the file reaches a size.
    /// </summary>
    internal sealed class ExportGenerator
    {
        private const int FileBuffer = 1 << 20;
        private static readonly JsonWriterOptions Indented = new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly AnnualReports reports;

        public ExportGenerator(string repositoryRoot)
        {
            reports = new AnnualReports(repositoryRoot);
        }

        /// <summary>Generates one file of <paramref name="format"/> in <paramref name="folder"/>.</summary>
        /// <param name="format">What to write.</param>
        /// <param name="folder">Where.</param>
        /// <param name="records">Stop after this many records, or <c>null</c>.</param>
        /// <param name="bytes">Stop once the file has at least this many bytes, or <c>null</c>.</param>
        public GeneratedFile Generate(ExportFormat format, string folder, long? records, long? bytes)
        {
            string label = records != null ? records.Value + "r" : (bytes!.Value >> 20) + "MB";
            string path = Path.Combine(folder, format.Name + "-" + label + format.Extension);
            long written;
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, FileBuffer))
            {
                Func<long, bool> more = n => records != null ? n < records.Value : file.Position < bytes!.Value;
                written = format.Format switch
                {
                    Input.InputFormat.Json => WriteArray(file, format, more),
                    Input.InputFormat.JsonLines => WriteLines(file, format, more),
                    Input.InputFormat.Xlsx => WriteXlsx(file, format, more),
                    _ => WriteCsv(file, format, more),
                };
            }

            return new GeneratedFile(format, path, written, new FileInfo(path).Length);
        }

        private void WriteRecord(ExportFormat format, Utf8JsonWriter json, long i)
        {
            if (format.Kind == DocumentKind.CatalogueEntry)
            {
                CatalogueEntries.Write(json, i, format.Mistakes);
            }
            else if (format.Kind == DocumentKind.ServiceGuide)
            {
                ServiceGuides.Write(json, i);
            }
            else
            {
                reports.Write(json, i);
            }
        }

        private long WriteArray(FileStream file, ExportFormat format, Func<long, bool> more)
        {
            using var json = new Utf8JsonWriter(file, format.Indented ? Indented : Compact);
            json.WriteStartArray();
            long n = 0;
            while (more(n))
            {
                WriteRecord(format, json, n++);
                json.Flush();
            }

            json.WriteEndArray();
            json.Flush();
            file.WriteByte((byte)'\n');
            return n;
        }

        private long WriteLines(FileStream file, ExportFormat format, Func<long, bool> more)
        {
            using var json = new Utf8JsonWriter(file, Compact);
            long n = 0;
            while (more(n))
            {
                WriteRecord(format, json, n++);
                json.Flush();
                file.WriteByte((byte)'\n');
                json.Reset();
            }

            return n;
        }

        private long WriteXlsx(FileStream file, ExportFormat format, Func<long, bool> more)
        {
            var count = new long[1];
            using (var workbook = new XlsxExport(file, format.Kind.ChineseName))
            {
                workbook.Row(TabularWriter.Header(format.Kind));
                foreach (JsonElement record in Records(format, more, count))
                {
                    workbook.Row(TabularWriter.Cells(format.Kind, record));
                }
            }

            return count[0];
        }

        private long WriteCsv(FileStream file, ExportFormat format, Func<long, bool> more)
        {
            var count = new long[1];
            TabularWriter.WriteCsv(file, format.Kind, Records(format, more, count), null, format.Encoding);
            return count[0];
        }

        /// <summary>The records one at a time as JSON elements, each valid until the next is asked for; <paramref name="count"/>[0] counts them.</summary>
        private IEnumerable<JsonElement> Records(ExportFormat format, Func<long, bool> more, long[] count)
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using var json = new Utf8JsonWriter(buffer, Compact);
            while (more(count[0]))
            {
                buffer.Clear();
                json.Reset(buffer);
                WriteRecord(format, json, count[0]++);
                json.Flush();
                using JsonDocument row = JsonDocument.Parse(buffer.WrittenMemory);
                yield return row.RootElement;
            }
        }
    }
}
