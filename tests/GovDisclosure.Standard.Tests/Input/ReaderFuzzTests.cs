using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// Hostile input never crashes a reader: random bytes and damaged copies of the sample files (bytes
    /// flipped, inserted or deleted, the file cut short, a span repeated; for a workbook, one part's XML
    /// damaged inside a rewritten package) are either refused with the documented <see cref="InputException"/>
    /// or read to records that each are bound or unreadable with a location, numbered one by one.
    /// The seed is fixed so that a run is repeatable and the test suite's verdict does not depend on chance; to
    /// explore further, change the seed (or remove it) locally, and keep any input a new seed finds under Crashers/.
    /// </summary>
    [Properties(Replay = "(4395343795506907802,14937440367003341059)")]
    public class ReaderFuzzTests
    {
        private const int Cases = 500;

        private static readonly Lazy<byte[]> Json = Sample("county-catalogue-mistakes.json");
        private static readonly Lazy<byte[]> JsonLines = Sample("enforcement-disclosures.jsonl");
        private static readonly Lazy<byte[]> Csv = Sample("county-catalogue-gb18030.csv");
        private static readonly Lazy<byte[]> Xlsx = Sample("county-catalogue-mistakes.xlsx");

        /// <summary>The readers under test, each by the file name its input is given.</summary>
        public enum Reader
        {
            /// <summary><see cref="JsonRecordReader"/>.</summary>
            Json,

            /// <summary><see cref="JsonLinesRecordReader"/>.</summary>
            JsonLines,

            /// <summary><see cref="CsvRecordReader"/>.</summary>
            Csv,

            /// <summary><see cref="XlsxRecordReader"/>.</summary>
            Xlsx,

            /// <summary><see cref="SourceInput"/> over a stream with no name: the format is told from the content.</summary>
            SourceInput,
        }

        [Property(MaxTest = Cases)]
        public Property Random_bytes_are_refused_with_an_input_exception_or_read_to_accounted_records()
        {
            Gen<Reader> readers = Gen.Elements(Enum.GetValues<Reader>());
            return Prop.ForAll(readers.ToArbitrary(), Bytes(512).ToArbitrary(), (reader, bytes) => ReadsSafely(reader, bytes));
        }

        [Property(MaxTest = Cases)]
        public Property Random_bytes_behind_a_zip_or_json_start_are_refused_with_an_input_exception_or_read_to_accounted_records()
        {
            Gen<byte[]> starts = Gen.Elements(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "[{\""u8.ToArray(), "{\"entries\":["u8.ToArray(), "一级事项,二级事项,公开时限\n"u8.ToArray());
            Gen<Reader> readers = Gen.Elements(Enum.GetValues<Reader>());
            return Prop.ForAll(readers.ToArbitrary(), starts.ToArbitrary(), Bytes(256).ToArbitrary(), (reader, start, bytes) => ReadsSafely(reader, start.Concat(bytes).ToArray()));
        }

        [Property(MaxTest = Cases)]
        public Property A_damaged_json_file_is_refused_with_an_input_exception_or_read_to_accounted_records() =>
            Prop.ForAll(Mutations.ToArbitrary(), edits => ReadsSafely(Reader.Json, Apply(Json.Value, edits)));

        [Property(MaxTest = Cases)]
        public Property A_damaged_json_lines_file_is_refused_with_an_input_exception_or_read_to_accounted_records() =>
            Prop.ForAll(Mutations.ToArbitrary(), edits => ReadsSafely(Reader.JsonLines, Apply(JsonLines.Value, edits)));

        [Property(MaxTest = Cases)]
        public Property A_damaged_csv_file_is_refused_with_an_input_exception_or_read_to_accounted_records() =>
            Prop.ForAll(Mutations.ToArbitrary(), edits => ReadsSafely(Reader.Csv, Apply(Csv.Value, edits)));

        [Property(MaxTest = Cases)]
        public Property A_damaged_workbook_file_is_refused_with_an_input_exception_or_read_to_accounted_records() =>
            Prop.ForAll(Mutations.ToArbitrary(), edits => ReadsSafely(Reader.Xlsx, Apply(Xlsx.Value, edits)));

        [Property(MaxTest = Cases)]
        public Property A_workbook_with_one_damaged_part_is_refused_with_an_input_exception_or_read_to_accounted_records()
        {
            Gen<int> parts = Gen.Choose(0, 64);
            return Prop.ForAll(parts.ToArbitrary(), Mutations.ToArbitrary(), (part, edits) => ReadsSafely(Reader.Xlsx, WithDamagedPart(Xlsx.Value, part, edits)));
        }

        [Property(MaxTest = Cases)]
        public Property A_damaged_sample_opened_by_content_is_refused_with_an_input_exception_or_read_to_accounted_records()
        {
            Gen<byte[]> samples = Gen.Elements(Json.Value, JsonLines.Value, Csv.Value, Xlsx.Value);
            return Prop.ForAll(samples.ToArbitrary(), Mutations.ToArbitrary(), (sample, edits) => ReadsSafely(Reader.SourceInput, Apply(sample, edits)));
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public void Every_sample_reads_to_accounted_records(Reader reader, string file)
        {
            Assert.True(ReadsSafely(reader, File.ReadAllBytes(RepositoryFiles.PathOf("samples", "data", file))));
        }

        [Theory]
        [MemberData(nameof(Crashers))]
        public void An_input_that_once_crashed_a_reader_is_refused_with_an_input_exception_or_read_to_accounted_records(string file)
        {
            Reader reader = Path.GetExtension(file) switch
            {
                ".json" => Reader.Json,
                ".jsonl" => Reader.JsonLines,
                ".csv" => Reader.Csv,
                ".xlsx" => Reader.Xlsx,
                _ => Reader.SourceInput,
            };

            Assert.True(ReadsSafely(reader, File.ReadAllBytes(RepositoryFiles.PathOf("tests", "GovDisclosure.Standard.Tests", "Input", "Crashers", file))));
        }

        /// <summary>Inputs the properties found that once crashed a reader, read by the reader their extension names.</summary>
        public static TheoryData<string> Crashers() => new TheoryData<string>(
            Directory.EnumerateFiles(RepositoryFiles.PathOf("tests", "GovDisclosure.Standard.Tests", "Input", "Crashers")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

        /// <summary>The samples the damaged inputs start from, each with its reader.</summary>
        public static TheoryData<Reader, string> SampleFiles() => new TheoryData<Reader, string>
        {
            { Reader.Json, "county-catalogue-mistakes.json" },
            { Reader.JsonLines, "enforcement-disclosures.jsonl" },
            { Reader.Csv, "county-catalogue-gb18030.csv" },
            { Reader.Xlsx, "county-catalogue-mistakes.xlsx" },
            { Reader.SourceInput, "county-catalogue.json" },
        };

        /// <summary>
        /// Reads the bytes with the reader to the end. An <see cref="InputException"/> with a file in its location
        /// is a refusal and holds; any other exception escapes and fails the property with its input.
        /// </summary>
        internal static bool ReadsSafely(Reader reader, byte[] bytes)
        {
            SourceRecord[] records;
            bool wholeDocument;
            try
            {
                (IEnumerable<SourceRecord> read, wholeDocument) = Read(reader, bytes);
                records = read.ToArray();
            }
            catch (InputException refused)
            {
                return refused.Location.File != null && refused.Text.English.Length > 0 && refused.Text.Chinese.Length > 0;
            }

            return Accounted(records, wholeDocument);
        }

        /// <summary>
        /// Each record is bound (its JSON value; a value that is not an object is the validator's to report) or unreadable
        /// with a located reason — a line or row, or, for a whole-document input (a published report page or PDF, read as
        /// one record), the file itself; they are numbered 1, 2, 3…; only the last may stop reading.
        /// </summary>
        private static bool Accounted(IReadOnlyList<SourceRecord> records, bool wholeDocument)
        {
            for (int i = 0; i < records.Count; i++)
            {
                SourceRecord record = records[i];
                bool bound = !record.IsUnreadable && record.Content is JsonElement;
                bool located = record.IsUnreadable && record.Content is null && record.Origin.File != null
                    && (wholeDocument || record.Origin.Line != null || record.Origin.Row != null)
                    && record.ReadError!.English.Length > 0 && record.ReadError.Chinese.Length > 0;
                Assert.True(bound || located, $"Record {record.Number} ({i + 1} of {records.Count}) is neither a bound record nor a located unreadable record: {record.Content?.ValueKind} {record.Origin} {record.ReadError?.English}");
                Assert.True(record.Number == i + 1, $"Record {i + 1} of {records.Count} is numbered {record.Number}.");
                Assert.False(record.StopsReading && i != records.Count - 1, $"Record {i + 1} of {records.Count} stops reading but is not the last.");
            }

            return true;
        }

        /// <summary>The records, and whether the input was read as one whole document (a published report page or PDF).</summary>
        private static (IEnumerable<SourceRecord> Records, bool WholeDocument) Read(Reader reader, byte[] bytes)
        {
            var stream = new MemoryStream(bytes, writable: false);
            switch (reader)
            {
                case Reader.Json:
                    return (new JsonRecordReader(stream, new InputOptions { DisplayName = "fuzz.json" }).Read(), false);
                case Reader.JsonLines:
                    return (new JsonLinesRecordReader(stream, new InputOptions { DisplayName = "fuzz.jsonl" }).Read(), false);
                case Reader.Csv:
                    return (new CsvRecordReader(stream, new InputOptions { DisplayName = "fuzz.csv" }).Read(), false);
                case Reader.Xlsx:
                    return (new XlsxRecordReader(stream, new InputOptions { DisplayName = "fuzz.xlsx" }).Read(), false);
                default:
                    SourceInput input = SourceInput.Open(stream);
                    return (input.Records(), input.Format == InputFormat.Html || input.Format == InputFormat.Pdf);
            }
        }

        /// <summary>Up to <paramref name="most"/> random bytes.</summary>
        private static Gen<byte[]> Bytes(int most) =>
            Gen.Choose(0, most).SelectMany(length => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length));

        /// <summary>One to four edits, each a kind, a place and a length, both as fractions of the file (0–9999 ‱).</summary>
        private static Gen<Edit[]> Mutations =>
            Gen.Choose(1, 4).SelectMany(count => Gen.ArrayOf(
                from kind in Gen.Elements(Enum.GetValues<EditKind>())
                from at in Gen.Choose(0, 9999)
                from length in Gen.Choose(1, 64)
                from value in Gen.Choose(0, 255)
                select new Edit(kind, at, length, (byte)value),
                count));

        private static byte[] Apply(byte[] original, IEnumerable<Edit> edits)
        {
            var bytes = new List<byte>(original);
            foreach (Edit edit in edits)
            {
                int at = bytes.Count == 0 ? 0 : (int)((long)edit.At * bytes.Count / 10000);
                int length = Math.Min(edit.Length, bytes.Count - at);
                switch (edit.Kind)
                {
                    case EditKind.Flip when at < bytes.Count:
                        bytes[at] ^= (byte)(1 << (edit.Value % 8));
                        break;
                    case EditKind.Replace when at < bytes.Count:
                        bytes[at] = edit.Value;
                        break;
                    case EditKind.Insert:
                        bytes.InsertRange(at, Enumerable.Repeat(edit.Value, 1 + (edit.Length % 4)));
                        break;
                    case EditKind.Delete:
                        bytes.RemoveRange(at, length);
                        break;
                    case EditKind.Cut:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    case EditKind.Duplicate:
                        bytes.InsertRange(at, bytes.GetRange(at, length));
                        break;
                }
            }

            return bytes.ToArray();
        }

        /// <summary>The workbook rewritten in memory with the edits applied to one part (chosen by index, modulo the part count).</summary>
        private static byte[] WithDamagedPart(byte[] workbook, int part, IEnumerable<Edit> edits)
        {
            using var source = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
            ZipArchiveEntry[] entries = source.Entries.ToArray();
            int damaged = part % entries.Length;
            var output = new MemoryStream();
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                for (int i = 0; i < entries.Length; i++)
                {
                    byte[] content;
                    using (Stream entry = entries[i].Open())
                    using (var copy = new MemoryStream())
                    {
                        entry.CopyTo(copy);
                        content = copy.ToArray();
                    }

                    using Stream written = target.CreateEntry(entries[i].FullName).Open();
                    written.Write(i == damaged ? Apply(content, edits) : content);
                }
            }

            return output.ToArray();
        }

        private static Lazy<byte[]> Sample(string file) => new Lazy<byte[]>(() => File.ReadAllBytes(RepositoryFiles.PathOf("samples", "data", file)));

        /// <summary>How an edit damages the bytes.</summary>
        internal enum EditKind
        {
            Flip,
            Replace,
            Insert,
            Delete,
            Cut,
            Duplicate,
        }

        /// <summary>One edit: its kind, where (‱ of the file), how many bytes, and the byte it writes.</summary>
        internal sealed record Edit(EditKind Kind, int At, int Length, byte Value);
    }
}
