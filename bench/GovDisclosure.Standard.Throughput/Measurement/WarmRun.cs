using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using GovDisclosure.Standard.Reporting;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// <c>warm FILE [PASSES] [--parallel N] [--format json|sarif|text|html]</c>: the whole in-process run
    /// (<see cref="ValidationRun"/> with a report writer to <c>FILE.warm.out</c>) several times in one process, so that
    /// start-up and JIT fall on the first pass; each pass prints the process's CPU time (user + sys, every thread)
    /// and the bytes allocated per record, and the last line their medians over the later half of the passes (tiered JIT settles over the first few). CPU time and
    /// allocation, not wall-clock, are what a busy machine leaves comparable between two builds.
    /// </summary>
    internal static class WarmRun
    {
        public static int Run(string path, string[] rest)
        {
            int passes = 5;
            int parallel = 1;
            ReportFormat format = ReportFormat.Json;
            for (int i = 0; i < rest.Length; i++)
            {
                switch (rest[i])
                {
                    case "--parallel":
                        parallel = int.Parse(rest[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--format":
                        format = Enum.Parse<ReportFormat>(rest[++i], ignoreCase: true);
                        break;
                    default:
                        passes = int.Parse(rest[i], CultureInfo.InvariantCulture);
                        break;
                }
            }

            var cpu = new double[passes];
            var bytes = new double[passes];
            for (int p = 0; p < passes; p++)
            {
                var run = new ValidationRun(new ValidationRunOptions { MaxDegreeOfParallelism = parallel });
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long allocatedBefore = GC.GetTotalAllocatedBytes(true);
                using Process self = Process.GetCurrentProcess();
                TimeSpan cpuBefore = self.TotalProcessorTime;
                ValidationRunResult result;
                using (var output = new FileStream(path + ".warm.out", FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
                using (IReportWriter writer = ReportWriters.Create(format, output, ownsOutput: false))
                {
                    result = run.RunAsync(ValidationSource.FromFile(path), writer).GetAwaiter().GetResult();
                }

                self.Refresh();
                double records = Math.Max(1, result.Total.Read);
                cpu[p] = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds * 1000 / records;
                bytes[p] = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / records / 1024;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "pass {0}: {1:N0} records, {2:F1} CPU µs/record, {3:F2} KB/record", p + 1, result.Total.Read, cpu[p], bytes[p]));
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "warm median: {0:F1} CPU µs/record, {1:F2} KB/record", Median(cpu), Median(bytes)));
            return 0;
        }

        private static double Median(double[] all)
        {
            if (all.Length == 1)
            {
                return all[0];
            }

            double[] warm = all[(all.Length / 2)..];
            Array.Sort(warm);
            return warm.Length % 2 == 1 ? warm[warm.Length / 2] : (warm[(warm.Length / 2) - 1] + warm[warm.Length / 2]) / 2;
        }
    }
}
