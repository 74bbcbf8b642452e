using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sylvan.Data.Csv;
using SylvanReader = Sylvan.Data.Csv.CsvDataReader;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;
using OpenXmlReader = DocumentFormat.OpenXml.OpenXmlReader;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// The bare reader passes the tool is compared with (裸读基准): each reads the whole file and touches
    /// every value, doing nothing else. They are the floor of what reading a file costs, so the tool's
    /// speed is stated as a ratio to them, which holds across machines better than MB/s does.
    /// </summary>
    internal static class BarePass
    {
        /// <summary>The names of the passes, as given on the command line of the measuring process.</summary>
        public const string Json = "utf8jsonreader";
        public const string Sylvan = "sylvan";
        public const string OpenXml = "openxmlreader";

        private const int Chunk = 64 * 1024;

        /// <summary>
        /// The fastest of <paramref name="passes"/> passes of <paramref name="pass"/> over the file, in this process: with one,
        /// the pass as issue 17's ratios have been measured (one cold pass, its JIT included); with more, the reader at its
        /// steady speed — one cold pass was 12 % slower than the fastest of three on the 1 GiB JSON Lines file and moved by up
        /// to 30 % from run to run (bench/RESULTS.md, "Round 36 merged").
        /// </summary>
        public static BareResult Fastest(string pass, string path, string encodingName, int passes)
        {
            BareResult fastest = Run(pass, path, encodingName);
            for (int i = 1; i < passes; i++)
            {
                BareResult again = Run(pass, path, encodingName);
                if (again.Seconds < fastest.Seconds)
                {
                    fastest = again;
                }
            }

            return fastest;
        }

        /// <summary>One pass of <paramref name="pass"/> over the file: its time, values read and allocation.</summary>
        public static BareResult Run(string pass, string path, string encodingName)
        {
            Encoding encoding = encodingName == "gb18030" ? Input.TextEncodingDetector.Gb18030 : new UTF8Encoding(false);
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var clock = Stopwatch.StartNew();
            long values = pass switch
            {
                Json => JsonPass(path),
                Sylvan => SylvanPass(path, encoding),
                OpenXml => OpenXmlPass(path),
                _ => throw new ArgumentException("unknown pass " + pass),
            };
            clock.Stop();
            return new BareResult { Pass = pass, Seconds = clock.Elapsed.TotalSeconds, Values = values, AllocatedBytes = GC.GetTotalAllocatedBytes(true) - allocatedBefore };
        }

        /// <summary>
        /// A single-threaded <see cref="Utf8JsonReader"/> over the file in 64 KiB chunks that calls
        /// <see cref="Utf8JsonReader.CopyString(Span{byte})"/> into one reused buffer for every string and
        /// property-name token (so every escape is undone), doing nothing else. JSON Lines is read as a
        /// sequence of values (<see cref="JsonReaderOptions.AllowMultipleValues"/>). A token longer than a
        /// chunk grows the chunk, as a streaming reader must.
        /// </summary>
        private static long JsonPass(string path)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            byte[] buffer = new byte[Chunk];
            byte[] copy = new byte[4096];
            var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
            int held = 0;
            long strings = 0;
            while (true)
            {
                int read = file.Read(buffer, held, buffer.Length - held);
                int length = held + read;
                bool final = read == 0;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.PropertyName)
                    {
                        int most = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                        if (most > copy.Length)
                        {
                            copy = new byte[Math.Max(most, copy.Length * 2)];
                        }

                        reader.CopyString(copy);
                        strings++;
                    }
                }

                if (final)
                {
                    return strings;
                }

                int consumed = (int)reader.BytesConsumed;
                held = length - consumed;
                if (held == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                else
                {
                    Buffer.BlockCopy(buffer, consumed, buffer, 0, held);
                }

                state = reader.CurrentState;
            }
        }

        /// <summary>Sylvan.Data.Csv (the reader the tool splits CSV with): every field of every row, each copied into one reused character buffer.</summary>
        private static long SylvanPass(string path, Encoding encoding)
        {
            using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, Chunk);
            using SylvanReader csv = SylvanReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = 16 * 1024 * 1024 });
            char[] copy = new char[4096];
            long fields = 0;
            while (csv.Read())
            {
                for (int i = 0; i < csv.FieldCount; i++)
                {
                    ReadOnlySpan<char> field = csv.GetFieldSpan(i);
                    if (field.Length > copy.Length)
                    {
                        copy = new char[Math.Max(field.Length, copy.Length * 2)];
                    }

                    field.CopyTo(copy);
                    fields++;
                }
            }

            return fields;
        }

        /// <summary>
        /// An <see cref="OpenXmlReader"/> SAX pass over the workbook: the shared-strings table's texts,
        /// then every cell of every worksheet — its attributes (reference, type) and its value's text.
        /// </summary>
        private static long OpenXmlPass(string path)
        {
            using SpreadsheetDocument document = SpreadsheetDocument.Open(path, false);
            WorkbookPart workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            long values = 0;
            if (workbook.SharedStringTablePart is SharedStringTablePart strings)
            {
                using OpenXmlReader reader = OpenXmlReader.Create(strings);
                while (reader.Read())
                {
                    if (reader.IsStartElement && reader.ElementType == typeof(CellText))
                    {
                        _ = reader.GetText();
                        values++;
                    }
                }
            }

            foreach (WorksheetPart sheet in workbook.WorksheetParts)
            {
                using OpenXmlReader reader = OpenXmlReader.Create(sheet);
                while (reader.Read())
                {
                    if (!reader.IsStartElement)
                    {
                        continue;
                    }

                    if (reader.ElementType == typeof(Cell))
                    {
                        _ = reader.Attributes.Count;
                    }
                    else if (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(CellText))
                    {
                        _ = reader.GetText();
                        values++;
                    }
                }
            }

            return values;
        }
    }
}
