using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Tests.Validation;
using Xunit;

namespace GovDisclosure.Standard.Tests.Input
{
    /// <summary>
    /// A checking thread hands the index it made of a record over with the record's result (<see cref="SourceRecord.DetachLocating"/>)
    /// and the thread that takes results in order adopts it (<see cref="SourceRecord.AdoptLocating"/>) before the pair rules
    /// locate their findings: whatever the checking thread located before, in whatever batches and on whichever thread, every
    /// location is the one a freshly read record gives, an index handed over still holds its record and is the one the
    /// taking thread looks the record up in, and a record located twice on its checking thread always hands its index over.
    /// </summary>
    public class RecordIndexHandOverTests
    {
        private static readonly string[] Names = { "\"a\"", "\"b\"", "\"名\"", "\"x/y\"", "\"0\"", "\"c d\"" };

        private static readonly string[] Extra = { "/zz", "/a/9", "/b/0/a", "/名/名", string.Empty };

        [Property(MaxTest = 200)]
        public Property Pair_rules_locate_in_the_index_handed_over_as_in_a_record_read_afresh()
        {
            // Each record: the picks of the pointers its checking thread locates (by one or together) and of those the pair
            // rules locate; each batch: its size and whether the taking thread checked it itself.
            Gen<int[]> picks = Gen.Choose(0, 1_000).ArrayOf().Select(p => p.Take(6).ToArray());
            Gen<(string Record, int[] Checked, bool Together, int[] Paired)> records =
                from record in Value(3).Where(v => v.StartsWith("{", StringComparison.Ordinal))
                from checkedPicks in picks
                from together in Gen.Elements(false, false, true)
                from paired in picks
                select (record, checkedPicks, together, paired);
            Gen<(int Size, bool Taker)[]> batches = Gen.Choose(1, 8).SelectMany(n => Gen.Elements(false, false, true).Select(t => (n, t))).ArrayOf().Where(b => b.Length > 0);
            return Prop.ForAll(records.ArrayOf().Where(r => r.Length > 0).Select(r => r.Take(12).ToArray()).ToArbitrary(), batches.ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (run, sizes, lines) =>
            {
                byte[] text = Encoding.UTF8.GetBytes(lines ? string.Join("\n", run.Select(r => r.Record)) + "\n" : "[\r\n  " + string.Join(",\r\n  ", run.Select(r => r.Record)) + "\r\n]\r\n");
                Func<SourceRecord[]> read = () => (lines
                    ? new JsonLinesRecordReader(new MemoryStream(text), new InputOptions { DisplayName = "r.jsonl" }).Read()
                    : new JsonRecordReader(new MemoryStream(text), new InputOptions { DisplayName = "r.json" }).Read()).ToArray();
                SourceRecord[] records = read();
                string[][] pointers = records.Select(r => JsonMemberOffsets.Of(r.Utf8.Span, default).Select(m => m.Key).Concat(Extra).ToArray()).ToArray();
                string[][] located = run.Select((r, i) => r.Checked.Select(p => pointers[i][p % pointers[i].Length]).ToArray()).ToArray();
                string[][] paired = run.Select((r, i) => r.Paired.Select(p => pointers[i][p % pointers[i].Length]).ToArray()).ToArray();

                // What a freshly read record gives for each pointer the pair rules locate: its first lookup, on a thread of its own.
                SourceLocation[][] expected = WorkerThread.Once(() => paired.Select((asked, i) => asked.Select(p => read()[i].Locate(p)).ToArray()).ToArray());
                using var checking = new WorkerThread();
                using var taking = new WorkerThread();
                var problems = new List<string>();
                int first = 0;
                for (int b = 0; first < records.Length; b++)
                {
                    (int size, bool taker) = sizes[b % sizes.Length];
                    int end = Math.Min(records.Length, first + size);
                    int from = first;

                    // The batch is checked (its findings located) on the checking thread, or on the taking thread itself, and each record's index detached.
                    Func<object?[]> check = () => Enumerable.Range(from, end - from).Select(i =>
                    {
                        if (run[i].Together && located[i].Length > 1)
                        {
                            records[i].Locate((IReadOnlyList<string>)located[i]);
                        }
                        else
                        {
                            Array.ForEach(located[i], p => records[i].Locate(p));
                        }

                        return records[i].DetachLocating();
                    }).ToArray();
                    object?[] handed = taker ? taking.Run(check) : checking.Run(check);

                    // The taking thread adopts each in order, then locates the pair rules' findings.
                    problems.AddRange(taking.Run(() => Enumerable.Range(from, end - from).SelectMany(i =>
                    {
                        var found = new List<string>();
                        var kept = (JsonRecordIndex?)handed[i - from];
                        if (located[i].Count(p => p.Length > 0) >= 2 && kept is null)
                        {
                            found.Add($"record {i}: located {located[i].Length} times, nothing handed over");
                        }

                        if (kept != null && !kept.Holds(records[i]))
                        {
                            found.Add($"record {i}: the index handed over holds another record");
                        }

                        records[i].AdoptLocating(kept);
                        for (int k = 0; k < paired[i].Length; k++)
                        {
                            if (records[i].Locate(paired[i][k]) != expected[i][k])
                            {
                                found.Add($"record {i}: {paired[i][k]} located otherwise than in a record read afresh");
                            }
                        }

                        if (kept != null && !ReferenceEquals(JsonRecordIndex.Detach(records[i]), kept))
                        {
                            found.Add($"record {i}: the index adopted is not the one the record was looked up in");
                        }

                        return found;
                    }).ToList()));
                    first = end;
                }

                return (problems.Count == 0).Label(Encoding.UTF8.GetString(text) + "\n" + string.Join("\n", problems));
            });
        }

