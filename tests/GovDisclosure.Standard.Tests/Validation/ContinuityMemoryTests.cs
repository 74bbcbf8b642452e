using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Text;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.AnnualReports;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>
    /// GD-AR-009 streams: per agency it keeps what the next report of that agency is compared with,
    /// and only that — not the whole report — so a file of many agencies needs a small object per
    /// agency. The checks are structural (what is kept, how many are kept), never timings.
    /// </summary>
    public class ContinuityMemoryTests
    {
        private static readonly Gen<int[]> Numbers = Gen.Choose(0, 40).ArrayOf(ConsistentReports.NumbersNeeded);

        private static readonly RuleContext Context = new RuleContext(WorkingDayCalendar.China);

        private static AnnualReport Report(int[] numbers, int year, string agency) =>
            ConsistentReports.Build(numbers, AnnualReportFormat.Format2021) with { Year = year, AgencyName = agency };

        private static IEnumerable<Finding> Run(PairMemory memory, AnnualReport report) =>
            ((IPairRuleRunner)ContinuityRule.Instance).Run(report, Context, memory).ToList();

        [Fact]
        public void Only_the_year_the_agency_and_the_two_carried_rows_of_a_report_are_remembered()
        {
            AnnualReport report = Report(Enumerable.Range(1, ConsistentReports.NumbersNeeded).ToArray(), 2023, "青山县民政局");
            var memory = new PairMemory();

            Run(memory, report);

            object kept = memory.Recall("GD-AR-009", ChineseText.Fold("青山县民政局"))!;
            Assert.Equal(
                new AnnualReport
                {
                    Year = 2023,
                    AgencyName = "青山县民政局",
                    Applications = new ApplicationTable { CarriedOver = report.Applications!.CarriedOver, CarriedForward = report.Applications.CarriedForward },
                },
                kept);
            Assert.NotNull(report.ProactiveDisclosure2021);
            Assert.NotNull(report.Applications.Outcomes);
        }

        [Property]
        public Property Comparing_with_the_remembered_report_finds_what_comparing_whole_reports_finds()
        {
            return Prop.ForAll(Numbers.ToArbitrary(), Numbers.ToArbitrary(), Arb.From(Gen.Elements(true, false)), (first, second, forward) =>
                {
                    AnnualReport earlier = Report(first, 2023, "青山县财政局");
                    AnnualReport later = Report(second, 2024, "青山县财政局");
                    var memory = new PairMemory();
                    Run(memory, forward ? earlier : later);
                    Finding[] streamed = Run(memory, forward ? later : earlier).ToArray();

                    IReadOnlyList<Finding> whole = AnnualReportContinuity.Check(earlier, later, forward ? ReportSide.Later : ReportSide.Earlier, Context);
                    return streamed.Select(f => (f.Location.JsonPointer, f.Message.English, f.Value))
                        .SequenceEqual(whole.Select(f => (f.Location.JsonPointer, f.Message.English, f.Value)));
                });
        }

        [Fact]
        public void A_stream_of_many_reports_keeps_one_remembered_report_per_agency()
        {
            int[] numbers = Enumerable.Range(1, ConsistentReports.NumbersNeeded).Select(i => i * 7 % 13).ToArray();
            AnnualReport template = Report(numbers, 2020, "x");
            var memory = new PairMemory();
            long seen = 0;

            foreach (AnnualReport report in Reports(template, agencies: 3, count: 3000))
            {
                Run(memory, report);
                seen++;
                Assert.True(memory.Count <= 3, $"{memory.Count} reports remembered after {seen} of 3 agencies");
            }

            Assert.Equal(3000, seen);
            Assert.Equal(3, memory.Count);
        }

        /// <summary>Reports generated one at a time, never materialised: agency <c>i % agencies</c>, years counting up.</summary>
        private static IEnumerable<AnnualReport> Reports(AnnualReport template, int agencies, int count)
        {
            for (int i = 0; i < count; i++)
            {
                yield return template with { AgencyName = "青山县第" + (i % agencies) + "局", Year = 2000 + (i / agencies) };
            }
        }
    }
}
