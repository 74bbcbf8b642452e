using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// A record the boundary scan measured (bound through <see cref="MeasuredJsonReader"/>) binds as the same record read by
    /// the reader pass alone (bound through <see cref="Utf8JsonReader"/>): the same findings — rule, location with its
    /// pointer, line and column, message, value, arguments, in order —, the same reported pointers and the same document.
    /// Records of every kind with random mistakes (wrong types, blanks, unknown and repeated members, unknown codes…), some
    /// with escapes, four-byte characters and numbers in other forms written into them, as JSON arrays (some indented) and
    /// JSON Lines. The seed is fixed so that a run is repeatable.
    /// </summary>
    [Properties(Replay = "(6120394857736120111,2297331152083311913)")]
    public class MeasuredBindingTests
    {
        private static readonly string[] Spices = { "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\r", "\\b", "\\f", "𠀀", " " };

        private static readonly JsonWriterOptions Indented = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>A kind's base record number, and for each of a few records its mistakes and how its text is spiced.</summary>
        private static Gen<(int Base, int[][] Records, int Seed)> Files =>
            from baseIndex in Gen.Choose(0, MistakenRecords.BaseCount - 1)
            from count in Gen.Choose(1, 5)
            from records in Gen.ArrayOf(Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 100_000), 2 * n)), count)
            from seed in Gen.Choose(int.MinValue, int.MaxValue)
            select (baseIndex, records, seed);

        [Property(MaxTest = 200)]
        public Property A_measured_record_binds_as_the_same_record_read_by_the_reader_pass_alone() =>
            Prop.ForAll(Files.ToArbitrary(), file =>
            {
                var random = new Random(file.Seed);
                DocumentKind kind = MistakenRecords.Make(file.Base, Array.Empty<int>()).Kind;
                var texts = new List<string>();
                foreach (int[] choices in file.Records)
                {
                    string json = MistakenRecords.Make(file.Base, choices).Json;
                    texts.Add(Spiced(random.Next(3) == 0 ? Indent(json) : json, random));
                }

                Type type = DocumentShapes.For(kind).Type;
                byte[] array = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", texts) + "\n]");
                byte[] lines = Encoding.UTF8.GetBytes(string.Join("\n", texts.Select(t => t.Replace("\r", string.Empty).Replace("\n", string.Empty))) + "\n");
                int bufferSize = random.Next(64, 4096);
                var measured = new JsonRecordReader(new MemoryStream(array), new InputOptions { DisplayName = "f.json" }, bufferSize).Read()
                    .Concat(new JsonLinesRecordReader(new MemoryStream(lines), new InputOptions { DisplayName = "f.jsonl" }).Read()).ToList();
                var read = new JsonRecordReader(new MemoryStream(array), new InputOptions { DisplayName = "f.json" }, bufferSize) { ReaderPassOnly = true }.Read()
                    .Concat(new JsonLinesRecordReader(new MemoryStream(lines), new InputOptions { DisplayName = "f.jsonl" }) { ReaderPassOnly = true }.Read()).ToList();
                if (measured.Count != read.Count || read.Any(r => r.IsStrictJson))
                {
                    return false.Label("the records differ");
                }

                var differences = new List<string>();
                for (int i = 0; i < measured.Count; i++)
                {
                    if (measured[i].Utf8.IsEmpty)
                    {
                        continue;
                    }

                    string mine = Outcome(DocumentBinder.Bind(type, measured[i].Utf8.Span, measured[i], BindingDescription.AllRules));
                    string theirs = Outcome(DocumentBinder.Bind(type, read[i].Utf8.Span, read[i], BindingDescription.AllRules));
                    if (mine != theirs)
                    {
                        differences.Add($"record {i} ({measured[i].IsStrictJson}):\n  measured: {mine}\n  read:     {theirs}\n  {Encoding.UTF8.GetString(measured[i].Utf8.Span)}");
                    }
                }

                return (differences.Count == 0).Label(string.Join("\n", differences.Take(2)))
                    .Classify(measured.Any(r => r.IsStrictJson), "some records measured");
            });

        [Fact]
        public void The_generated_records_are_mostly_measured_and_bound_with_findings()
        {
            var random = new Random(33);
            int measured = 0, withFindings = 0, all = 0;
            for (int i = 0; i < 120; i++)
            {
                int[] choices = Enumerable.Range(0, 2 * random.Next(0, 6)).Select(_ => random.Next(0, 100_000)).ToArray();
                (DocumentKind kind, string json) = MistakenRecords.Make(i, choices);
                byte[] lines = Encoding.UTF8.GetBytes(Spiced(json, random) + "\n");
                foreach (SourceRecord record in new JsonLinesRecordReader(new MemoryStream(lines)).Read())
                {
                    all++;
                    if (record.IsStrictJson)
                    {
                        measured++;
                        withFindings += DocumentBinder.Bind(DocumentShapes.For(kind).Type, record.Utf8.Span, record, BindingDescription.AllRules).Findings.Count > 0 ? 1 : 0;
                    }
                }
            }

            Assert.True(measured > all / 2, $"{measured} of {all} measured");
            Assert.True(withFindings > measured / 3, $"{withFindings} of {measured} with findings");
        }

        /// <summary>The outcome with every part of every finding, the reported pointers and the document's canonical JSON.</summary>
        private static string Outcome(BindingOutcome outcome) =>
            string.Join(" ; ", outcome.Findings.Select(BindingDescription.Describe)) + " || " + string.Join(",", outcome.ReportedPointers) + " || " + BindingDescription.Canonical(outcome.Document);

        /// <summary>The record's text with escapes, four-byte characters, spaces and numbers in other forms put into some of its strings and values.</summary>
        private static string Spiced(string json, Random random)
        {
            var text = new StringBuilder();
            foreach (char c in json)
            {
                // A CJK character only ever stands inside a string: what is put before it keeps the JSON well formed.
                if (c >= '\u4e00' && c <= '\u9fff' && random.Next(25) == 0)
                {
                    text.Append(Spices[random.Next(Spices.Length)]);
                }

                text.Append(c);
            }

            string spiced = text.ToString();
            return random.Next(2) == 0 ? spiced : spiced.Replace(":123", ":1.23E+2").Replace(":-7", ":-7.0").Replace("\":1.5", "\":15e-1");
        }

        private static string Indent(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Indented))
            {
                document.RootElement.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
