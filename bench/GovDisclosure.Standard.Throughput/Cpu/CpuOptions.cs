using System;
using System.Collections.Generic;

namespace GovDisclosure.Standard.Throughput.Cpu
{
    /// <summary>The command line of the warm CPU-time mode: <c>cpu [options]</c>.</summary>
    internal sealed record CpuOptions
    {
        public const string Usage =
            "dotnet GovDisclosure.Standard.Throughput.dll cpu [options]\n" +
            "{files}\n" +
            "  --passes N              measured passes per process, after the warm-up (default 5)\n" +
            "  --warmup N              unmeasured passes first, so the code is jitted and tiered up (default 2)\n" +
            "  --rounds N              processes per build, alternated between the builds (default 1)\n" +
            "  --tool-dll PATH         a built tool (govdisclosure.dll) to run in process through its Main\n" +
            "                          (`validate FILE --format F --output …`); give it twice or more to compare builds,\n" +
            "                          which are run alternately; without it, ValidationRun of the harness's own build\n" +
            "  --report json,...       the report formats written, each measured on its own (default json): json, html, sarif, text\n" +
            "  --parallel N            --parallel of the validation (default 1: the CPU time of one reading thread)\n" +
            "  --no-bare               do not measure the bare reader pass";

        /// <summary>The files measured (20 MiB of each format unless told).</summary>
        public FileChoice Files { get; init; } = new FileChoice(20);

        public int Passes { get; init; } = 5;

        public int Warmup { get; init; } = 2;

        public int Rounds { get; init; } = 1;

        public IReadOnlyList<string> ToolDlls { get; init; } = Array.Empty<string>();

        public IReadOnlyList<string> Reports { get; init; } = new[] { "json" };

        public int Parallel { get; init; } = 1;

        public bool Bare { get; init; } = true;

        /// <summary>The usage text, the options of <see cref="FileChoice"/> included.</summary>
        public static string UsageText => Usage.Replace("{files}", new FileChoice(20).UsageText, StringComparison.Ordinal);

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
                if (options.Files.Read(name, Value) is FileChoice files)
                {
                    options = options with { Files = files };
                    continue;
                }

                switch (name)
                {
                    case "--tool-dll":
                        tools.Add(Value());
                        break;
                    default:
                        options = name switch
                        {
                            "--passes" => options with { Passes = OptionText.Count(name, Value(), 1) },
                            "--warmup" => options with { Warmup = OptionText.Count(name, Value(), 0) },
                            "--rounds" => options with { Rounds = OptionText.Count(name, Value(), 1) },
                            "--report" => options with { Reports = HarnessOptions.Reports(Value()) },
                            "--parallel" => options with { Parallel = OptionText.Count(name, Value(), 1) },
                            "--no-bare" => options with { Bare = false },
                            _ => throw new ArgumentException($"Unknown option '{name}'."),
                        };
                        break;
                }
            }

            return options with { ToolDlls = tools };
        }
    }
}