        [Fact]
        public void Nothing_is_handed_over_for_a_record_not_indexed_on_the_thread()
        {
            byte[] text = Encoding.UTF8.GetBytes("{\"a\":1,\"b\":{\"c\":2}}\n{\"a\":3}\n");
            SourceRecord[] records = new JsonLinesRecordReader(new MemoryStream(text), new InputOptions { DisplayName = "r.jsonl" }).Read().ToArray();
            WorkerThread.Once(() =>
            {
                Assert.Null(records[0].DetachLocating());
                records[0].Locate("/b/c");
                Assert.Null(records[0].DetachLocating());
                records[0].Locate("/a");
                Assert.Null(records[1].DetachLocating());
                object? kept = records[0].DetachLocating();
                Assert.NotNull(kept);
                Assert.Null(records[0].DetachLocating());
                records[1].AdoptLocating(null);
                records[0].AdoptLocating(kept);
                Assert.Same(kept, records[0].DetachLocating());
                return 0;
            });
        }

        /// <summary>A JSON value <paramref name="depth"/> containers deep at most: objects of up to four members, arrays of up to three items.</summary>
        private static Gen<string> Value(int depth)
        {
            Gen<string> scalar = Gen.Elements("1", "\"s\"", "\"名\\n\"", "null", "true", "[]", "{}", "-2.5e3");
            if (depth == 0)
            {
                return scalar;
            }

            Gen<string> inner = Value(depth - 1);
            Gen<string> blank = Gen.Elements(string.Empty, " ");
            Gen<string> member = Gen.Elements(Names).SelectMany(name => blank.SelectMany(b => inner.Select(value => name + ":" + b + value)));
            Gen<string> array = inner.ArrayOf().Select(i => "[" + string.Join(",", i.Take(3)) + "]");
            Gen<string> obj = member.ArrayOf().Select(m => "{" + string.Join(", ", m.Take(4)) + "}");
            return Gen.Frequency((1, scalar), (1, array), (4, obj));
        }
    }
}
