using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Reporting
{
    /// <summary>
    /// The JSON and SARIF reports write their findings after the first past their <see cref="System.Text.Json.Utf8JsonWriter"/>,
    /// kept with the comma before each and written to the stream in runs (<see cref="StreamedFindings"/>): the reports must be
    /// the bytes written member by member, whatever the runs' size (a run of a few bytes writes the findings one by one, in
    /// between the writer's own writes: a finding only the writer can write, the batch's and coverage's findings, the end),
    /// whether the report ends or is disposed before its end (what was written by then is the same).
    /// </summary>
    public class StreamedFindingsTests
    {
        [Property(MaxTest = 150)]
        public Property Reports_written_past_the_writer_in_runs_of_any_size_are_the_reports_written_member_by_member()
        {
            Gen<(int File, long Number, RecordStatus Status, Finding[] Findings, Finding[] Accepted)> records =
                from file in Gen.Choose(0, 2)
                from number in Gen.Elements(1L, 2L, 7L, 123456789L)
                from status in Gen.Elements(RecordStatus.Valid, RecordStatus.WithFindings, RecordStatus.Unreadable)
                from findings in Gen.Frequency((2, RepeatedMembersTests.Mixed), (1, RepeatedMembersTests.AtPlaces)).ArrayOf()
                from accepted in Gen.Frequency((3, Gen.Constant(Array.Empty<Finding>())), (1, RepeatedMembersTests.AtPlaces.ArrayOf()))
                select (file, number, status, findings, accepted);
            Gen<(int Run, bool Ends)> runs =
                from run in Gen.Frequency((3, Gen.Choose(1, 600)), (1, Gen.Choose(1, 20000)), (1, Gen.Constant(StreamedFindings.DefaultRun)))
                from ends in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                select (run, ends);
            return Prop.ForAll(records.ArrayOf().ToArbitrary(), RepeatedMembersTests.Mixed.ArrayOf().ToArbitrary(), runs.ToArbitrary(), (written, batch, how) =>
            {
                (int run, bool ends) = how;
                var report = new ReportRun(new DisclosureValidator().RunInfo, RuleRegistry.All, "zh", FindingSeverity.Error, DateTimeOffset.UnixEpoch);
                bool same = true;
                string labels = $"run {run}, ends {ends}\n";
                foreach (bool sarif in new[] { false, true })
                {
                    string expected = Report(sarif, putTogether: false, StreamedFindings.DefaultRun, report, ends, writer => RepeatedMembersTests.Write(writer, written, batch));
                    string actual = Report(sarif, putTogether: true, run, report, ends, writer => RepeatedMembersTests.Write(writer, written, batch));
                    same &= expected == actual;
                    labels += expected + "\n" + actual + "\n";
                }

                return same.Label(labels);
            });
        }

        /// <summary>A whole JSON or SARIF report (or, <paramref name="ends"/> false, what it wrote when disposed before its end), its findings past the writer written in runs of <paramref name="streamedRun"/> bytes.</summary>
        private static string Report(bool sarif, bool putTogether, int streamedRun, ReportRun run, bool ends, Action<IReportWriter> write)
        {
            using var output = new MemoryStream();
            using (IReportWriter writer = sarif ? new SarifReportWriter(output, false, putTogether, streamedRun) : new JsonReportWriter(output, false, putTogether, streamedRun))
            {
                writer.Begin(run);
                write(writer);
                if (ends)
                {
                    writer.End(new ValidationSummary(), 1);
                }
            }

            return Encoding.UTF8.GetString(output.ToArray());
        }
    }
}
