using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>The harness's command line.</summary>
    internal sealed record HarnessOptions
    {
        public const string Usage =
            "dotnet run -c Release --project bench/GovDisclosure.Standard.Throughput -- [options]\n" +
            "{files}\n" +
            "  --tool [json,html,...]  the report formats the built tool writes for each file (default json; --tool alone: all four);\n" +
            "                          build it first: dotnet build -c Release src/GovDisclosure.Standard.Cli\n" +
            "  --no-tool               do not run the tool as a process\n" +
            "  --repeat N              measure each file N times (default 1); figures are printed as min–max ranges\n" +
            "  --bare-passes N         read the file N times in each bare pass's process and take the fastest (default 1: one\n" +
            "                          pass in a fresh process, its JIT included, as issue 17's ratios have been measured)\n" +
            "  --tool-dll PATH         the tool to run (default src/GovDisclosure.Standard.Cli/bin/Release/net10.0/govdisclosure.dll),\n" +
            "                          or the native tool's executable (dotnet publish src/GovDisclosure.Standard.Cli -c Release\n" +
            "                          -r linux-x64 -p:NativeTool=true -o artifacts/native)\n" +
            "  --baseline-tool PATH    also run another build of the tool (e.g. an older commit's) on each file right after the tool\n" +
            "                          (--format json), alternately, and print the tool's rate as a multiple of the baseline's\n" +
            "  --heap-limit MB         run the measured processes with DOTNET_GCHeapHardLimit (proves a file validates in bounded heap)";

        /// <summary>The report formats of the tool.</summary>
        public static readonly string[] ReportFormats = { "json", "html", "sarif", "text" };

        /// <summary>The files measured (50 MiB of each format unless told).</summary>
        public FileChoice Files { get; init; } = new FileChoice(50);

        public IReadOnlyList<string> ToolFormats { get; init; } = new[] { "json" };

        public int Repeat { get; init; } = 1;

        /// <summary>How many times each bare pass's process reads the file; the fastest is the pass's time (<c>--bare-passes</c>).</summary>
        public int BarePasses { get; init; } = 1;

        public string? ToolDll { get; init; }

        public string? BaselineToolDll { get; init; }

        public long? HeapLimitMegabytes { get; init; }

        /// <summary>The usage text, the options of <see cref="FileChoice"/> included.</summary>
        public static string UsageText => Usage.Replace("{files}", new FileChoice(50).UsageText, StringComparison.Ordinal);

        /// <summary>Reads the options.</summary>
        /// <exception cref="ArgumentException">An unknown option, a missing or malformed value.</exception>
        public static HarnessOptions Parse(IReadOnlyList<string> args)
        {
            var options = new HarnessOptions();
            for (int i = 0; i < args.Count; i++)
            {
                string name = args[i];
                string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
                bool HasValue() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                if (options.Files.Read(name, Value) is FileChoice files)
                {
                    options = options with { Files = files };
                    continue;
                }

                options = name switch
                {
                    "--tool" => options with { ToolFormats = HasValue() ? Reports(Value()) : ReportFormats },
                    "--no-tool" => options with { ToolFormats = Array.Empty<string>() },
                    "--repeat" => options with { Repeat = OptionText.Count(name, Value(), 1) },
                    "--bare-passes" => options with { BarePasses = OptionText.Count(name, Value(), 1) },
                    "--tool-dll" => options with { ToolDll = Value() },
                    "--baseline-tool" => options with { BaselineToolDll = Value() },
                    "--heap-limit" => options with { HeapLimitMegabytes = OptionText.Numbers(name, Value())[0] },
                    _ => throw new ArgumentException($"Unknown option '{name}'."),
                };
            }

            return options;
        }

        /// <summary>Report formats separated by commas, each one of <see cref="ReportFormats"/>.</summary>
        /// <exception cref="ArgumentException">An unknown one.</exception>
        public static string[] Reports(string text)
        {
            string[] formats = OptionText.List(text);
            foreach (string format in formats)
            {
                if (!ReportFormats.Contains(format))
                {
                    throw new ArgumentException($"Unknown report format '{format}' ({string.Join(", ", ReportFormats)}).");
                }
            }

            return formats;
        }
    }
}
