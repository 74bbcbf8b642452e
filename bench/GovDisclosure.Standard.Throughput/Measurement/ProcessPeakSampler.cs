using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Samples another process's peak resident set size (VmHWM of <c>/proc/&lt;pid&gt;/status</c>, a high-water mark the
    /// kernel keeps, so a late sample still sees an early peak) on a thread of its own, so that the thread that waits for the
    /// process sees its exit at once and the process's wall time carries no sampling interval.
    /// </summary>
    internal sealed class ProcessPeakSampler : IDisposable
    {
        private readonly string statusFile;
        private readonly Thread thread;
        private readonly int intervalMilliseconds;
        private readonly ManualResetEventSlim stopping = new ManualResetEventSlim(false);
        private long peak;

        /// <summary>Starts sampling the process <paramref name="processId"/>.</summary>
        public ProcessPeakSampler(int processId, int intervalMilliseconds = 20)
        {
            statusFile = "/proc/" + processId.ToString(CultureInfo.InvariantCulture) + "/status";
            this.intervalMilliseconds = intervalMilliseconds;
            thread = new Thread(Loop) { IsBackground = true, Name = "peak RSS sampler" };
            thread.Start();
        }

        /// <summary>The largest VmHWM seen, in bytes (0 when the process ended before the first sample).</summary>
        public long PeakBytes => Interlocked.Read(ref peak);

        /// <summary>Stops sampling.</summary>
        public void Dispose()
        {
            stopping.Set();
            thread.Join();
            stopping.Dispose();
        }

        private void Loop()
        {
            do
            {
                long sampled = ReadKilobytes(statusFile, "VmHWM:") * 1024;
                if (sampled > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, sampled);
                }
            }
            while (!stopping.Wait(intervalMilliseconds));
        }

        private static long ReadKilobytes(string statusFile, string field)
        {
            try
            {
                foreach (string line in File.ReadLines(statusFile))
                {
                    if (line.StartsWith(field, StringComparison.Ordinal))
                    {
                        string number = line.Substring(field.Length).Trim();
                        int space = number.IndexOf(' ');
                        return long.Parse(space > 0 ? number.Substring(0, space) : number, CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // The process ended between two samples.
            }
            catch (UnauthorizedAccessException)
            {
            }

            return 0;
        }
    }
}
