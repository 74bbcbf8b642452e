using System.Collections.Generic;
using GovDisclosure.Standard.Throughput.Generation;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>Everything measured on one generated file over the repeats: bare passes, in process, the tool per report format.</summary>
    internal sealed class FileFigures
    {
        public FileFigures(GeneratedFile file)
        {
            File = file;
        }

        public GeneratedFile File { get; }

        /// <summary>The 1-minute load average before each repeat.</summary>
        public Spread Load { get; } = new Spread();

        /// <summary>MiB/s of each bare pass, by pass name.</summary>
        public SortedDictionary<string, Spread> Bare { get; } = new SortedDictionary<string, Spread>();

        /// <summary>The fastest bare pass of each repeat (MiB/s), the reference of the ratios.</summary>
        public Spread BareBest { get; } = new Spread();

        public string BestPassName { get; set; } = string.Empty;

        /// <summary>MiB/s of the cold in-process run: the first <c>ValidationRun</c> in a fresh process.</summary>
        public Spread InProcess { get; } = new Spread();

        /// <summary>The cold in-process run's MiB/s ÷ the fastest bare pass's.</summary>
        public Spread InProcessRatio { get; } = new Spread();

        /// <summary>MiB/s of the warm in-process run: the same run again, second in the same process.</summary>
        public Spread InProcessWarm { get; } = new Spread();

        /// <summary>The warm in-process run's MiB/s ÷ the fastest bare pass's.</summary>
        public Spread InProcessWarmRatio { get; } = new Spread();

        public Spread AllocatedPerRecord { get; } = new Spread();

        public Spread PeakHeapAfterGc { get; } = new Spread();

        public Spread PeakWorkingSet { get; } = new Spread();

        /// <summary>The baseline build of the tool (<c>--baseline-tool</c>): its records/s, and the tool's rate ÷ the baseline's in the same repeat.</summary>
        public Spread BaselineRecordsPerSecond { get; } = new Spread();

        /// <summary>The tool's records/s ÷ the baseline's, per repeat (the two runs one right after the other).</summary>
        public Spread BaselineMultiple { get; } = new Spread();

        public long Records { get; set; }

        public long Findings { get; set; }

        public string? Problem { get; set; }

        /// <summary>The tool's MiB/s, its ratio to the bare pass, records/s, peak RSS and report size, by report format.</summary>
        public SortedDictionary<string, (Spread Speed, Spread Ratio, Spread RecordsPerSecond, Spread PeakRss, Spread ReportMiB, List<int> Exits)> Tool { get; } =
            new SortedDictionary<string, (Spread, Spread, Spread, Spread, Spread, List<int>)>();
    }
}
