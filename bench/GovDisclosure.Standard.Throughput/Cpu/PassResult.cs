using System.Collections.Generic;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>What one measuring process of the CPU mode prints (as JSON): per warm pass, the CPU seconds and the bytes allocated.</summary>
    internal sealed class PassResult
    {
        public List<double> CpuSeconds { get; set; } = new List<double>();

        public List<double> AllocatedBytes { get; set; } = new List<double>();

        public int ExitCode { get; set; }
    }
}
