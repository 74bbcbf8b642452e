using System.Collections.Generic;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>What one measuring process of the CPU mode prints (as JSON): per warm pass, the CPU seconds, the wall-clock seconds, the bytes allocated and the lock contentions.</summary>
    internal sealed class PassResult
    {
        public List<double> CpuSeconds { get; set; } = new List<double>();

        public List<double> AllocatedBytes { get; set; } = new List<double>();

        public List<double> WallSeconds { get; set; } = new List<double>();

        /// <summary>Per pass, how often a thread found a lock held and had to wait for it (<c>Monitor.LockContentionCount</c>).</summary>
        public List<double> LockContentions { get; set; } = new List<double>();

        public int ExitCode { get; set; }
    }
}
