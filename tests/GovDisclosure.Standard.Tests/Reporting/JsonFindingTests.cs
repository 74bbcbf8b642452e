using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;
using Xunit;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The JSON report puts each finding together as the writer's bytes (<see cref="RawMembers"/>) and writes it as one raw
    /// item: the report must be the bytes the writer writes member by member with its own escaping (the old path, kept as
    /// <see cref="WriterMembers"/> over a bare writer), for any finding — codes, messages from templates or as text,
    /// arguments, values, spans, locations with any of their fields, related locations, texts only the writer can escape
    /// (lone surrogates, non-ASCII characters to escape) — indented or not, again and again with the same writer.
    /// </summary>
    public class JsonFindingTests
    {
        private static readonly string[] Pieces = EscapedStringsTests.Pieces.Concat(new[] { "\ud83d", "\ude00", "GD-STR-001", "/a/0/b" }).ToArray();

        private static readonly FindingCategory[] Categories =
        {
            FindingCategory.Structure, FindingCategory.ValueSet, FindingCategory.Completeness, FindingCategory.Wording,
            FindingCategory.Timeliness, FindingCategory.Consistency,
        };

        private static readonly RuleDescriptor[] Rules = RuleRegistry.All.Where(r => r.Messages.Count > 0).ToArray();

        internal static Gen<string> Texts => Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p.Take(5)));

        private static Gen<string?> MaybeTexts => Gen.OneOf(Texts.Select(t => (string?)t), Gen.Constant((string?)null));

        private static Gen<long?> Numbers => Gen.OneOf(
            Gen.Constant((long?)null),
            Gen.Choose(-1000, 100000).Select(n => (long?)n),
            Gen.Elements(long.MaxValue, long.MinValue, 0L).Select(n => (long?)n));

        /// <summary>Files as a report names them (SARIF makes each a URI, which is not what is tested here).</summary>
        private static Gen<string?> Files => Gen.Elements(null, "a.json", "dir/b c.json", "/tmp/x.json", "数据/甲.json", "C:\\data\\d.jsonl");

        internal static Gen<SourceLocation> Locations =>
            from file in Files
            from record in Numbers
            from pointer in Texts
            from line in Numbers
            from column in Numbers
            from sheet in MaybeTexts
            from row in Numbers
            from cell in MaybeTexts
            from table in MaybeTexts
            from page in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(1, 500).Select(p => (int?)p))
            select new SourceLocation
            {
                File = file, RecordNumber = record, JsonPointer = pointer, Line = line, Column = column, Sheet = sheet,
                Row = row, Cell = cell, Table = table, RowLabel = sheet, ColumnLabel = cell, ElementPath = file, Page = page,
            };

        /// <summary>Findings of the registry's rules with their own templates, and of unknown rules with random wordings or texts.</summary>
        internal static Gen<Finding> Findings =>
            from known in Gen.Elements(true, false)
            from rule in Gen.Elements(Rules)
            from pick in Gen.Choose(0, 100)
            from id in Gen.OneOf(Gen.Elements("GD-STR-001", "GD-TEST-001"), Texts)
            from severity in Gen.Elements(FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Information)
            from category in Gen.Elements(Categories)
            from location in Locations
            from templated in Gen.Elements(true, false)
            from zh in Gen.OneOf(Texts, Gen.Elements("{{", "}}", "{field}", "{value}")).ArrayOf().Select(p => string.Concat(p.Take(6)))
            from en in Gen.OneOf(Texts, Gen.Elements("{{", "}}", "{field}", "{value}")).ArrayOf().Select(p => string.Concat(p.Take(6)))
            from arguments in Texts.ArrayOf()
            from value in MaybeTexts
            from span in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 99).Select(s => (int?)s))
            from related in Locations.ArrayOf()
            select Make(
                known ? rule.Id : id,
                severity,
                category,
                location,
                templated,
                known ? rule.Messages[pick % rule.Messages.Count] : new MessageTemplate("m", zh, en),
                new BilingualText(zh, en),
                arguments,
                value,
                span,
                related);

        [Property(MaxTest = 300)]
        public Property A_finding_put_together_is_what_the_writer_writes_of_it()
        {
            Gen<(Finding Finding, RecordStatus? Status, bool Accepted)> items =
                from finding in Findings
                from status in Gen.Elements((RecordStatus?)null, RecordStatus.Valid, RecordStatus.WithFindings, RecordStatus.Unreadable)
                from accepted in Gen.Elements(true, false)
                select (finding, status, accepted);
            return Prop.ForAll(items.ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (written, indented, chinese) =>
            {
                // The oracle: the writer alone, member by member, with its own escaping.
                string expected = Written(indented, (writer, item) =>
                    JsonFinding.Write(new WriterMembers(writer, null, null, null), item.Finding, item.Finding.Location.File, item.Finding.Location.RecordNumber, item.Status, item.Accepted, chinese, new EscapedMessages(new EscapedStrings(JsonFields.Encoder))), written);
                var strings = new EscapedStrings(JsonFields.Encoder);
                var codes = new EncodedCodes(JsonFields.Encoder);
                var messages = new EscapedMessages(strings);
                var raw = new RawMembers(strings, codes, messages);
                string actual = Written(indented, (writer, item) =>
                {
                    Assert.True(raw.Start(writer));
                    JsonFinding.Write(raw, item.Finding, item.Finding.Location.File, item.Finding.Location.RecordNumber, item.Status, item.Accepted, chinese, messages);
                    if (!raw.WrittenTo(writer))
                    {
                        JsonFinding.Write(new WriterMembers(writer, strings, codes, messages), item.Finding, item.Finding.Location.File, item.Finding.Location.RecordNumber, item.Status, item.Accepted, chinese, messages);
                    }
                }, written);
                return (expected == actual).Label(expected + "\n" + actual);
            });
        }

        [Property(MaxTest = 150)]
        public Property A_report_of_findings_put_together_is_the_report_written_member_by_member()
        {
            Gen<Finding[]> lists = Findings.ArrayOf();
            return Prop.ForAll(lists.ToArbitrary(), lists.ToArbitrary(), Gen.Elements("zh", "en").ToArbitrary(), (batch, accepted, language) =>
            {
                var run = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, language, FindingSeverity.Error, DateTimeOffset.UnixEpoch);
                return SameReports((sarif, putTogether) => Report(sarif, putTogether, run, writer =>
                {
                    writer.BatchFindings(batch);
                    writer.Coverage(null!, batch.Take(2).ToArray(), accepted);
                }));
            });
        }

        /// <summary>
        /// Whether the JSON and the SARIF reports put together are the reports written member by member, labelled with both:
        /// <paramref name="report"/> writes a report in SARIF or not, put together or not.
        /// </summary>
        internal static Property SameReports(Func<bool, bool, string> report)
        {
            bool same = true;
            string labels = string.Empty;
            foreach (bool sarif in new[] { false, true })
            {
                string expected = report(sarif, false);
                string actual = report(sarif, true);
                same &= expected == actual;
                labels += expected + "\n" + actual + "\n";
            }

            return same.Label(labels);
        }

        /// <summary>A whole JSON or SARIF report of the run, put together or written member by member, with what <paramref name="write"/> hands its writer between its start and its end.</summary>
        internal static string Report(bool sarif, bool putTogether, ReportRun run, Action<IReportWriter> write)
        {
            using var output = new MemoryStream();
            using (IReportWriter writer = sarif ? new SarifReportWriter(output, false, putTogether) : new JsonReportWriter(output, false, putTogether))
            {
                writer.Begin(run);
                write(writer);
                writer.End(new ValidationSummary(), 1);
            }

            return Encoding.UTF8.GetString(output.ToArray());
        }

        [Fact]
        public void A_finding_with_a_text_only_the_writer_escapes_is_written_by_the_writer()
        {
            var strings = new EscapedStrings(JsonFields.Encoder);
            var messages = new EscapedMessages(strings);
            var raw = new RawMembers(strings, new EncodedCodes(JsonFields.Encoder), messages);
            var finding = new Finding("GD-TEST-001", FindingSeverity.Warning, FindingCategory.Completeness, new SourceLocation { JsonPointer = "/a" }, new BilingualText("甲", "a")) { Value = "\ud800" };
            using var writer = new Utf8JsonWriter(new MemoryStream(), JsonFields.WriterOptions(true));
            writer.WriteStartArray();

            Assert.True(raw.Start(writer));
            JsonFinding.Write(raw, finding, null, 1, null, false, true, messages);

            Assert.True(raw.Failed);
            Assert.False(raw.WrittenTo(writer));
        }

        private static Finding Make(string rule, FindingSeverity severity, FindingCategory category, SourceLocation location, bool templated, MessageTemplate template, BilingualText text, string[] arguments, string? value, int? span, SourceLocation[] related)
        {
            if (!templated)
            {
                return new Finding(rule, severity, category, location, text) { Value = value, SpanStart = span, SpanLength = span, RelatedLocations = related.Take(2).ToArray() };
            }

            FindingArgument[] values = template.Parameters.Select((name, i) =>
            {
                string argument = arguments.Length == 0 ? "x" : arguments[i % arguments.Length];
                return new FindingArgument(name, argument, argument + "e");
            }).ToArray();
            return new Finding(rule, severity, category, location, template, values) { Value = value, SpanStart = span, RelatedLocations = related.Take(2).ToArray() };
        }

        /// <summary>The findings as the report writes them: items of an array in an object, something after it.</summary>
        private static string Written(bool indented, Action<Utf8JsonWriter, (Finding Finding, RecordStatus? Status, bool Accepted)> write, (Finding, RecordStatus?, bool)[] items)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(indented)))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("findings");
                foreach ((Finding, RecordStatus?, bool) item in items)
                {
                    write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteNumber("after", 1);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }
}
