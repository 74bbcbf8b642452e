using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using GovDisclosure.Standard;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Throughput.Generation;
using GovDisclosure.Standard.Throughput.Measurement;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>
    /// The warm CPU-time mode (CPU 时间模式): generates the files, then measures in fresh processes, each running its
    /// work a few times warm, the CPU time and allocation of the validation (this build's <c>ValidationRun</c>, or each
    /// tool DLL given, alternately) and of the bare reader pass, and prints per file the median and spread per MiB and
    /// per record. CPU time of a warm pass moves far less than wall-clock time on a shared machine.
    /// </summary>
    internal static class CpuMode
    {
        private const double MiB = 1024 * 1024;

        public static int Run(CpuOptions options)
        {
            string root = RepositoryRoot.Find();
            foreach (string missing in options.ToolDlls.Where(t => !File.Exists(t)).Concat(options.Files.Missing))
            {
                Console.Error.WriteLine($"No such file: {missing}");
                return 2;
            }

            string folder = options.Files.MakeFolder("govdisclosure-cpu-");
            string machine = MachineInfo.Describe();
            Console.WriteLine($"date: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
            Console.WriteLine("machine: " + machine);
            Console.WriteLine("load average (1/5/15 min) at start: " + MachineInfo.LoadAverage());
            Console.WriteLine($"files in: {folder}; {options.Warmup} warm-up + {options.Passes} measured passes a process, {options.Rounds} process(es) a build, --parallel {options.Parallel}");
            string[] builds = options.ToolDlls.Count > 0 ? options.ToolDlls.ToArray() : new[] { "inprocess" };
            var rows = new List<(GeneratedFile File, string Report, PassFigures Bare, PassFigures[] Builds)>();
            bool failed = false;
            foreach (GeneratedFile file in options.Files.Files(new ExportGenerator(root), folder))
            {
                string encoding = ReferenceEquals(file.Format.Encoding, TextEncodingDetector.Gb18030) ? "gb18030" : "utf-8";
                var bare = new PassFigures();
                var measured = options.Reports.ToDictionary(r => r, _ => builds.Select(_ => new PassFigures()).ToArray());
                for (int round = 0; round < options.Rounds; round++)
                {
                    if (options.Bare)
                    {
                        failed |= !Measure(bare, "bare:" + BarePassOf(file.Format), file.Path, "json", options, encoding);
                    }

                    foreach (string report in options.Reports)
                    {
                        for (int b = 0; b < builds.Length; b++)
                        {
                            failed |= !Measure(measured[report][b], builds[b], file.Path, report, options, encoding);
                        }
                    }
                }

                rows.AddRange(options.Reports.Select(r => (file, r, bare, measured[r])));
            }

            Print(rows, builds, machine);
            options.Files.CleanUp(folder);
            return failed ? 1 : 0;
        }

        private static bool Measure(PassFigures figures, string work, string path, string report, CpuOptions options, string encoding)
        {
            PassResult? result = Program.Child<PassResult>(
                new[] { "cpu-pass", work, path, options.Warmup.ToString(CultureInfo.InvariantCulture), options.Passes.ToString(CultureInfo.InvariantCulture), options.Parallel.ToString(CultureInfo.InvariantCulture), encoding, report },
                new Dictionary<string, string>(),
                out string? error);
            if (result is null || result.ExitCode > 1)
            {
                Console.Error.WriteLine($"{work} on {path}: " + (error ?? "exit " + result!.ExitCode));
                return false;
            }

            figures.Add(result);
            return true;
        }

        private static string BarePassOf(ExportFormat format) => format.Format switch
        {
            InputFormat.Csv => BarePass.Sylvan,
            InputFormat.Xlsx => BarePass.OpenXml,
            _ => BarePass.Json,
        };

        private static void Print(IReadOnlyList<(GeneratedFile File, string Report, PassFigures Bare, PassFigures[] Builds)> rows, string[] builds, string machine)
        {
            Console.WriteLine();
            Console.WriteLine("machine: " + machine);
            Console.WriteLine("load average (1/5/15 min) at end: " + MachineInfo.LoadAverage());
            Console.WriteLine();
            Console.WriteLine("CPU time of warm passes (Environment.CpuUsage: user + kernel of the whole process, every thread and the GC) and allocation (GC.GetTotalAllocatedBytes), median ±half the range as % of the median; ×bare = the bare pass's median CPU time ÷ the build's (a speed ratio); least CPU compares the least CPU time of any pass (others' load only ever adds to CPU time); wall = the pass's wall-clock time (Stopwatch), which others' load moves far more; lock contentions = Monitor.LockContentionCount's growth across a pass (a thread found a lock held)");
            for (int b = 0; b < builds.Length; b++)
            {
                Console.WriteLine($"build {(char)('A' + b)}: {(builds[b] == "inprocess" ? "ValidationRun of the harness's build (the report's writer)" : builds[b] + " (validate --format REPORT --output …)")}");
            }

            Console.WriteLine();
            Console.WriteLine("| file | MiB | records | report | build | CPU ms/MiB | CPU µs/record | allocated KB/record | bare CPU ms/MiB | ×bare | CPU ÷ build A | least CPU ÷ build A's | wall ms/MiB | wall ÷ build A | lock contentions a pass |");
            Console.WriteLine("|---|--:|--:|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach ((GeneratedFile file, string report, PassFigures bare, PassFigures[] measured) in rows)
            {
                double mib = file.Bytes / MiB;
                double records = Math.Max(1, file.Records);
                double bareMedian = PassFigures.Median(bare.CpuSeconds);
                double first = PassFigures.Median(measured[0].CpuSeconds);
                double firstLeast = measured[0].CpuSeconds.DefaultIfEmpty(double.NaN).Min();
                double firstWall = PassFigures.Median(measured[0].WallSeconds);
                for (int b = 0; b < measured.Length; b++)
                {
                    double median = PassFigures.Median(measured[b].CpuSeconds);
                    Console.WriteLine(string.Format(
                        CultureInfo.InvariantCulture,
                        "| {0} | {1:F1} | {2:N0} | {11} | {3} | {4} | {5} | {6} | {7} | {8} | {9} | {10} | {12} | {13} | {14} |",
                        file.Name,
                        mib,
                        file.Records,
                        (char)('A' + b),
                        PassFigures.Format(measured[b].CpuSeconds, 1000 / mib, "F1"),
                        PassFigures.Format(measured[b].CpuSeconds, 1e6 / records, "F2"),
                        PassFigures.Format(measured[b].AllocatedBytes, 1.0 / 1024 / records, "F2"),
                        PassFigures.Format(bare.CpuSeconds, 1000 / mib, "F1"),
                        double.IsNaN(bareMedian) ? "–" : (bareMedian / median).ToString("F3", CultureInfo.InvariantCulture),
                        b == 0 ? "1" : (median / first).ToString("F3", CultureInfo.InvariantCulture),
                        b == 0 ? "1" : (measured[b].CpuSeconds.DefaultIfEmpty(double.NaN).Min() / firstLeast).ToString("F3", CultureInfo.InvariantCulture),
                        report,
                        PassFigures.Format(measured[b].WallSeconds, 1000 / mib, "F1"),
                        b == 0 ? "1" : (PassFigures.Median(measured[b].WallSeconds) / firstWall).ToString("F3", CultureInfo.InvariantCulture),
                        PassFigures.Format(measured[b].LockContentions, 1, "F0")));
                }
            }

            PrintHandOff(rows);
        }

        /// <summary>
        /// How the threads handed batches to each other in each build's passes: per batch of records (the validator's batch
        /// size; an estimate from the file's records), the lock contentions and the voluntary context switches (a thread
        /// waited for a batch, a lock or the reading thread); the cores busy (CPU time ÷ wall-clock time); and the
        /// involuntary switches, which are mostly other processes taking the cores: where they are many, the machine's load
        /// distorts the wall-clock time and the hand-off figures both.
        /// </summary>
        private static void PrintHandOff(IReadOnlyList<(GeneratedFile File, string Report, PassFigures Bare, PassFigures[] Builds)> rows)
        {
            Console.WriteLine();
            Console.WriteLine("Hand-off between threads (per warm pass; batches = records ÷ the validator's batch size, 64, or 16 for annual reports; voluntary switches = a thread waited; involuntary = a thread that could go on lost its core, mostly to other processes: the load; cores busy = CPU ÷ wall; gen0 / gen1 / gen2 = garbage collections a pass of that generation and no older one; GC pause = GC.GetTotalPauseDuration's growth ÷ wall)");
            Console.WriteLine();
            Console.WriteLine("| file | report | build | batches | lock contentions a batch | voluntary switches a batch | involuntary switches a pass | cores busy | gen0 / gen1 / gen2 a pass | GC pause % of wall |");
            Console.WriteLine("|---|---|---|--:|--:|--:|--:|--:|--:|--:|");
            foreach ((GeneratedFile file, string report, PassFigures _, PassFigures[] measured) in rows)
            {
                double batches = Math.Max(1, Math.Ceiling(file.Records / (double)(file.Format.Kind == DocumentKind.AnnualReport ? 16 : 64)));
                for (int b = 0; b < measured.Length; b++)
                {
                    PassFigures pass = measured[b];
                    double[] busy = pass.CpuSeconds.Zip(pass.WallSeconds, (cpu, wall) => wall > 0 ? cpu / wall : double.NaN).ToArray();
                    double[] paused = pass.GcPauseSeconds.Zip(pass.WallSeconds, (pause, wall) => wall > 0 ? 100 * pause / wall : double.NaN).ToArray();
                    Console.WriteLine(string.Format(
                        CultureInfo.InvariantCulture,
                        "| {0} | {1} | {2} | {3:N0} | {4} | {5} | {6} | {7} | {8} / {9} / {10} | {11} |",
                        file.Name,
                        report,
                        (char)('A' + b),
                        batches,
                        PassFigures.Format(pass.LockContentions, 1 / batches, "F2"),
                        PassFigures.Format(pass.VoluntarySwitches, 1 / batches, "F2"),
                        PassFigures.Format(pass.InvoluntarySwitches, 1, "F0"),
                        PassFigures.Format(busy, 1, "F2"),
                        PassFigures.Format(pass.Gen0Collections, 1, "F0"),
                        PassFigures.Format(pass.Gen1Collections, 1, "F0"),
                        PassFigures.Format(pass.Gen2Collections, 1, "F0"),
                        PassFigures.Format(paused, 1, "F1")));
                }
            }
        }
    }
}
