using System;
using System.Diagnostics;
using System.IO;
using GovDisclosure.Standard.Reporting;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Validates one file in process exactly as <c>govdisclosure validate --format json --output REPORT</c>
    /// does, through the public <see cref="ValidationRun"/> (format, encoding and kind detected; standard
    /// rules; the JSON report writer streaming to a file), while sampling memory.
    /// </summary>
    internal static class LibraryRun
    {
        /// <summary>
        /// The run twice in this process: the first (cold: JIT, tiering and one-time set-up included, what a fresh process
        /// of a library user pays) gives every figure; the second, right after it, adds its time as <see cref="LibraryResult.WarmSeconds"/>.
        /// </summary>
        public static LibraryResult MeasureColdThenWarm(string path, string report)
        {
            LibraryResult cold = Measure(path, report);
            LibraryResult warm = Measure(path, report);
            return cold with { WarmSeconds = warm.Seconds };
        }

        /// <summary>One run of the file into a JSON report at <paramref name="report"/>, timed, with its allocation and memory.</summary>
        public static LibraryResult Measure(string path, string report)
        {
            var run = new ValidationRun();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(true);
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var clock = Stopwatch.StartNew();
            using var sampler = new MemorySampler();
            ValidationRunResult result;
            using (var output = new FileStream(report, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            using (IReportWriter writer = ReportWriters.Create(ReportFormat.Json, output, ownsOutput: false))
            {
                result = run.RunAsync(ValidationSource.FromFile(path), writer).GetAwaiter().GetResult();
            }

            clock.Stop();
            long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
            long liveAtEnd = GC.GetTotalMemory(true);
            sampler.Dispose();
            using Process self = Process.GetCurrentProcess();
            self.Refresh();
            return new LibraryResult
            {
                Records = result.Total.Read,
                Findings = result.Total.Errors + result.Total.Warnings + result.Total.Information,
                Unreadable = result.Total.Unreadable,
                Seconds = clock.Elapsed.TotalSeconds,
                AllocatedBytes = allocated,
                Gen0 = GC.CollectionCount(0) - gen0,
                Gen1 = GC.CollectionCount(1) - gen1,
                Gen2 = GC.CollectionCount(2) - gen2,
                PeakManagedHeap = sampler.PeakManagedHeap,
                PeakHeapAfterGc = sampler.PeakHeapAfterGc,
                LiveHeapAtEnd = liveAtEnd,
                PeakWorkingSet = Math.Max(self.PeakWorkingSet64, sampler.PeakWorkingSetSampled),
                Stop = result.Files.Count > 0 ? result.Files[0].Failure?.English : null,
            };
        }
    }
}
