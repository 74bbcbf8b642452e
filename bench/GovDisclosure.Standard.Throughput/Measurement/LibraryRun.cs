using System;
using System.Diagnostics;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Validates one file through the library's public API exactly as <c>govdisclosure validate</c>
    /// does — <see cref="SourceInput.Open"/> (format, encoding and kind detected), its streaming
    /// <see cref="SourceInput.Records"/>, <see cref="DisclosureValidator.Validate(DocumentKind, System.Collections.Generic.IEnumerable{SourceRecord})"/>
    /// with the standard rule set, and a <see cref="ValidationSummary"/> — while sampling memory.
    /// Each result is dropped as soon as it is counted, as the tool's writers do.
    /// </summary>
    internal static class LibraryRun
    {
        public static LibraryResult Measure(string path)
        {
            var validator = new DisclosureValidator();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(true);
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var summary = new ValidationSummary();
            SourceInput input;
            var clock = Stopwatch.StartNew();
            using (var sampler = new MemorySampler())
            {
                input = SourceInput.Open(path, new InputOptions { DisplayName = path });
                foreach (RecordValidation result in validator.Validate(input.Kind, input.Records()))
                {
                    summary.Add(result);
                }

                clock.Stop();
                long liveAtEnd = GC.GetTotalMemory(true);
                sampler.Dispose();
                using Process self = Process.GetCurrentProcess();
                self.Refresh();
                return new LibraryResult
                {
                    Records = summary.Read,
                    Findings = summary.Errors + summary.Warnings + summary.Information,
                    Unreadable = summary.Unreadable,
                    Seconds = clock.Elapsed.TotalSeconds,
                    AllocatedBytes = GC.GetTotalAllocatedBytes(true) - allocatedBefore,
                    Gen0 = GC.CollectionCount(0) - gen0,
                    Gen1 = GC.CollectionCount(1) - gen1,
                    Gen2 = GC.CollectionCount(2) - gen2,
                    PeakManagedHeap = sampler.PeakManagedHeap,
                    PeakHeapAfterGc = sampler.PeakHeapAfterGc,
                    LiveHeapAtEnd = liveAtEnd,
                    PeakWorkingSet = Math.Max(self.PeakWorkingSet64, sampler.PeakWorkingSetSampled),
                    Stop = input.Stop?.Reason.English,
                };
            }
        }
    }
}
