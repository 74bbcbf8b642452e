namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>What one validation of one file through the library measured (sent from the measuring process as one JSON line): every figure is the first (cold) run's, except <see cref="WarmSeconds"/>.</summary>
    internal sealed record LibraryResult
    {
        public long Records { get; init; }

        public long Findings { get; init; }

        public long Unreadable { get; init; }

        /// <summary>The first run's seconds in a fresh process (cold: JIT, tiering and one-time set-up included).</summary>
        public double Seconds { get; init; }

        /// <summary>The same run's seconds again, right after it in the same process (warm); 0 when not measured.</summary>
        public double WarmSeconds { get; init; }

        public long AllocatedBytes { get; init; }

        public int Gen0 { get; init; }

        public int Gen1 { get; init; }

        public int Gen2 { get; init; }

        public long PeakManagedHeap { get; init; }

        public long PeakHeapAfterGc { get; init; }

        public long LiveHeapAtEnd { get; init; }

        public long PeakWorkingSet { get; init; }

        public string? Stop { get; init; }
    }
}
