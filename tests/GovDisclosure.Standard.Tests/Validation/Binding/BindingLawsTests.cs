using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Shapes;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Binding;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// What binding a record must not depend on, over generated records of every kind with random mistakes
    /// (<see cref="MistakenRecords"/>): how the record is written (escapes, comments, trailing commas, spacing), the order
    /// of its members, the rules kept, and what was bound before it (<see cref="BoundAlone"/>). Each law compares the
    /// findings (rule, severity, category, location, message, value, arguments), the pointers reported and the bound
    /// document's canonical JSON; where the record is written otherwise, the lines and columns are left out. What the binder
    /// gives for every sample, real document and file of generated mistakes is kept in golden files
    /// (<see cref="BindingGoldenTests"/>).
    /// </summary>
    public sealed class BindingLawsTests
    {
        /// <summary>A base record and up to eight mistakes to make in it, as <see cref="MistakenRecords.Make"/> takes them.</summary>
        private static Gen<(int Base, int[] Choices)> MistakenRecordChoices =>
            from baseIndex in Gen.Choose(0, MistakenRecords.BaseCount - 1)
            from count in Gen.Choose(0, 8)
            from choices in Gen.ArrayOf(Gen.Choose(0, 100_000), 2 * count)
            select (baseIndex, choices);

        /// <summary>A base record, its mistakes, and the choices of <see cref="WithRepeatedNames"/>.</summary>
        private static Gen<(int Base, int[] Choices, int[] Repeats)> RepeatedNameChoices =>
            from r in MistakenRecordChoices
            from count in Gen.Choose(1, 12)
            from repeats in Gen.ArrayOf(Gen.Choose(0, 100_000), count)
            select (r.Base, r.Choices, repeats);

        [Property(MaxTest = 300)]
        public Property A_record_written_with_escapes_comments_and_trailing_commas_binds_as_written_plainly()
        {
            return Prop.ForAll(MistakenRecordChoices.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                return SameWherever(kind, json, Exported(json));
            });
        }

        [Property(MaxTest = 300)]
        public Property A_record_with_names_given_twice_at_any_depth_binds_as_it_binds_written_with_comments_escapes_and_trailing_commas()
        {
            // An object that repeats a name is read again over its own bytes: comments, escapes and trailing commas
            // inside it (and the offsets of the values a finding shows) must read there as they read in the record.
            return Prop.ForAll(RepeatedNameChoices.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                string repeated = WithRepeatedNames(json, r.Repeats);
                return SameWherever(kind, repeated, Exported(repeated, commentsInObjects: true));
            });
        }

        [Property(MaxTest = 300)]
        public Property A_record_with_its_members_in_any_order_at_any_depth_gives_the_same_findings_and_document()
        {
            // The binder first guesses the member that followed the one before last time; the cases run one after another,
            // so each record meets guesses its predecessors left. A name given twice is left in its place (the later value
            // is the one kept, so their order is part of what the record says). A field no schema defines is kept as it is
            // written, so the documents are compared with the members of each object in order of their names.
            Gen<(int Base, int[] Choices, int Seed)> inputs =
                from r in MistakenRecordChoices
                from seed in Gen.Choose(int.MinValue, int.MaxValue)
                select (r.Base, r.Choices, seed);
            return Prop.ForAll(inputs.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                string reordered = WithMembersReordered(json, new Random(r.Seed));
                (string[] findings, string reported, string document) = Bound(kind, json, BindingDescription.AllRules, WhereverAsWrittenIn(json));
                (string[] findingsReordered, string reportedReordered, string documentReordered) = Bound(kind, reordered, BindingDescription.AllRules, WhereverAsWrittenIn(reordered));
                document = MembersInOrderOfName(document);
                documentReordered = MembersInOrderOfName(documentReordered);
                bool same = findings.OrderBy(f => f, StringComparer.Ordinal).SequenceEqual(findingsReordered.OrderBy(f => f, StringComparer.Ordinal))
                    && reported == reportedReordered && document == documentReordered;
                return same.Label(json + "\nreordered:\n" + reordered + "\n" + Differences(findings, findingsReordered, reported, reportedReordered, document, documentReordered));
            });
        }

        [Property(MaxTest = 300)]
        public Property A_record_bound_under_some_rules_gives_those_rules_findings_and_the_same_document_and_reported_pointers()
        {
            Gen<(int Base, int[] Choices, int Kept)> inputs =
                from r in MistakenRecordChoices
                from kept in Gen.Choose(0, (1 << BindingDescription.BinderRules.Count) - 1)
                select (r.Base, r.Choices, kept);
            return Prop.ForAll(inputs.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                var rules = new HashSet<string>(BindingDescription.BinderRules.Where((_, i) => (r.Kept & (1 << i)) != 0), StringComparer.Ordinal);
                (string[] all, string reportedAll, string documentAll) = Bound(kind, json, BindingDescription.AllRules, BindingDescription.Describe);
                (string[] some, string reportedSome, string documentSome) = Bound(kind, json, rules, BindingDescription.Describe);
                string[] expected = all.Where(f => rules.Contains(f.Substring(0, f.IndexOf(' ', StringComparison.Ordinal)))).ToArray();
                bool same = some.SequenceEqual(expected) && reportedSome == reportedAll && documentSome == documentAll;
                return same.Label(json + "\nrules: " + string.Join(",", rules) + "\n" + Differences(expected, some, reportedAll, reportedSome, documentAll, documentSome));
            });
        }

        [Property(MaxTest = 150)]
        public Property Records_bound_one_after_another_under_any_rules_each_bind_as_they_bind_alone()
        {
            // Few bases and few mistakes, so that records repeat their texts and lists, mistaken ones too.
            Gen<(int Base, int[] Choices, bool Rules)[]> sequences = Gen.Choose(2, 10).SelectMany(count => Gen.ArrayOf(
                from baseIndex in Gen.Choose(0, MistakenRecords.BaseCount - 1)
                from mistakes in Gen.Choose(0, 2)
                from choices in Gen.ArrayOf(Gen.Choose(0, 60), 2 * mistakes)
                from rules in Gen.Elements(true, false)
                select (baseIndex, choices, rules),
                count));
            return Prop.ForAll(sequences.ToArbitrary(), sequence =>
            {
                int number = 0;
                foreach ((int baseIndex, int[] choices, bool rules) in sequence)
                {
                    (DocumentKind kind, string json) = MistakenRecords.Make(baseIndex, choices);
                    using JsonDocument document = JsonDocument.Parse(json);
                    var record = new SourceRecord(++number, document.RootElement, new SourceLocation { File = "records.json" });
                    if (BoundAlone.Difference(kind, record, rules ? BindingDescription.AllRules : new HashSet<string>()) is string difference)
                    {
                        return false.Label(json + "\n" + difference);
                    }
                }

                return true.ToProperty();
            });
        }

        /// <summary>How a record binds written plainly and written otherwise: the same but for lines and columns.</summary>
        private static Property SameWherever(DocumentKind kind, string plain, string? written)
        {
            if (written is null)
            {
                return true.ToProperty().Classify(true, "not written otherwise");
            }

            (string[] findings, string reported, string document) = Bound(kind, plain, BindingDescription.AllRules, WhereverAsWrittenIn(plain));
            (string[] findingsWritten, string reportedWritten, string documentWritten) = Bound(kind, written, BindingDescription.AllRules, WhereverAsWrittenIn(written));
            bool same = findings.SequenceEqual(findingsWritten) && reported == reportedWritten && document == documentWritten;
            return same.Label(plain + "\nwritten:\n" + written + "\n" + Differences(findings, findingsWritten, reported, reportedWritten, document, documentWritten))
                .Classify(findings.Length > 0, "with findings");
        }

        /// <summary>
        /// A finding described without its line and column (<see cref="BindingDescription.DescribeWherever"/>); one that
        /// shows an object or list as written in <paramref name="text"/> (a value of the wrong type) says only that its value
        /// is a piece of that text (cut where the finding cuts it), and leaves the value out of its message's arguments.
        /// </summary>
        private static Func<Finding, string> WhereverAsWrittenIn(string text) => finding =>
        {
            if (finding.Value is not string shown || !(shown.StartsWith('{') || shown.StartsWith('[')))
            {
                return BindingDescription.DescribeWherever(finding);
            }

            int cut = shown.IndexOf('…', StringComparison.Ordinal);
            string piece = cut < 0 ? shown : shown.Substring(0, cut);
            return string.Join(
                " | ",
                finding.RuleId,
                finding.Severity,
                finding.Category,
                finding.Location.JsonPointer,
                finding.MessageId,
                text.Contains(piece, StringComparison.Ordinal) ? "(a value as written in the record)" : "(a value that is not in the record: " + shown + ")",
                string.Join(";", finding.Arguments.Where(a => a.Name != "value").Select(a => a.Name + "=" + a.Value.Chinese + "/" + a.Value.English)));
        };

        /// <summary>
        /// How the validator binds <paramref name="json"/> read from a file (kept as its bytes, located by the reader, as the
        /// validator binds a record): findings described by <paramref name="describe"/>, reported pointers, the document's
        /// canonical JSON.
        /// </summary>
        private static (string[] Findings, string Reported, string Document) Bound(DocumentKind kind, string json, ISet<string> rules, Func<Finding, string> describe)
        {
            // In an array, as exports hold records: an object alone might be read as a wrapper of the records in its lists.
            var reader = new JsonRecordReader(new MemoryStream(Encoding.UTF8.GetBytes("[\n" + json + "\n]")), new InputOptions { DisplayName = "record.json" });
            SourceRecord record = reader.Read().Single();
            if (record.Content is not JsonElement content)
            {
                return (new[] { "unreadable: " + record.ReadError }, string.Empty, string.Empty);
            }

            Type type = DocumentShapes.For(kind).Type;
            BindingOutcome outcome = record.Utf8.IsEmpty
                ? DocumentBinder.Bind(type, content, record.Locate, rules)
                : DocumentBinder.Bind(type, record.Utf8.Span, record, rules);
            return (
                outcome.Findings.Select(describe).ToArray(),
                string.Join(",", outcome.ReportedPointers.OrderBy(p => p, StringComparer.Ordinal)),
                BindingDescription.Canonical(outcome.Document));
        }

        private static string Differences(string[] findings, string[] other, string reported, string otherReported, string document, string otherDocument)
        {
            var text = new StringBuilder();
            foreach (string f in findings.Except(other))
            {
                text.Append("  only first:  ").Append(f).Append('\n');
            }

            foreach (string f in other.Except(findings))
            {
                text.Append("  only second: ").Append(f).Append('\n');
            }

            if (findings.Length != other.Length)
            {
                text.Append($"  {findings.Length} findings against {other.Length}\n");
            }

            if (reported != otherReported)
            {
                text.Append("  reported: ").Append(reported).Append("\n  against:  ").Append(otherReported).Append('\n');
            }

            if (document != otherDocument)
            {
                text.Append("  document: ").Append(document).Append("\n  against:  ").Append(otherDocument).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>
        /// The record as many systems export it: every character outside ASCII written as \uXXXX, a comment before it,
        /// trailing commas, and with <paramref name="commentsInObjects"/> a comment at the start of every object and a line
        /// comment after every list; <c>null</c> when the record cannot be written so (a value no writer writes).
        /// </summary>
        private static string? Exported(string json, bool commentsInObjects = false)
        {
            try
            {
                using JsonDocument plain = JsonDocument.Parse(json);
                string written = JsonSerializer.Serialize(plain.RootElement).Replace("\"}", "\",}").Replace("\"]", "\",]");
                if (commentsInObjects)
                {
                    written = written.Replace("{\"", "{ /* 对象 */ \"").Replace("],\"", "], // 下一项\n\"");
                }

                return "/* exported */ " + written;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>The JSON text with the members of each of its objects, at any depth, in the ordinal order of their names.</summary>
        private static string MembersInOrderOfName(string json)
        {
            if (json == "(none)")
            {
                return json;
            }

            static JsonNode? Sorted(JsonNode? node) => node switch
            {
                JsonObject o => new JsonObject(o.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, Sorted(m.Value)))),
                JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
                _ => node?.DeepClone(),
            };

            return Sorted(JsonNode.Parse(json))!.ToJsonString();
        }

        /// <summary>The record with the members of each of its objects, at any depth, in an order <paramref name="random"/> chooses (often kept); a name given twice keeps its place.</summary>
        private static string WithMembersReordered(string json, Random random)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteReordered(document.RootElement, writer, random);
            }

            return Encoding.UTF8.GetString(output.WrittenSpan);
        }

        private static void WriteReordered(JsonElement element, Utf8JsonWriter writer, Random random)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    List<JsonProperty> members = element.EnumerateObject().ToList();
                    bool repeats = members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() < members.Count;
                    if (!repeats && random.Next(3) != 0)
                    {
                        members = members.OrderBy(_ => random.Next()).ToList();
                    }

                    writer.WriteStartObject();
                    foreach (JsonProperty member in members)
                    {
                        writer.WritePropertyName(member.Name);
                        WriteReordered(member.Value, writer, random);
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        WriteReordered(item, writer, random);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }

        /// <summary>
        /// The record with, in some of its objects at any depth (in lists too, counted in document order), a member given
        /// again — first, in the middle or last, with its own value or another member's, once or twice — or an unknown
        /// member given twice, as <paramref name="repeats"/> choose.
        /// </summary>
        private static string WithRepeatedNames(string json, int[] repeats)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                int objects = 0;
                WriteRepeating(document.RootElement, writer, repeats, ref objects);
            }

            return Encoding.UTF8.GetString(output.WrittenSpan);
        }

        private static void WriteRepeating(JsonElement element, Utf8JsonWriter writer, int[] repeats, ref int objects)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    int choice = repeats[objects++ % repeats.Length];
                    List<JsonProperty> members = element.EnumerateObject().ToList();
                    bool repeat = choice % 3 == 0 && members.Count > 0;
                    int which = members.Count == 0 ? 0 : (choice / 3) % members.Count;
                    int where = (choice / 7) % (members.Count + 1);
                    writer.WriteStartObject();
                    for (int i = 0; i <= members.Count; i++)
                    {
                        if (repeat && i == where)
                        {
                            for (int times = 0; times < 1 + ((choice / 11) % 2); times++)
                            {
                                writer.WritePropertyName(members[which].Name);
                                (((choice / 13) % 2 == 0) ? members[which] : members[(which + 1) % members.Count]).Value.WriteTo(writer);
                            }
                        }

                        if (choice % 3 == 1 && i == where)
                        {
                            writer.WriteString("附加说明", "一");
                            writer.WriteString("附加说明", "二");
                        }

                        if (i < members.Count)
                        {
                            writer.WritePropertyName(members[i].Name);
                            WriteRepeating(members[i].Value, writer, repeats, ref objects);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        WriteRepeating(item, writer, repeats, ref objects);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
