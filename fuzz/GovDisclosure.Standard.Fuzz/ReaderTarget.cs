using System;
using System.Collections.Generic;
using System.IO;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Fuzz
{
    /// <summary>One reader as a fuzz target: reads every record of the input; <see cref="InputException"/> is an answer, not a crash.</summary>
    internal static class ReaderTarget
    {
        /// <summary>The target named <paramref name="name"/> (json, jsonl, csv, xlsx, xls; html and pdf: a published annual report), or <c>null</c>.</summary>
        public static Action<Stream>? For(string name) => name switch
        {
            "json" => stream => Drain(() => new JsonRecordReader(Copy(stream), Options("fuzz.json")).Read()),
            "jsonl" => stream => Drain(() => new JsonLinesRecordReader(Copy(stream), Options("fuzz.jsonl")).Read()),
            "csv" => stream => Drain(() => new CsvRecordReader(Copy(stream), Options("fuzz.csv")).Read()),
            "xlsx" => stream => Drain(() =>
            {
                var records = new List<SourceRecord>();
                using var reader = new XlsxRecordReader(Copy(stream), Options("fuzz.xlsx"));
                records.AddRange(reader.Read());
                return records;
            }),
            "xls" => stream => Drain(() =>
            {
                var records = new List<SourceRecord>();
                using var reader = new XlsRecordReader(Copy(stream), Options("fuzz.xls"));
                records.AddRange(reader.Read());
                return records;
            }),
            "html" => stream => Report(stream, "fuzz.html"),
            "pdf" => stream => Report(stream, "fuzz.pdf"),
            _ => null,
        };

        private static InputOptions Options(string name) => new InputOptions { DisplayName = name };

        /// <summary>The readers want a seekable stream; AFL's input is copied to memory (inputs are small).</summary>
        private static MemoryStream Copy(Stream stream)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }

        /// <summary>A published annual report's page or PDF (<see cref="PublishedReportReader"/>): a report or a located refusal.</summary>
        private static void Report(Stream stream, string name)
        {
            try
            {
                PublishedReport report = PublishedReportReader.Read(Copy(stream), name);
                GC.KeepAlive(report);
            }
            catch (InputException refused) when (refused.Location.File != null)
            {
            }
        }

        private static void Drain(Func<IEnumerable<SourceRecord>> read)
        {
            try
            {
                foreach (SourceRecord record in read())
                {
                    if (record.IsUnreadable && (record.ReadError is null || record.Origin.File is null))
                    {
                        throw new InvalidOperationException($"record {record.Number} is unreadable without a located reason");
                    }
                }
            }
            catch (InputException refused) when (refused.Location.File != null)
            {
                // A refusal with a located, bilingual message is the documented answer to bad input.
            }
        }
    }
}
