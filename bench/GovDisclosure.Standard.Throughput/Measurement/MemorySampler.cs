using System;
using System.Diagnostics;
using System.Threading;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Samples this process's memory on a background thread while a run goes on: the managed heap
    /// (<see cref="GC.GetTotalMemory(bool)"/>, which includes garbage not yet collected), the heap size
    /// at the last garbage collection (<see cref="GCMemoryInfo.HeapSizeBytes"/>, i.e. what survived)
    /// and the working set; the peak working set comes from <see cref="Process.PeakWorkingSet64"/> (VmHWM).
    /// </summary>
    internal sealed class MemorySampler : IDisposable
    {
        private readonly Thread thread;
        private readonly int intervalMilliseconds;
        private volatile bool stopping;

        public MemorySampler(int intervalMilliseconds = 10)
        {
            this.intervalMilliseconds = intervalMilliseconds;
            thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
            thread.Start();
        }

        /// <summary>The largest managed heap seen (bytes), garbage included.</summary>
        public long PeakManagedHeap { get; private set; }

        /// <summary>The largest heap size seen right after a garbage collection (bytes): the live data plus fragmentation.</summary>
        public long PeakHeapAfterGc { get; private set; }

        /// <summary>The largest working set seen by sampling (bytes).</summary>
        public long PeakWorkingSetSampled { get; private set; }

        /// <summary>Stops sampling and takes one last sample.</summary>
        public void Dispose()
        {
            stopping = true;
            thread.Join();
            Sample();
        }

        private void Loop()
        {
            while (!stopping)
            {
                Sample();
                Thread.Sleep(intervalMilliseconds);
            }
        }

        private void Sample()
        {
            PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(false));
            PeakHeapAfterGc = Math.Max(PeakHeapAfterGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
            PeakWorkingSetSampled = Math.Max(PeakWorkingSetSampled, Environment.WorkingSet);
        }
    }
}
