using BenchmarkDotNet.Attributes;
using GovDisclosure.Standard.Calendar;

namespace GovDisclosure.Standard.Benchmarks
{
    /// <summary>Working-day arithmetic: the per-record cost of every timeliness rule.</summary>
    [MemoryDiagnoser]
    public class CalendarBenchmarks
    {
        private readonly WorkingDayCalendar calendar = WorkingDayCalendar.China;
        private readonly CalendarDate start = new CalendarDate(2024, 9, 27);

        [Params(7, 20, 40)]
        public int WorkingDays { get; set; }

        [Benchmark]
        public CalendarDate AddWorkingDays() => calendar.AddWorkingDays(start, WorkingDays);

        [Benchmark]
        public int WorkingDaysBetween() => calendar.WorkingDaysBetween(start, start.AddDays(WorkingDays * 2));
    }
}
