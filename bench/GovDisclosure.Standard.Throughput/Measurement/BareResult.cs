namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>What one bare reader pass measured (sent from the measuring process as one JSON line).</summary>
    internal sealed record BareResult
    {
        /// <summary>Which pass (<see cref="BarePass"/>).</summary>
        public string Pass { get; init; } = string.Empty;

        /// <summary>Time of the pass, opening the file included.</summary>
        public double Seconds { get; init; }

        /// <summary>Strings, fields or cell values read.</summary>
        public long Values { get; init; }

        /// <summary><c>GC.GetTotalAllocatedBytes</c> over the pass.</summary>
        public long AllocatedBytes { get; init; }
    }
}
