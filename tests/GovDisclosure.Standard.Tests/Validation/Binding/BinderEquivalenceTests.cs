using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Tests.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation.Binding
{
    /// <summary>
    /// The single-pass binder gives what the former binder (kept here as the oracle) gave: the same
    /// findings with the same pointers, lines, columns, cells, values and messages, the same reported
    /// pointers, and a bound document with the same canonical JSON — for every sample, every real
    /// document, generated files, and generated records with random mistakes.
    /// </summary>
    public sealed class BinderEquivalenceTests
    {
        public static IEnumerable<object[]> Inputs()
        {
            string root = RepositoryFiles.Root;
            IEnumerable<object[]> tables = Directory.EnumerateFiles(Path.Combine(root, "tests", "RealDocuments"), "*.*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".csv", StringComparison.Ordinal) || p.EndsWith(".xlsx", StringComparison.Ordinal))
                .Select(p => new object[] { Path.GetRelativePath(root, p).Replace('\\', '/') });
            return ReportRuns.Inputs().Concat(tables).OrderBy(i => (string)i[0], StringComparer.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Every_record_of_a_sample_or_real_document_binds_as_the_former_binder_bound_it(string relativePath)
        {
            SourceInput input = SourceInput.Open(RepositoryFiles.PathOf(relativePath.Split('/')));
            var differences = new List<string>();
            int records = 0;
            foreach (SourceRecord record in input.Records())
            {
                differences.AddRange(BinderOracle.Differences(input.Kind, record));
                records++;
            }

            Assert.True(records > 0, relativePath + " has no records");
            Assert.True(differences.Count == 0, relativePath + ":\n" + string.Join("\n", differences.Take(10)));
        }

        [Theory]
        [InlineData("json")]
        [InlineData("jsonl")]
        public void A_generated_file_of_records_with_mistakes_binds_as_the_former_binder_bound_it_with_the_same_lines_and_columns(string format)
        {
            string folder = Path.Combine(Path.GetTempPath(), "binder-equivalence-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var differences = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach ((DocumentKind kind, string path, int count) in MistakenRecordFiles.Write(folder, format))
                {
                    SourceInput input = SourceInput.Open(path, new InputOptions { Kind = kind });
                    int records = 0;
                    foreach (SourceRecord record in input.Records())
                    {
                        differences.AddRange(BinderOracle.Differences(kind, record).Select(d => kind.Code + ": " + d));
                        seen.UnionWith(new DisclosureValidator().ValidateRecord(kind, record).Findings.Select(f => f.RuleId));
                        records++;
                    }

                    Assert.Equal(count, records);
                }

                Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));

                // The mistakes reach every finding the binder makes, so the comparison is not of clean records only.
                string[] binderRules =
                {
                    RuleDescriptors.WrongType.Id, RuleDescriptors.AdditionalField.Id, RuleDescriptors.DuplicateField.Id, RuleDescriptors.MissingMember.Id,
                    RuleDescriptors.UnknownCode.Id, RuleDescriptors.UnknownChannel.Id, RuleDescriptors.UnreadableDate.Id, RuleDescriptors.NonCanonicalForm.Id,
                };
                Assert.Empty(binderRules.Except(seen));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        /// <summary>A base record and up to eight mistakes to make in it, as <c>MistakenRecords.Make</c> takes them.</summary>
        private static Gen<(int Base, int[] Choices)> MistakenRecordChoices =>
            from baseIndex in Gen.Choose(0, MistakenRecords.BaseCount - 1)
            from count in Gen.Choose(0, 8)
            from choices in Gen.ArrayOf(Gen.Choose(0, 100_000), 2 * count)
            select (baseIndex, choices);

        [Property(MaxTest = 300)]
        public Property A_record_with_random_mistakes_binds_as_the_former_binder_bound_it()
        {
            return Prop.ForAll(MistakenRecordChoices.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                using JsonDocument document = JsonDocument.Parse(json);
                var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "record.json" });
                IReadOnlyList<string> differences = BinderOracle.Differences(kind, record);
                return differences.Count == 0 ? true.ToProperty() : false.Label(json + "\n" + string.Join("\n", differences));
            });
        }

        [Property(MaxTest = 200)]
        public Property A_record_with_escaped_text_comments_and_trailing_commas_binds_as_the_former_binder_bound_it()
        {
            return Prop.ForAll(MistakenRecordChoices.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                string escaped;
                try
                {
                    // Every character outside ASCII written as \uXXXX (as many systems export), a comment and trailing commas.
                    using JsonDocument plain = JsonDocument.Parse(json);
                    escaped = "/* exported */ " + JsonSerializer.Serialize(plain.RootElement).Replace("\"}", "\",}").Replace("\"]", "\",]");
                }
                catch (InvalidOperationException)
                {
                    return true.ToProperty();
                }

                using JsonDocument document = JsonDocument.Parse(escaped, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "record.json" });
                IReadOnlyList<string> differences = BinderOracle.Differences(kind, record);
                return differences.Count == 0 ? true.ToProperty() : false.Label(escaped + "\n" + string.Join("\n", differences));
            });
        }

        /// <summary>A base record, its mistakes, and the choices of <see cref="WithRepeatedNames"/>.</summary>
        private static Gen<(int Base, int[] Choices, int[] Repeats)> RepeatedNameChoices =>
            from r in MistakenRecordChoices
            from count in Gen.Choose(1, 12)
            from repeats in Gen.ArrayOf(Gen.Choose(0, 100_000), count)
            select (r.Base, r.Choices, repeats);

        [Property(MaxTest = 300)]
        public Property A_record_with_member_names_given_more_than_once_at_any_depth_binds_as_the_former_binder_bound_it()
        {
            return Prop.ForAll(RepeatedNameChoices.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                string repeated = WithRepeatedNames(json, r.Repeats);
                using JsonDocument document = JsonDocument.Parse(repeated);
                var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "record.json" });
                IReadOnlyList<string> differences = BinderOracle.Differences(kind, record);
                return differences.Count == 0 ? true.ToProperty() : false.Label(repeated + "\n" + string.Join("\n", differences));
            });
        }

        [Property(MaxTest = 200)]
        public Property A_record_with_names_given_twice_comments_escapes_and_trailing_commas_binds_as_the_former_binder_bound_it()
        {
            // An object that repeats a name is read again over its own bytes: comments, escapes and trailing commas
            // inside it (and the offsets of the values a finding shows) must read there as they read in the record.
            return Prop.ForAll(RepeatedNameChoices.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                string written;
                try
                {
                    using JsonDocument repeated = JsonDocument.Parse(WithRepeatedNames(json, r.Repeats));
                    written = "/* exported */ " + JsonSerializer.Serialize(repeated.RootElement)
                        .Replace("{\"", "{ /* 对象 */ \"").Replace("\"}", "\",}").Replace("\"]", "\",]").Replace("],\"", "], // 下一项\n\"");
                }
                catch (InvalidOperationException)
                {
                    return true.ToProperty();
                }

                using JsonDocument document = JsonDocument.Parse(written, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "record.json" });
                IReadOnlyList<string> differences = BinderOracle.Differences(kind, record);
                return differences.Count == 0 ? true.ToProperty() : false.Label(written + "\n" + string.Join("\n", differences));
            });
        }

        [Property(MaxTest = 300)]
        public Property A_record_with_its_members_in_any_order_at_any_depth_binds_as_the_former_binder_bound_it()
        {
            // The binder first guesses the member that followed the one before last time; the cases run one after another,
            // so each record meets guesses its predecessors left.
            Gen<(int Base, int[] Choices, int Seed)> inputs =
                from r in MistakenRecordChoices
                from seed in Gen.Choose(int.MinValue, int.MaxValue)
                select (r.Base, r.Choices, seed);
            return Prop.ForAll(inputs.ToArbitrary(), r =>
            {
                (DocumentKind kind, string json) = MistakenRecords.Make(r.Base, r.Choices);
                string reordered = WithMembersReordered(json, new Random(r.Seed));
                using JsonDocument document = JsonDocument.Parse(reordered);
                var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "record.json" });
                IReadOnlyList<string> differences = BinderOracle.Differences(kind, record);
                return differences.Count == 0 ? true.ToProperty() : false.Label(reordered + "\n" + string.Join("\n", differences));
            });
        }

        /// <summary>The record with the members of each of its objects, at any depth, in an order <paramref name="random"/> chooses (often kept).</summary>
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
                    if (random.Next(3) != 0)
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

        [Fact]
        public void With_only_some_rules_enabled_the_two_binders_keep_the_same_findings_and_report_the_same_pointers()
        {
            (DocumentKind kind, string json) = MistakenRecords.Make(0, new[] { 3, 1, 40, 5, 7, 2, 11, 19 });
            using JsonDocument document = JsonDocument.Parse(json);
            var record = new SourceRecord(1, document.RootElement, new SourceLocation { File = "record.json" });

            Assert.Empty(BinderOracle.Differences(kind, record, new HashSet<string>(StringComparer.Ordinal)));
            Assert.Empty(BinderOracle.Differences(kind, record, new HashSet<string>(StringComparer.Ordinal) { "GD-STR-008" }));
        }
    }
}
