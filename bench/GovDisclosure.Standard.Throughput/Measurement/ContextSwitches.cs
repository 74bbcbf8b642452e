using System;
using System.Runtime.InteropServices;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// The context switches of this process so far, every thread's (上下文切换; <c>getrusage(RUSAGE_SELF)</c>, Linux):
    /// voluntary ones — a thread gave up its core because it waited (a lock, an event, a sleep, a read) — and
    /// involuntary ones — the kernel took the core from a thread that could go on, to run another (often another
    /// process's: the machine's load). How threads hand work to each other shows in the voluntary ones; how much a
    /// loaded machine interrupts the measurement, in the involuntary ones.
    /// </summary>
    internal static class ContextSwitches
    {
        /// <summary><c>(voluntary, involuntary)</c> so far, or <c>null</c> where the system does not tell (not Linux).</summary>
        public static (long Voluntary, long Involuntary)? Now()
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            try
            {
                // struct rusage on 64-bit Linux: two struct timeval (ru_utime, ru_stime: 4 longs), then 14 longs, of which
                // ru_nvcsw and ru_nivcsw are the last two.
                long[] usage = new long[18];
                if (GetResourceUsage(0 /* RUSAGE_SELF */, usage) != 0)
                {
                    return null;
                }

                return (usage[16], usage[17]);
            }
            catch (DllNotFoundException)
            {
                return null;
            }
            catch (EntryPointNotFoundException)
            {
                return null;
            }
        }

        [DllImport("libc", EntryPoint = "getrusage")]
        private static extern int GetResourceUsage(int who, [Out] long[] usage);
    }
}
