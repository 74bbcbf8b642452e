using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Runtime.InteropServices;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>The machine a run measured on (运行环境): every figure is printed with it, since speeds hold only for their machine and load.</summary>
    internal static class MachineInfo
    {
        /// <summary>Cores, processor, memory, OS, .NET, GC mode.</summary>
        public static string Describe()
        {
            string cpu = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
                : "?";
            string memory = MemoryTotalGiB() is double gib ? gib.ToString("F1", CultureInfo.InvariantCulture) + " GiB RAM" : "RAM ?";
            return $"{Environment.ProcessorCount} cores ({cpu}), {memory}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC";
        }

        /// <summary>The 1-, 5- and 15-minute load averages from <c>/proc/loadavg</c>, or "?".</summary>
        public static string LoadAverage()
        {
            try
            {
                string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return parts[0] + " " + parts[1] + " " + parts[2];
            }
            catch (IOException)
            {
                return "?";
            }
            catch (UnauthorizedAccessException)
            {
                return "?";
            }
        }

        /// <summary>The 1-minute load average, or <c>null</c>.</summary>
        public static double? LoadNow() =>
            double.TryParse(LoadAverage().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double load) ? load : null;

        private static double? MemoryTotalGiB()
        {
            if (!File.Exists("/proc/meminfo"))
            {
                return null;
            }

            string? line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            string? number = line?.Substring("MemTotal:".Length).Trim().Split(' ')[0];
            return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb / 1024.0 / 1024.0 : null;
        }
    }
}
