using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Validation.AnnualReports;
using Xunit;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// A checking thread hands a report's values over with its result (<see cref="ReportValues.Detach"/>) and the thread
    /// that takes results in order adopts them (<see cref="ReportValues.Adopt"/>): whatever reports were read before, in
    /// whatever batches, each handed-over instance still holds its own report when adopted, is what that thread's
    /// <see cref="ReportValues.Of"/> gives for the report, and has the values a fresh reading gives.
    /// </summary>
    public class ReportValuesHandOverTests
    {
        [Property(MaxTest = 200)]
        public Property Values_handed_over_are_the_reports_own_and_are_not_read_again()
        {
            // Each report: whether the checking thread read its values (a rule asked), and the batch it is checked in.
            Gen<(AnnualReport Report, bool Read)[]> reports =
                (from report in ReportLayoutTests.Reports
                 from read in Gen.Elements(true, true, true, false)
                 select (report, read)).ArrayOf().Where(a => a.Length > 0);
            Gen<int> batch = Gen.Choose(1, 8);
            return Prop.ForAll(reports.ToArbitrary(), batch.ToArbitrary(), (run, batchSize) =>
            {
                // What a fresh reading gives, on a thread of its own.
                string[] expected = WorkerThread.Once(() => run.Select(r => ReportValuesReuseTests.Snapshot(ReportValues.Of(r.Report))).ToArray());
                using var checking = new WorkerThread();
                using var taking = new WorkerThread();
                var problems = new List<string>();
                for (int first = 0; first < run.Length; first += batchSize)
                {
                    int end = Math.Min(run.Length, first + batchSize);

                    // The checking thread checks the batch (reading the values when a rule asks) and hands each over.
                    ReportValues?[] handed = checking.Run(() => Enumerable.Range(first, end - first).Select(i =>
                    {
                        if (run[i].Read)
                        {
                            ReportValues.Of(run[i].Report);
                        }

                        return ReportValues.Detach(run[i].Report);
                    }).ToArray());

                    // The taking thread adopts them in order, then reads the report's values as the region summaries do.
                    problems.AddRange(taking.Run(() => Enumerable.Range(first, end - first).SelectMany(i =>
                    {
                        ReportValues? values = handed[i - first];
                        var found = new List<string>();
                        if (run[i].Read != (values != null))
                        {
                            found.Add($"report {i}: read {run[i].Read}, handed over {values != null}");
                        }

                        if (values != null && !ReferenceEquals(values.Report, run[i].Report))
                        {
                            found.Add($"report {i}: the values handed over hold another report");
                        }

                        ReportValues.Adopt(values);
                        ReportValues taken = ReportValues.Of(run[i].Report);
                        if (values != null && !ReferenceEquals(taken, values))
                        {
                            found.Add($"report {i}: the values adopted are not the ones the thread gives");
                        }

                        if (ReportValuesReuseTests.Snapshot(taken) != expected[i])
                        {
                            found.Add($"report {i}: values differ from a fresh reading");
                        }

                        return found;
                    }).ToList()));
                }

                return (problems.Count == 0).Label(string.Join("\n", problems));
            });
        }

        [Fact]
        public void Nothing_is_handed_over_for_a_report_the_thread_did_not_read_nor_for_another_document()
        {
            var read = new AnnualReport { Format = AnnualReportFormat.Format2021, Applications = new ApplicationTable() };
            var other = new AnnualReport { Format = read.Format, Applications = read.Applications };
            WorkerThread.Once(() =>
            {
                ReportValues.Of(read);
                Assert.Null(ReportValues.Detach(other));
                Assert.Null(ReportValues.Detach("not a report"));
                Assert.Null(ReportValues.Detach(null));
                ReportValues? values = ReportValues.Detach(read);
                Assert.NotNull(values);
                Assert.Null(ReportValues.Detach(read));
                ReportValues.Adopt(values);
                Assert.Same(values, ReportValues.Of(read));
                return 0;
            });
        }
    }
}
