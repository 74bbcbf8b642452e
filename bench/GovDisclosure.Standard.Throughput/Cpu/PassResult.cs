using System.Collections.Generic;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>What one measuring process of the CPU mode prints (as JSON): per warm pass, the CPU seconds, the wall-clock seconds, the bytes allocated, the lock contentions, the context switches and the garbage collections.</summary>
    internal sealed class PassResult
    {
        public List<double> CpuSeconds { get; set; } = new List<double>();

        public List<double> AllocatedBytes { get; set; } = new List<double>();

        public List<double> WallSeconds { get; set; } = new List<double>();

        /// <summary>Per pass, how often a thread found a lock held and had to wait for it (<c>Monitor.LockContentionCount</c>).</summary>
        public List<double> LockContentions { get; set; } = new List<double>();

        /// <summary>Per pass, the voluntary context switches of the process (a thread waited: see <see cref="Measurement.ContextSwitches"/>); empty where the system does not tell.</summary>
        public List<double> VoluntarySwitches { get; set; } = new List<double>();

        /// <summary>Per pass, the involuntary context switches of the process (a thread that could go on lost its core, mostly to others' load).</summary>
        public List<double> InvoluntarySwitches { get; set; } = new List<double>();

        /// <summary>Per pass, the garbage collections of generation 0 that were not also of generation 1 (<c>GC.CollectionCount(0) − GC.CollectionCount(1)</c>).</summary>
        public List<double> Gen0Collections { get; set; } = new List<double>();

        /// <summary>Per pass, the collections of generation 1 that were not also of generation 2.</summary>
        public List<double> Gen1Collections { get; set; } = new List<double>();

        /// <summary>Per pass, the collections of generation 2.</summary>
        public List<double> Gen2Collections { get; set; } = new List<double>();

        /// <summary>Per pass, the seconds every thread was paused by the GC (<c>GC.GetTotalPauseDuration</c>).</summary>
        public List<double> GcPauseSeconds { get; set; } = new List<double>();

        public int ExitCode { get; set; }
    }
}
