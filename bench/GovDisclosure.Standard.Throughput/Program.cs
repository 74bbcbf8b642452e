using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Throughput.Cpu;
using GovDisclosure.Standard.Throughput.Generation;
using GovDisclosure.Standard.Throughput.Measurement;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>
    /// Throughput and memory harness (吞吐量与内存): generates realistic export files of a chosen size and
    /// measures, each in a fresh process, the bare reader passes (the floor of reading the file), the
    /// validation in process (<c>ValidationRun</c>) and the built tool as a process, and prints the
    /// speeds as ratios to the bare pass, with allocation per record, peak memory, the machine and its
    /// load. Speed and memory are measured here, never asserted in unit tests. See bench/README.md.
    /// </summary>
    public static class Program
    {
        private const double MiB = 1024 * 1024;

        public static int Main(string[] args)
        {
            if (args.Length == 3 && args[0] == "measure")
            {
                Console.WriteLine(JsonSerializer.Serialize(LibraryRun.MeasureColdThenWarm(args[1], args[2])));
                return 0;
            }

            if ((args.Length == 4 || args.Length == 5) && args[0] == "bare")
            {
                int passes = args.Length == 5 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1;
                Console.WriteLine(JsonSerializer.Serialize(BarePass.Fastest(args[1], args[2], args[3], passes)));
                return 0;
            }

            if (args.Length == 1 && args[0] == "hand-off")
            {
                return HandOffCost.Run();
            }

            if (args.Length >= 2 && args[0] == "split")
            {
                bool perRule = args.Contains("--rules");
                string[] rest = args.Skip(2).Where(a => a != "--rules").ToArray();
                return AllocationSplit.Run(args[1], rest.Length == 1 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000, perRule);
            }

            if (args.Length >= 2 && args[0] == "retained")
            {
                return RetainedHeap.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100, args.Skip(3).ToArray());
            }

            if (args.Length == 8 && args[0] == "cpu-pass")
            {
                Console.WriteLine(JsonSerializer.Serialize(WarmPasses.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture), args[6], args[7])));
                return 0;
            }

            if (args.Length > 0 && args[0] == "cpu")
            {
                CpuOptions cpu;
                try
                {
                    cpu = CpuOptions.Parse(args.Skip(1).ToArray());
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine(e.Message);
                    Console.Error.WriteLine(CpuOptions.UsageText);
                    return 2;
                }

                return CpuMode.Run(cpu);
            }

            if (args.Length > 0 && args[0] == "build-cost")
            {
                return BuildCostMain(args.Skip(1).ToArray());
            }

            HarnessOptions options;
            try
            {
                options = HarnessOptions.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(HarnessOptions.UsageText);
                return 2;
            }

            return Run(options);
        }

        /// <summary><c>build-cost [--entries N,...] [--size MB,...] [--builds 5] [--dir PATH]</c>: what a generated catalogue adds to a consumer's build.</summary>
        private static int BuildCostMain(string[] args)
        {
            var catalogues = new List<(int?, long?)>();
            int builds = 5;
            string? folder = null;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--entries":
                        catalogues.AddRange(args[i + 1].Split(',').Select(t => ((int?)int.Parse(t, CultureInfo.InvariantCulture), (long?)null)));
                        break;
                    case "--size":
                        catalogues.AddRange(args[i + 1].Split(',').Select(t => ((int?)null, (long?)(long.Parse(t, CultureInfo.InvariantCulture) * 1024 * 1024))));
                        break;
                    case "--builds":
                        builds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                        break;
                    case "--dir":
                        folder = args[i + 1];
                        break;
                    default:
                        Console.Error.WriteLine("build-cost [--entries N,...] [--size MB,...] [--builds 5] [--dir PATH]");
                        return 2;
                }
            }

            if (catalogues.Count == 0)
            {
                catalogues.Add((2146, null));
                catalogues.Add((null, 10L * 1024 * 1024));
            }

            folder ??= Path.Combine(Path.GetTempPath(), "govdisclosure-build-cost-" + Guid.NewGuid().ToString("N")[..8]);
            return BuildCost.Run(RepositoryRoot.Find(), catalogues, builds, folder);
        }

        private static int Run(HarnessOptions options)
        {
            foreach (string missing in options.Files.Missing)
            {
                Console.Error.WriteLine($"No such file: {missing}");
                return 2;
            }

            string root = RepositoryRoot.Find();
            string folder = options.Files.MakeFolder("govdisclosure-throughput-");
            string toolDll = options.ToolDll ?? Path.Combine(root, "src", "GovDisclosure.Standard.Cli", "bin", "Release", "net10.0", "govdisclosure.dll");
            if (options.ToolFormats.Count > 0 && !File.Exists(toolDll))
            {
                Console.Error.WriteLine($"The tool is not built: {toolDll}\nBuild it first: dotnet build -c Release src/GovDisclosure.Standard.Cli (or pass --no-tool)");
                return 2;
            }

            var environment = new Dictionary<string, string>();
            if (options.HeapLimitMegabytes is long limit)
            {
                environment["DOTNET_GCHeapHardLimit"] = "0x" + (limit * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
            }

            string machine = MachineInfo.Describe();
            Console.WriteLine($"date: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
            Console.WriteLine("machine: " + machine);
            Console.WriteLine("load average (1/5/15 min) at start: " + MachineInfo.LoadAverage());
            Console.WriteLine($"files in: {folder}; repeats: {options.Repeat}" + (options.HeapLimitMegabytes is long l ? $"; DOTNET_GCHeapHardLimit = {l} MiB" : string.Empty));
            var all = new List<FileFigures>();
            bool failed = false;
            foreach (GeneratedFile file in options.Files.Files(new ExportGenerator(root), folder))
            {
                var figures = new FileFigures(file);
                for (int repeat = 0; repeat < options.Repeat; repeat++)
                {
                    failed |= !MeasureOnce(figures, toolDll, options, environment, folder);
                }

                all.Add(figures);
                Console.Error.WriteLine(SpeedRow(figures));
            }

            Print(all, options, machine);
            options.Files.CleanUp(folder);

            return failed ? 1 : 0;
        }

        /// <summary>One repeat on one file: the bare passes, in process, then the tool per report format. Returns false when something failed.</summary>
        private static bool MeasureOnce(FileFigures figures, string toolDll, HarnessOptions options, IReadOnlyDictionary<string, string> environment, string folder)
        {
            GeneratedFile file = figures.File;
            double mib = file.Bytes / MiB;
            figures.Load.Add(MachineInfo.LoadNow() ?? double.NaN);
            double best = 0;
            foreach (string pass in PassesFor(file.Format))
            {
                string encoding = ReferenceEquals(file.Format.Encoding, TextEncodingDetector.Gb18030) ? "gb18030" : "utf-8";
                BareResult? bare = Child<BareResult>(new[] { "bare", pass, file.Path, encoding, options.BarePasses.ToString(System.Globalization.CultureInfo.InvariantCulture) }, environment, out string? error);
                if (bare is null)
                {
                    figures.Problem = pass + ": " + error;
                    return false;
                }

                double speed = mib / bare.Seconds;
                if (!figures.Bare.TryGetValue(pass, out Spread? spread))
                {
                    figures.Bare[pass] = spread = new Spread();
                }

                spread.Add(speed);
                if (speed > best)
                {
                    best = speed;
                    figures.BestPassName = pass;
                }
            }

            figures.BareBest.Add(best);
            string report = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Path) + "-inprocess.json");
            LibraryResult? result = Child<LibraryResult>(new[] { "measure", file.Path, report }, environment, out string? failure);
            File.Delete(report);
            bool ok = true;
            if (result is null)
            {
                figures.Problem = "in process: " + failure;
                ok = false;
            }
            else
            {
                figures.Records = result.Records;
                figures.Findings = result.Findings;
                figures.InProcess.Add(mib / result.Seconds);
                figures.InProcessRatio.Add(mib / result.Seconds / best);
                figures.InProcessWarm.Add(mib / result.WarmSeconds);
                figures.InProcessWarmRatio.Add(mib / result.WarmSeconds / best);
                figures.AllocatedPerRecord.Add(result.AllocatedBytes / (double)Math.Max(1, result.Records));
                figures.PeakHeapAfterGc.Add(result.PeakHeapAfterGc / MiB);
                figures.PeakWorkingSet.Add(result.PeakWorkingSet / MiB);
                if (result.Records != file.Records || result.Stop != null)
                {
                    figures.Problem = $"read {result.Records:N0} of {file.Records:N0} records" + (result.Stop is null ? string.Empty : "; stopped: " + result.Stop);
                    ok = false;
                }
            }

            double? toolJsonSeconds = null;
            IEnumerable<string> toolFormats = options.BaselineToolDll != null && !options.ToolFormats.Contains("json")
                ? options.ToolFormats.Append("json")
                : options.ToolFormats;
            foreach (string reportFormat in toolFormats)
            {
                string output = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Path) + "-report." + reportFormat);
                ToolResult run = ToolRun.Measure(toolDll, file.Path, reportFormat, output, environment);
                if (reportFormat == "json")
                {
                    toolJsonSeconds = run.Seconds;
                }

                if (!figures.Tool.TryGetValue(reportFormat, out var tool))
                {
                    figures.Tool[reportFormat] = tool = (new Spread(), new Spread(), new Spread(), new Spread(), new Spread(), new List<int>());
                }

                tool.Speed.Add(mib / run.Seconds);
                tool.Ratio.Add(mib / run.Seconds / best);
                tool.RecordsPerSecond.Add(file.Records / run.Seconds);
                tool.PeakRss.Add(run.PeakRss / MiB);
                tool.ReportMiB.Add(run.ReportBytes / MiB);
                tool.Exits.Add(run.ExitCode);
                if (run.ExitCode > 1)
                {
                    figures.Problem = $"tool ({reportFormat}) exit {run.ExitCode}: {run.Error}";
                    ok = false;
                }

                if (!options.Files.Keep)
                {
                    File.Delete(output);
                }
            }

            if (options.BaselineToolDll != null && toolJsonSeconds is double seconds)
            {
                // The baseline build right after the tool, on the same file: the two share the minute and its load.
                string output = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Path) + "-baseline.json");
                ToolResult baseline = ToolRun.Measure(options.BaselineToolDll, file.Path, "json", output, environment);
                File.Delete(output);
                if (baseline.ExitCode > 1)
                {
                    figures.Problem = $"baseline tool exit {baseline.ExitCode}: {baseline.Error}";
                    ok = false;
                }
                else
                {
                    figures.BaselineRecordsPerSecond.Add(file.Records / baseline.Seconds);
                    figures.BaselineMultiple.Add(baseline.Seconds / seconds);
                }
            }

            return ok;
        }

        private static IEnumerable<string> PassesFor(ExportFormat format) => format.Format switch
        {
            InputFormat.Csv => new[] { BarePass.Sylvan },
            InputFormat.Xlsx => new[] { BarePass.OpenXml },
            _ => new[] { BarePass.Json },
        };

        private static void Print(IReadOnlyList<FileFigures> all, HarnessOptions options, string machine)
        {
            Console.WriteLine();
            Console.WriteLine("machine: " + machine);
            Console.WriteLine("load average (1/5/15 min) at end: " + MachineInfo.LoadAverage());
            Console.WriteLine();
            Console.WriteLine("Speed as a ratio of the bare pass (×bare = MiB/s ÷ the fastest bare pass's MiB/s in the same repeat" + (options.BarePasses > 1 ? ", each bare pass the fastest of " + options.BarePasses.ToString(CultureInfo.InvariantCulture) + " reads in its process" : ", each bare pass one read in a fresh process") + "; in process, cold = ValidationRun with the JSON report writer, the first run in a fresh process (JIT, tiering and one-time set-up included); in process, warm = the same run again in the same process right after it; tool = `validate --format json --output …`, process start to exit)");
            Console.WriteLine();
            Console.WriteLine("| format | MiB | records | load (1 min) | bare pass | bare MiB/s | in process, cold MiB/s | ×bare | in process, warm MiB/s | ×bare | tool MiB/s | ×bare | tool records/s | findings |");
            Console.WriteLine("|---|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach (FileFigures f in all)
            {
                Console.WriteLine(SpeedRow(f));
            }

            Console.WriteLine();
            Console.WriteLine("Allocation and memory (in process, the cold run; allocated/record = GC.GetTotalAllocatedBytes delta over the run ÷ records; peak RSS of the tool = VmHWM)");
            Console.WriteLine();
            Console.WriteLine("| format | MiB | records | allocated/record (KB) | peak heap after GC (MiB) | peak working set in process (MiB) | peak RSS tool (MiB) |");
            Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
            foreach (FileFigures f in all)
            {
                string rss = f.Tool.TryGetValue("json", out var json) ? json.PeakRss.Format("F0") : "–";
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "| {0} | {1:F0} | {2:N0} | {3} | {4} | {5} | {6} |",
                    f.File.Name,
                    f.File.Bytes / MiB,
                    f.File.Records,
                    Scaled(f.AllocatedPerRecord, 1.0 / 1024),
                    f.PeakHeapAfterGc.Format("F0"),
                    f.PeakWorkingSet.Format("F0"),
                    rss));
            }

            Console.WriteLine();
            Console.WriteLine("Bare passes (MiB/s)");
            Console.WriteLine();
            Console.WriteLine("| format | MiB | pass | MiB/s |");
            Console.WriteLine("|---|--:|---|--:|");
            foreach (FileFigures f in all)
            {
                foreach (KeyValuePair<string, Spread> pass in f.Bare)
                {
                    Console.WriteLine($"| {f.File.Name} | {f.File.Bytes / MiB:F0} | {pass.Key} | {pass.Value.Format("F1")} |");
                }
            }

            if (options.ToolFormats.Count > 1)
            {
                Console.WriteLine();
                Console.WriteLine("Tool per report format (process start to exit)");
                Console.WriteLine();
                Console.WriteLine("| format | MiB | records | report | exit | MiB/s | ×bare | records/s | peak RSS (MiB) | report (MiB) |");
                Console.WriteLine("|---|--:|--:|---|--:|--:|--:|--:|--:|--:|");
                foreach (FileFigures f in all)
                {
                    foreach (var tool in f.Tool)
                    {
                        Console.WriteLine($"| {f.File.Name} | {f.File.Bytes / MiB:F0} | {f.File.Records:N0} | {tool.Key} | {string.Join(",", tool.Value.Exits.Distinct())} | {tool.Value.Speed.Format("F1")} | {tool.Value.Ratio.Format("F3")} | {tool.Value.RecordsPerSecond.Format("N0")} | {tool.Value.PeakRss.Format("F0")} | {tool.Value.ReportMiB.Format("F1")} |");
                    }
                }
            }

            if (options.BaselineToolDll != null)
            {
                Console.WriteLine();
                Console.WriteLine("Tool against the baseline build (" + options.BaselineToolDll + "), both `validate --format json --output …`, run one right after the other in each repeat");
                Console.WriteLine();
                Console.WriteLine("| format | MiB | records | tool records/s | baseline records/s | tool ÷ baseline |");
                Console.WriteLine("|---|--:|--:|--:|--:|--:|");
                foreach (FileFigures f in all)
                {
                    string tool = f.Tool.TryGetValue("json", out var json) ? json.RecordsPerSecond.Format("N0") : "–";
                    Console.WriteLine($"| {f.File.Name} | {f.File.Bytes / MiB:F0} | {f.File.Records:N0} | {tool} | {f.BaselineRecordsPerSecond.Format("N0")} | {f.BaselineMultiple.Format("F1")}× |");
                }
            }

            List<FileFigures> problems = all.Where(f => f.Problem != null).ToList();
            if (problems.Count > 0)
            {
                Console.WriteLine();
                problems.ForEach(f => Console.WriteLine($"problem: {f.File.Name} {f.File.Bytes / MiB:F0} MiB: {f.Problem}"));
            }
        }

        private static string SpeedRow(FileFigures f)
        {
            string toolSpeed = "–", toolRatio = "–", toolRecords = "–";
            if (f.Tool.TryGetValue("json", out var json) || f.Tool.Count > 0)
            {
                json = f.Tool.TryGetValue("json", out var j) ? j : f.Tool.First().Value;
                toolSpeed = json.Speed.Format("F1");
                toolRatio = json.Ratio.Format("F3");
                toolRecords = json.RecordsPerSecond.Format("N0");
            }

            return string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1:F0} | {2:N0} | {3} | {4} | {5} | {6} | {7} | {8} | {9} | {10} | {11} | {12} | {13:N0} |",
                f.File.Name,
                f.File.Bytes / MiB,
                f.File.Records,
                f.Load.Format("F1"),
                f.BestPassName,
                f.BareBest.Format("F0"),
                f.InProcess.Format("F1"),
                f.InProcessRatio.Format("F3"),
                f.InProcessWarm.Format("F1"),
                f.InProcessWarmRatio.Format("F3"),
                toolSpeed,
                toolRatio,
                toolRecords,
                f.Findings);
        }

        private static string Scaled(Spread spread, double factor)
        {
            var scaled = new Spread();
            foreach (double v in spread.Values)
            {
                scaled.Add(v * factor);
            }

            return scaled.Format("F1");
        }

        /// <summary>Runs this harness again as a child process with the arguments and reads the JSON its last line prints, or <c>null</c> with the error.</summary>
        internal static T? Child<T>(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, out string? error)
            where T : class
        {
            string host = Environment.ProcessPath ?? "dotnet";
            var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(host) == "dotnet")
            {
                start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
            }

            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

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
            return JsonSerializer.Deserialize<T>(line);
        }
    }
}
