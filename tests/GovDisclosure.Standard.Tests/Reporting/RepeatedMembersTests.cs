using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The JSON and SARIF reports give a finding's rule-to-arguments members (and SARIF's message members) again as the bytes
    /// put together for an earlier finding of the same template with the same values (<see cref="RepeatedMembers"/>): the
    /// reports must be the bytes written member by member, for findings that repeat (the same templates and argument
    /// texts, as the same string objects or as equal strings of their own), that nearly repeat (one argument, the
    /// severity, the rule's id, the language's place differ), record by record with any status and accepted findings, in
    /// several files, then batch and coverage findings, indented by the report's writer. SARIF's locations are put together
    /// with the runs the same for a file's findings (<see cref="KeptRun"/>) and the qualified name's record number formatted
    /// to bytes: findings at repeating places (files, pointers as the same or equal strings, record numbers, related
    /// locations, pages and cells) give the bytes written member by member too. So do the JSON report's findings, whose start
    /// and location's start are put together once a file (<see cref="JsonFindingRuns"/>): at files named as the same strings,
    /// as equal strings of their own, by none, or by one only the writer escapes.
    /// </summary>
    public class RepeatedMembersTests
    {
        private static readonly RuleDescriptor[] Rules = RuleRegistry.All.Where(r => r.Messages.Count > 0).Take(3).ToArray();

        private static readonly string[] Words = { "有关部门", "公开主体", "x", "\u0027a\u0027", "<b>", "尽快", "\ud83d\ude00" };

        /// <summary>Argument texts that repeat: findings of a template with one of these say the same.</summary>
        private static readonly string[][] WordSets =
        {
            new[] { "有关部门", "公开主体", "x", "尽快" },
            new[] { "\u0027a\u0027", "<b>", "有关部门", "\ud83d\ude00" },
        };

        private static readonly string?[] FileNames = { "a.json", "数据/甲.json", "/tmp/x.jsonl" };

        /// <summary>A finding of one of a few templates, its arguments from a few words, each made a string of its own or not.</summary>
        private static Gen<Finding> Repeating => RepeatingAt(JsonFindingTests.Locations, Gen.Constant(Array.Empty<SourceLocation>()));

        /// <summary>A finding of one of a few templates as <see cref="Repeating"/>, at one of <paramref name="locations"/>, with related locations.</summary>
        private static Gen<Finding> RepeatingAt(Gen<SourceLocation> locations, Gen<SourceLocation[]> relatedLocations) =>
            from rule in Gen.Elements(Rules)
            from pick in Gen.Choose(0, 3)
            from severity in Gen.Elements(FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Information)
            from words in Gen.Frequency((4, Gen.Elements(WordSets)), (1, Gen.Elements(Words).ArrayOf(4)))
            from copied in Gen.Elements(true, false)
            from otherId in Gen.Elements(false, false, false, true)
            from location in locations
            from value in Gen.Elements(null, "有关部门", "v")
            from related in relatedLocations
            select Make(rule, pick, severity, words, copied, otherId, location, value, related);

        internal static Gen<Finding> Mixed => Gen.Frequency((6, Repeating), (1, JsonFindingTests.Findings));

        /// <summary>A record's number, status, findings and accepted findings, and which file it is in.</summary>
        internal static Gen<(int File, long Number, RecordStatus Status, Finding[] Findings, Finding[] Accepted)> Records =>
            from file in Gen.Choose(0, FileNames.Length - 1)
            from number in Gen.Choose(1, 100000)
            from status in Gen.Elements(RecordStatus.Valid, RecordStatus.WithFindings, RecordStatus.Unreadable)
            from findings in Mixed.ArrayOf()
            from accepted in Gen.Frequency((3, Gen.Constant(Array.Empty<Finding>())), (1, Mixed.ArrayOf()))
            select (file, (long)number, status, findings, accepted);

        [Property(MaxTest = 150)]
        public Property Reports_of_repeating_findings_are_the_reports_written_member_by_member()
        {
            return Prop.ForAll(Records.ArrayOf().ToArbitrary(), Mixed.ArrayOf().ToArbitrary(), Gen.Elements("zh", "en").ToArbitrary(), (records, batch, language) =>
            {
                var run = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, language, FindingSeverity.Error, DateTimeOffset.UnixEpoch);
                return JsonFindingTests.SameReports((sarif, putTogether) => JsonFindingTests.Report(sarif, putTogether, run, writer => Write(writer, records, batch)));
            });
        }

        /// <summary>Pointers that repeat (as the same strings or as equal strings of their own), with texts only the writer escapes.</summary>
        private static readonly string[] Pointers = { string.Empty, "/responsibleBody", "/channels/3", "/a\u0027b", "/<x>", "/有关部门", "/\ud83d\ude00", "/\ud800" };

        /// <summary>A place a record's finding names: its file (or none: the record's), a pointer from a few, a line and column or none, another record's number or none, sometimes a related location.</summary>
        private static Gen<SourceLocation> Places =>
            from named in Gen.Elements(FileNames.Concat(new string?[] { null, "a\ud800.json" }).ToArray())
            from fileCopied in Gen.Elements(false, false, true)
            from pointer in Gen.Frequency((6, Gen.Elements(Pointers)), (1, JsonFindingTests.Texts))
            from copied in Gen.Elements(true, false)
            let file = fileCopied && named != null ? new string(named.AsSpan()) : named
            from line in Gen.Frequency((3, Gen.Choose(1, 5000).Select(n => (long?)n)), (1, Gen.Constant((long?)null)))
            from column in Gen.Frequency((3, Gen.Choose(1, 500).Select(n => (long?)n)), (1, Gen.Constant((long?)null)))
            from record in Gen.Elements((long?)null, 1L, 7L, 99999L, -3L, long.MinValue)
            from page in Gen.Frequency((6, Gen.Constant((int?)null)), (1, Gen.Constant((int?)2)))
            from cell in Gen.Frequency((6, Gen.Constant((string?)null)), (1, Gen.Constant((string?)"B2")))
            select new SourceLocation
            {
                File = file, JsonPointer = copied ? new string(pointer.AsSpan()) : pointer, Line = line, Column = column,
                RecordNumber = record, Page = page, Cell = cell,
            };

        /// <summary>A finding of a few templates at one of a few places, sometimes with related locations.</summary>
        internal static Gen<Finding> AtPlaces =>
            RepeatingAt(Places, Gen.Frequency((5, Gen.Constant(Array.Empty<SourceLocation>())), (1, Places.ArrayOf())));

        [Property(MaxTest = 150)]
        public Property Reports_of_findings_at_repeating_places_are_the_reports_written_member_by_member()
        {
            Gen<(int File, long Number, RecordStatus Status, Finding[] Findings, Finding[] Accepted)> records =
                from file in Gen.Choose(0, FileNames.Length - 1)
                from number in Gen.Elements(1L, 2L, 7L, 123456789L)
                from status in Gen.Elements(RecordStatus.Valid, RecordStatus.WithFindings, RecordStatus.Unreadable)
                from findings in AtPlaces.ArrayOf()
                from accepted in Gen.Frequency((3, Gen.Constant(Array.Empty<Finding>())), (1, AtPlaces.ArrayOf()))
                select (file, number, status, findings, accepted);
            return Prop.ForAll(records.ArrayOf().ToArbitrary(), AtPlaces.ArrayOf().ToArbitrary(), Gen.Elements("zh", "en").ToArbitrary(), (written, batch, language) =>
            {
                var run = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, language, FindingSeverity.Error, DateTimeOffset.UnixEpoch);
                return JsonFindingTests.SameReports((sarif, putTogether) => JsonFindingTests.Report(sarif, putTogether, run, writer => Write(writer, written, batch)));
            });
        }

        /// <summary>The records in their files, then the batch's findings, as a run hands them to the report.</summary>
        internal static void Write(IReportWriter writer, (int File, long Number, RecordStatus Status, Finding[] Findings, Finding[] Accepted)[] records, Finding[] batch)
        {
            var files = FileNames.Select(name => new ReportFile(name!)).ToArray();
            foreach (ReportFile file in files)
            {
                writer.FileStarted(file);
            }

            foreach ((int File, long Number, RecordStatus Status, Finding[] Findings, Finding[] Accepted) record in records)
            {
                var source = SourceRecord.Unreadable(record.Number, new SourceLocation { File = FileNames[record.File] }, new BilingualText("甲", "a"));
                writer.Record(files[record.File], new RecordValidation(source, null, record.Status, record.Findings) { Accepted = record.Accepted });
            }

            writer.BatchFindings(batch);
            writer.Coverage(null!, batch.Take(3).ToArray(), batch.Skip(3).ToArray());
        }

        private static Finding Make(RuleDescriptor rule, int pick, FindingSeverity severity, string[] words, bool copied, bool otherId, SourceLocation location, string? value, SourceLocation[] related)
        {
            MessageTemplate template = rule.Messages[pick % rule.Messages.Count];
            FindingArgument[] arguments = template.Parameters.Select((name, i) =>
            {
                string zh = words[i % words.Length];
                string en = words[(i + 1) % words.Length];
                return copied ? new FindingArgument(new string(name.AsSpan()), new string(zh.AsSpan()), new string(en.AsSpan())) : new FindingArgument(name, zh, en);
            }).ToArray();
            string id = otherId ? "GD-TEST-001" : rule.Id;
            return new Finding(id, severity, rule.Category, location, template, arguments) { Value = value, RelatedLocations = related.Take(2).ToArray() };
        }
    }
}
