using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Throughput.Measurement;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>
    /// One measuring process of the CPU mode: runs a piece of work a few times unmeasured (JIT, tiering, caches),
    /// then several times measured, each after a full collection, and reports per pass the process's CPU time
    /// (<see cref="Environment.CpuUsage"/>: user + kernel of every thread, so worker threads with --parallel and the
    /// background GC count, as they do in the tool) and the bytes allocated (<see cref="GC.GetTotalAllocatedBytes(bool)"/>).
    /// The work is the validation through <see cref="ValidationRun"/> of this build, or a built tool's <c>Main</c>
    /// loaded into its own <see cref="AssemblyLoadContext"/> (so another build's libraries are the ones run), or a bare reader pass.
    /// </summary>
    internal static class WarmPasses
    {
        /// <summary>
        /// <c>cpu-pass WORK FILE WARMUP PASSES PARALLEL ENCODING FORMAT</c>; WORK is <c>inprocess</c>, a tool DLL path or
        /// <c>bare:PASS</c>; FORMAT the report's (json, sarif, text, html).
        /// </summary>
        public static PassResult Run(string work, string file, int warmup, int passes, int parallel, string encoding, string format)
        {
            string report = Path.Combine(Path.GetTempPath(), "govdisclosure-cpu-" + Environment.ProcessId + "." + format);
            Func<int> once = work == "inprocess" ? () => InProcess(file, report, parallel, Enum.Parse<ReportFormat>(format, ignoreCase: true))
                : work.StartsWith("bare:", StringComparison.Ordinal) ? () => Bare(work.Substring(5), file, encoding)
                : Tool(work, file, report, parallel, format);
            var result = new PassResult();
            try
            {
                for (int i = 0; i < warmup + passes; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    (long Voluntary, long Involuntary)? switches = ContextSwitches.Now();
                    long allocated = GC.GetTotalAllocatedBytes(true);
                    TimeSpan cpu = Environment.CpuUsage.TotalTime;
                    long contentions = System.Threading.Monitor.LockContentionCount;
                    (int Gen0, int Gen1, int Gen2) collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                    TimeSpan paused = GC.GetTotalPauseDuration();
                    long started = System.Diagnostics.Stopwatch.GetTimestamp();
                    result.ExitCode = Math.Max(result.ExitCode, once());
                    TimeSpan wall = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                    TimeSpan used = Environment.CpuUsage.TotalTime - cpu;
                    long bytes = GC.GetTotalAllocatedBytes(true) - allocated;
                    (long Voluntary, long Involuntary)? switchesAfter = ContextSwitches.Now();
                    if (i >= warmup)
                    {
                        result.CpuSeconds.Add(used.TotalSeconds);
                        result.AllocatedBytes.Add(bytes);
                        result.WallSeconds.Add(wall.TotalSeconds);
                        result.LockContentions.Add(System.Threading.Monitor.LockContentionCount - contentions);
                        int gen2 = GC.CollectionCount(2) - collections.Gen2;
                        int gen1 = GC.CollectionCount(1) - collections.Gen1;
                        result.Gen0Collections.Add(GC.CollectionCount(0) - collections.Gen0 - gen1);
                        result.Gen1Collections.Add(gen1 - gen2);
                        result.Gen2Collections.Add(gen2);
                        result.GcPauseSeconds.Add((GC.GetTotalPauseDuration() - paused).TotalSeconds);
                        if (switches is { } before && switchesAfter is { } after)
                        {
                            result.VoluntarySwitches.Add(after.Voluntary - before.Voluntary);
                            result.InvoluntarySwitches.Add(after.Involuntary - before.Involuntary);
                        }
                    }
                }
            }
            finally
            {
                File.Delete(report);
            }

            return result;
        }

        private static int InProcess(string file, string report, int parallel, ReportFormat format)
        {
            var run = new ValidationRun(new ValidationRunOptions { MaxDegreeOfParallelism = parallel });
            using var output = new FileStream(report, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            using IReportWriter writer = ReportWriters.Create(format, output, ownsOutput: false);
            return run.RunAsync(ValidationSource.FromFile(file), writer).GetAwaiter().GetResult().ExitCode;
        }

        private static int Bare(string pass, string file, string encoding)
        {
            BarePass.Run(pass, file, encoding);
            return 0;
        }

        /// <summary>The tool's <c>Main</c>, loaded once; each call runs <c>validate FILE --format FORMAT --output REPORT --parallel N</c> with its console output discarded.</summary>
        private static Func<int> Tool(string toolDll, string file, string report, int parallel, string format)
        {
            var context = new ToolLoadContext(Path.GetFullPath(toolDll));
            Assembly tool = context.LoadFromAssemblyPath(Path.GetFullPath(toolDll));
            MethodInfo main = tool.EntryPoint ?? throw new InvalidOperationException(toolDll + " has no entry point.");
            string[] arguments = { "validate", file, "--format", format, "--output", report, "--parallel", parallel.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return () =>
            {
                TextWriter output = Console.Out, error = Console.Error;
                Console.SetOut(TextWriter.Null);
                Console.SetError(TextWriter.Null);
                try
                {
                    return main.Invoke(null, new object[] { arguments.Clone() }) is int exit ? exit : 0;
                }
                finally
                {
                    Console.SetOut(output);
                    Console.SetError(error);
                }
            };
        }

        /// <summary>Loads a tool's own libraries (from its folder, by its deps.json) before the harness's: the build measured is the tool's.</summary>
        private sealed class ToolLoadContext : AssemblyLoadContext
        {
            private readonly AssemblyDependencyResolver resolver;

            public ToolLoadContext(string toolDll)
                : base("tool " + toolDll)
            {
                resolver = new AssemblyDependencyResolver(toolDll);
            }

            protected override Assembly? Load(AssemblyName name) =>
                resolver.ResolveAssemblyToPath(name) is string path ? LoadFromAssemblyPath(path) : null;

            protected override IntPtr LoadUnmanagedDll(string name) =>
                resolver.ResolveUnmanagedDllToPath(name) is string path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
        }
    }
}
