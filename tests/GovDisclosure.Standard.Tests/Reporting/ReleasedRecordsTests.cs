using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Reporting;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// A run that gives its records back once reported (<c>RecordsReleasedOnceReported</c>, the tool's runs: a JSON or JSON
    /// Lines input's records in flight kept in slabs used again) reports exactly what a run that keeps every record's bytes reports:
    /// the same documents, findings, locations, statuses and counts, byte for byte, on any number of threads.
    /// </summary>
    public sealed class ReleasedRecordsTests
    {
        /// <summary>What is done to a sample entry: kept as it is, or changed so that a finding (located in its bytes) or a reading error follows.</summary>
        private enum Change
        {
            None,
            FieldLeftOut,
            UnknownCode,
            LongText,
            LargerThanASlabsShare,
            NotAnObject,
            UnreadableText,
        }

        private static readonly JsonArray Entries = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "data", "county-catalogue-mistakes.json")))!["entries"]!.AsArray();

        [Property(MaxTest = 25)]
        public Property A_run_that_gives_records_back_reports_the_same_bytes_as_one_that_keeps_them()
        {
            // Thousands of records, so that records read later are kept in slabs given back by earlier ones (a run reads up to
            // 2 × 2 × threads batches of 256 ahead).
            Gen<(int Entry, Change Change)[]> records = Gen.OneOf(Gen.Choose(0, 300), Gen.Choose(2000, 4000)).SelectMany(count =>
                Gen.ArrayOf(Gen.Zip(Gen.Choose(0, Entries.Count - 1), Gen.Frequency((20, Gen.Constant(Change.None)), (1, Gen.Elements(Enum.GetValues<Change>())))), count)
                    .Select(pairs => pairs.Select(p => (p.Item1, p.Item2)).ToArray()));
            Gen<(int Threads, ReportFormat Format, bool CutShort, bool Lines)> runs = Gen.Zip(Gen.Zip(Gen.Choose(1, 3), Gen.Elements(ReportFormat.Json, ReportFormat.Text, ReportFormat.Sarif)), Gen.Zip(Gen.Elements(false, true), Gen.Elements(false, true)))
                .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));
            return Prop.ForAll(records.ToArbitrary(), runs.ToArbitrary(), (entries, run) =>
            {
                string path = Path.Combine(Path.GetTempPath(), "govdisclosure-released-" + Guid.NewGuid().ToString("N") + (run.Lines ? ".jsonl" : ".json"));
                try
                {
                    File.WriteAllText(path, run.Lines ? JsonLines(entries, run.CutShort) : "{\"entries\": [\n" + string.Join(",\n", entries.Select((e, i) => Entry(e.Entry, e.Change, i))) + (run.CutShort ? ",\n{\"code\": " : "]}"));
                    string kept = Report(path, run.Threads, run.Format, released: false);
                    string released = Report(path, run.Threads, run.Format, released: true);
                    return (kept == released).Label(entries.Length + " entries, " + run);
                }
                finally
                {
                    File.Delete(path);
                }
            });
        }

        /// <summary>
        /// The entries as JSON Lines, one a line, a blank line after every 97th (blank lines are not records) and, when
        /// <paramref name="cutShort"/>, a last line that is not JSON.
        /// </summary>
        private static string JsonLines((int Entry, Change Change)[] entries, bool cutShort) =>
            string.Concat(entries.Select((e, i) => Entry(e.Entry, e.Change, i) + (i % 97 == 96 ? "\n\n" : "\n"))) + (cutShort ? "{\"code\": " : "");

        /// <summary>Sample entry <paramref name="index"/> as JSON, numbered <paramref name="number"/>, with <paramref name="change"/>.</summary>
        private static string Entry(int index, Change change, int number)
        {
            JsonNode entry = Entries[index]!.DeepClone();
            entry["sequenceNumber"] = (number + 1).ToString(CultureInfo.InvariantCulture);
            switch (change)
            {
                case Change.FieldLeftOut:
                    entry.AsObject().Remove("timeLimit");
                    break;
                case Change.UnknownCode:
                    entry["domain"] = "noSuchDomain";
                    break;
                case Change.LongText:
                    entry["responsibleBody"] = new string('部', 3000);
                    break;
                case Change.LargerThanASlabsShare:
                    entry["secondLevelItem"] = new string('x', RecordBytesRing.LargestRecord + 1);
                    break;
                case Change.NotAnObject:
                    return "[" + number.ToString(CultureInfo.InvariantCulture) + ", \"x\"]";
                case Change.UnreadableText:
                    return entry.ToJsonString().Replace("\"timeLimit\":", "\"note\": \"\\uD800\", \"timeLimit\":", StringComparison.Ordinal);
            }

            return entry.ToJsonString();
        }

        /// <summary>The report of one file, its start time set aside.</summary>
        private static string Report(string path, int threads, ReportFormat format, bool released)
        {
            var output = new MemoryStream();
            using (IReportWriter writer = ReportWriters.Create(format, output, ownsOutput: false))
            {
                var run = new ValidationRun(new ValidationRunOptions { MaxDegreeOfParallelism = threads, RecordsReleasedOnceReported = released });
                run.RunAsync(new[] { ValidationSource.FromFile(path) }, writer).GetAwaiter().GetResult();
            }

            return ParallelValidationTests.WithoutStartTime(Encoding.UTF8.GetString(output.ToArray()));
        }
    }
}
