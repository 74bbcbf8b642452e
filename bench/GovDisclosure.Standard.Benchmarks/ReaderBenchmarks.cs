using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Benchmarks
{
    /// <summary>
    /// Reading <see cref="Records"/> catalogue entries from an in-memory stream with each streaming
    /// reader (encoding detection, parsing, field locations and, for CSV, the cell syntax). Results
    /// are per record (<c>OperationsPerInvoke</c>).
    /// </summary>
    [MemoryDiagnoser]
    public class ReaderBenchmarks
    {
        public const int Records = 1000;
        private byte[] jsonArray = null!;
        private byte[] jsonLines = null!;
        private byte[] csvUtf8 = null!;
        private byte[] csvGb18030 = null!;

        [GlobalSetup]
        public void Setup()
        {
            string[] entries = Enumerable.Range(1, Records)
                .Select(i => SampleRecords.CatalogueEntryJson.Replace("\"sequenceNumber\":\"4\"", "\"sequenceNumber\":\"" + i + "\"", System.StringComparison.Ordinal))
                .ToArray();
            jsonArray = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", entries) + "\n]\n");
            jsonLines = Encoding.UTF8.GetBytes(string.Join("\n", entries) + "\n");
            csvUtf8 = Csv(entries, new UTF8Encoding(true));
            csvGb18030 = Csv(entries, TextEncodingDetector.Gb18030);
        }

        [Benchmark(OperationsPerInvoke = Records)]
        public long JsonArray() => Count(new JsonRecordReader(new MemoryStream(jsonArray)).Read());

        [Benchmark(OperationsPerInvoke = Records)]
        public long JsonLines() => Count(new JsonLinesRecordReader(new MemoryStream(jsonLines)).Read());

        [Benchmark(OperationsPerInvoke = Records)]
        public long CsvUtf8() => Count(new CsvRecordReader(new MemoryStream(csvUtf8)).Read());

        [Benchmark(OperationsPerInvoke = Records)]
        public long CsvGb18030() => Count(new CsvRecordReader(new MemoryStream(csvGb18030)).Read());

        private static long Count(System.Collections.Generic.IEnumerable<SourceRecord> records)
        {
            long n = 0;
            foreach (SourceRecord record in records)
            {
                n += record.IsUnreadable ? 0 : 1;
            }

            return n == Records ? n : throw new InvalidDataException($"read {n} of {Records} records");
        }

        private static byte[] Csv(string[] entries, Encoding encoding)
        {
            using var stream = new MemoryStream();
            JsonElement[] records = entries.Select(e => JsonDocument.Parse(e).RootElement).ToArray();
            TabularWriter.WriteCsv(stream, DocumentKind.CatalogueEntry, records, null, encoding);
            return stream.ToArray();
        }
    }
}
