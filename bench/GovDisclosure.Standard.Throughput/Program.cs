using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using GovDisclosure.Standard.Throughput.Generation;
using GovDisclosure.Standard.Throughput.Measurement;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>
    /// Throughput and memory harness (吞吐量与内存): generates realistic export files of a chosen size,
    /// validates each through the library in a fresh process (so that each peak belongs to one file)
    /// and, optionally, through the built tool, and prints records/s, MB/s, findings and peak memory.
    /// Speed and memory are measured here, never asserted in unit tests. See bench/README.md.
    /// </summary>
    public static class Program
    {
        private const double MiB = 1024 * 1024;

        public static int Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "measure")
            {
                LibraryResult result = LibraryRun.Measure(args[1]);
                Console.WriteLine(JsonSerializer.Serialize(result));
                return 0;
            }

            HarnessOptions options;
            try
            {
                options = HarnessOptions.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(HarnessOptions.Usage.Replace("{formats}", string.Join(", ", ExportFormat.All.Select(f => f.Name)), StringComparison.Ordinal));
                return 2;
            }

            return Run(options);
        }

        private static int Run(HarnessOptions options)
        {
            string root = RepositoryRoot.Find();
            string folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "govdisclosure-throughput-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            string toolDll = options.ToolDll ?? Path.Combine(root, "src", "GovDisclosure.Standard.Cli", "bin", "Release", "net10.0", "govdisclosure.dll");
            if (options.ToolFormats.Count > 0 && !File.Exists(toolDll))
            {
                Console.Error.WriteLine($"The tool is not built: {toolDll}\nBuild it first: dotnet build -c Release src/GovDisclosure.Standard.Cli");
                return 2;
            }

            var environment = new Dictionary<string, string>();
            if (options.HeapLimitMegabytes is long limit)
            {
                environment["DOTNET_GCHeapHardLimit"] = "0x" + (limit * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
            }

            PrintMachine(options, folder);
            var generator = new ExportGenerator(root);
            var library = new List<string>();
            var tool = new List<string>();
            bool failed = false;
            IEnumerable<(long? Records, long? Bytes)> targets = options.Records != null
                ? options.Records.Select(r => ((long?)r, (long?)null))
                : options.SizesMegabytes.Select(m => ((long?)null, (long?)(m * 1024 * 1024)));
            foreach ((long? records, long? bytes) in targets)
            {
                foreach (ExportFormat format in options.Formats)
                {
                    var clock = Stopwatch.StartNew();
                    GeneratedFile file = generator.Generate(format, folder, records, bytes);
                    Console.Error.WriteLine($"generated {file.Path}: {file.Records:N0} records, {file.Bytes / MiB:F1} MiB in {clock.Elapsed.TotalSeconds:F1} s");
                    LibraryResult? result = MeasureInChild(file.Path, environment, out string? error);
                    if (result is null)
                    {
                        failed = true;
                        library.Add($"| {format.Name} | {file.Bytes / MiB:F0} | {file.Records:N0} | failed: {error} |||||||||");
                    }
                    else
                    {
                        failed |= result.Records != file.Records;
                        library.Add(LibraryRow(format, file, result));
                    }

                    Console.Error.WriteLine(library[^1]);
                    foreach (string reportFormat in options.ToolFormats)
                    {
                        string report = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Path) + "-report." + reportFormat);
                        ToolResult run = ToolRun.Measure(toolDll, file.Path, reportFormat, report, environment);
                        failed |= run.ExitCode > 1;
                        tool.Add($"| {format.Name} | {file.Bytes / MiB:F0} | {file.Records:N0} | {run.ReportFormat} | {run.ExitCode} | {run.Seconds:F1} | {file.Records / run.Seconds:N0} | {run.PeakRss / MiB:F0} | {run.ReportBytes / MiB:F1} |" + (run.ExitCode > 1 ? " " + run.Error : string.Empty));
                        Console.Error.WriteLine(tool[^1]);
                        if (!options.Keep)
                        {
                            File.Delete(report);
                        }
                    }

                    if (!options.Keep)
                    {
                        File.Delete(file.Path);
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("Library (SourceInput + DisclosureValidator + ValidationSummary, standard rules, one process per file)");
            Console.WriteLine();
            Console.WriteLine("| format | MiB | records | s | records/s | MiB/s | findings | allocated/record (B) | GCs 0/1/2 | peak managed heap (MiB) | peak heap after GC (MiB) | peak working set (MiB) |");
            Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            library.ForEach(Console.WriteLine);
            if (tool.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("Tool (dotnet govdisclosure.dll validate FILE --format F --output REPORT, whole process)");
                Console.WriteLine();
                Console.WriteLine("| format | MiB | records | report | exit | s | records/s | peak RSS (MiB) | report (MiB) |");
                Console.WriteLine("|---|--:|--:|---|--:|--:|--:|--:|--:|");
                tool.ForEach(Console.WriteLine);
            }

            if (!options.Keep && options.Folder is null)
            {
                Directory.Delete(folder, true);
            }

            return failed ? 1 : 0;
        }

        private static string LibraryRow(ExportFormat format, GeneratedFile file, LibraryResult r) =>
            string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:F0} | {2:N0} | {3:F1} | {4:N0} | {5:F1} | {6:N0} | {7:N0} | {8}/{9}/{10} | {11:F0} | {12:F0} | {13:F0} |{14}",
                format.Name,
                file.Bytes / MiB,
                r.Records,
                r.Seconds,
                r.Records / r.Seconds,
                file.Bytes / MiB / r.Seconds,
                r.Findings,
                r.AllocatedBytes / Math.Max(1, r.Records),
                r.Gen0,
                r.Gen1,
                r.Gen2,
                r.PeakManagedHeap / MiB,
                r.PeakHeapAfterGc / MiB,
                r.PeakWorkingSet / MiB,
                r.Stop is null ? string.Empty : " stopped: " + r.Stop);

        private static LibraryResult? MeasureInChild(string path, IReadOnlyDictionary<string, string> environment, out string? error)
        {
            string host = Environment.ProcessPath ?? "dotnet";
            var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
            }

            start.ArgumentList.Add("measure");
            start.ArgumentList.Add(path);
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start the measuring process");
            System.Threading.Tasks.Task<string> stderr = child.StandardError.ReadToEndAsync();
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            string line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
            if (child.ExitCode != 0 || !line.StartsWith('{'))
            {
                error = "exit " + child.ExitCode + ": " + stderr.Result.Split('\n').FirstOrDefault(l => l.Trim().Length > 0);
                return null;
            }

            error = null;
            return JsonSerializer.Deserialize<LibraryResult>(line);
        }

        private static void PrintMachine(HarnessOptions options, string folder)
        {
            string cpu = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
                : "?";
            Console.WriteLine($"date: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores ({cpu}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
            Console.WriteLine($"files in: {folder}" + (options.HeapLimitMegabytes is long l ? $"; DOTNET_GCHeapHardLimit = {l} MiB" : string.Empty));
        }
    }
}
