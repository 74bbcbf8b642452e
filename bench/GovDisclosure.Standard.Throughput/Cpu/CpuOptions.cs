using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Throughput.Generation;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>The command line of the warm CPU-time mode: <c>cpu [options]</c>.</summary>
    internal sealed record CpuOptions
    {
        public const string Usage =
            "dotnet GovDisclosure.Standard.Throughput.dll cpu [options]\n" +
            "  --size MB[,MB...]       size of each generated file in MiB (default 20)\n" +
            "  --records N[,N...]      number of records per file instead of a size\n" +
            "  --formats a,b,...       formats to run (default all): {formats}\n" +
            "  --passes N              measured passes per process, after the warm-up (default 5)\n" +
            "  --warmup N              unmeasured passes first, so the code is jitted and tiered up (default 2)\n" +
            "  --rounds N              processes per build, alternated between the builds (default 1)\n" +
            "  --tool-dll PATH         a built tool (govdisclosure.dll) to run in process through its Main\n" +
            "                          (`validate FILE --format json --output …`); give it twice or more to compare builds,\n" +
            "                          which are run alternately; without it, ValidationRun of the harness's own build\n" +
            "  --parallel N            --parallel of the validation (default 1: the CPU time of one reading thread)\n" +
            "  --no-bare               do not measure the bare reader pass\n" +
            "  --dir PATH              where to generate files (default a new folder under the temp folder)\n" +
            "  --keep                  keep the generated files";

        public IReadOnlyList<long> SizesMegabytes { get; init; } = new long[] { 20 };

        public IReadOnlyList<long>? Records { get; init; }

        public IReadOnlyList<ExportFormat> Formats { get; init; } = ExportFormat.Default;

        public int Passes { get; init; } = 5;

        public int Warmup { get; init; } = 2;

        public int Rounds { get; init; } = 1;

        public IReadOnlyList<string> ToolDlls { get; init; } = Array.Empty<string>();

        public int Parallel { get; init; } = 1;

        public bool Bare { get; init; } = true;

        public string? Folder { get; init; }

        public bool Keep { get; init; }

        /// <summary>Reads the options after <c>cpu</c>.</summary>
        /// <exception cref="ArgumentException">An unknown option, a missing or malformed value.</exception>
        public static CpuOptions Parse(IReadOnlyList<string> args)
        {
            var options = new CpuOptions();
            var tools = new List<string>();
            for (int i = 0; i < args.Count; i++)
            {
                string name = args[i];
                string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
                switch (name)
                {
                    case "--size":
                        options = options with { SizesMegabytes = Numbers(name, Value()), Records = null };
                        break;
                    case "--records":
                        options = options with { Records = Numbers(name, Value()) };
                        break;
                    case "--formats":
                        options = options with { Formats = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ExportFormat.Find).ToArray() };
                        break;
                    case "--passes":
                        options = options with { Passes = Count(name, Value(), 1) };
                        break;
                    case "--warmup":
                        options = options with { Warmup = Count(name, Value(), 0) };
                        break;
                    case "--rounds":
                        options = options with { Rounds = Count(name, Value(), 1) };
                        break;
                    case "--tool-dll":
                        tools.Add(Value());
                        break;
                    case "--parallel":
                        options = options with { Parallel = Count(name, Value(), 1) };
                        break;
                    case "--no-bare":
                        options = options with { Bare = false };
                        break;
                    case "--dir":
                        options = options with { Folder = Value() };
                        break;
                    case "--keep":
                        options = options with { Keep = true };
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{name}'.");
                }
            }

            return options with { ToolDlls = tools };
        }

        private static int Count(string name, string text, int least) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= least
                ? value
                : throw new ArgumentException($"{name} needs a whole number of at least {least}, not '{text}'.");

        private static long[] Numbers(string name, string text)
        {
            long[] numbers = text.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : throw new ArgumentException($"{name} needs positive whole numbers, not '{t}'."))
                .ToArray();
            return numbers.Length > 0 ? numbers : throw new ArgumentException($"{name} needs a value.");
        }
    }
}
