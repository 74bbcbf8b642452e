using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>
    /// The warm passes of one build over one file (or of the bare reader pass): CPU seconds, wall-clock seconds, bytes allocated, lock contentions, context switches and garbage collections
    /// per pass, summed over every process (round) that measured them, with the median and spread of each.
    /// </summary>
    internal sealed class PassFigures
    {
        private readonly List<double> cpuSeconds = new List<double>();
        private readonly List<double> allocatedBytes = new List<double>();
        private readonly List<double> wallSeconds = new List<double>();
        private readonly List<double> lockContentions = new List<double>();
        private readonly List<double> voluntarySwitches = new List<double>();
        private readonly List<double> involuntarySwitches = new List<double>();
        private readonly List<double> gen0Collections = new List<double>();
        private readonly List<double> gen1Collections = new List<double>();
        private readonly List<double> gen2Collections = new List<double>();
        private readonly List<double> gcPauseSeconds = new List<double>();

        public IReadOnlyList<double> CpuSeconds => cpuSeconds;

        public IReadOnlyList<double> AllocatedBytes => allocatedBytes;

        public IReadOnlyList<double> WallSeconds => wallSeconds;

        public IReadOnlyList<double> LockContentions => lockContentions;

        public IReadOnlyList<double> VoluntarySwitches => voluntarySwitches;

        public IReadOnlyList<double> InvoluntarySwitches => involuntarySwitches;

        /// <summary>Per pass, the collections of generation 0 only.</summary>
        public IReadOnlyList<double> Gen0Collections => gen0Collections;

        /// <summary>Per pass, the collections of generation 1 only.</summary>
        public IReadOnlyList<double> Gen1Collections => gen1Collections;

        /// <summary>Per pass, the collections of generation 2.</summary>
        public IReadOnlyList<double> Gen2Collections => gen2Collections;

        /// <summary>Per pass, the seconds the GC paused the process.</summary>
        public IReadOnlyList<double> GcPauseSeconds => gcPauseSeconds;

        public void Add(PassResult result)
        {
            cpuSeconds.AddRange(result.CpuSeconds);
            allocatedBytes.AddRange(result.AllocatedBytes);
            wallSeconds.AddRange(result.WallSeconds);
            lockContentions.AddRange(result.LockContentions);
            voluntarySwitches.AddRange(result.VoluntarySwitches);
            involuntarySwitches.AddRange(result.InvoluntarySwitches);
            gen0Collections.AddRange(result.Gen0Collections);
            gen1Collections.AddRange(result.Gen1Collections);
            gen2Collections.AddRange(result.Gen2Collections);
            gcPauseSeconds.AddRange(result.GcPauseSeconds);
        }

        /// <summary>The median: the middle value, or the mean of the two middle ones; NaN when there are none.</summary>
        public static double Median(IReadOnlyList<double> values)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }

            double[] sorted = values.OrderBy(v => v).ToArray();
            int middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /// <summary>The spread: (largest − smallest) ÷ median, as a fraction; 0 for one value, NaN for none.</summary>
        public static double Spread(IReadOnlyList<double> values)
        {
            double median = Median(values);
            return values.Count == 0 || median == 0 ? double.NaN : (values.Max() - values.Min()) / median;
        }

        /// <summary>"median ±spread %" of the values scaled by <paramref name="factor"/>.</summary>
        public static string Format(IReadOnlyList<double> values, double factor, string format) =>
            values.Count == 0 ? "–" : (Median(values) * factor).ToString(format, CultureInfo.InvariantCulture) + " ±" + (Spread(values) * 50).ToString("F0", CultureInfo.InvariantCulture) + " %";
    }
}
