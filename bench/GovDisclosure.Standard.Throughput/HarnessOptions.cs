using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Standard.Throughput.Generation;

namespace GovDisclosure.Standard.Throughput
{
    /// <summary>The harness's command line.</summary>
    internal sealed record HarnessOptions
    {
        public const string Usage =
            "dotnet run -c Release --project bench/GovDisclosure.Standard.Throughput -- [options]\n" +
            "  --size MB[,MB...]       size of each generated file in MiB (default 50); several sizes show whether memory grows with input\n" +
            "  --records N[,N...]      number of records per file instead of a size\n" +
            "  --formats a,b,...       formats to run (default all): " + "{formats}" + "\n" +
            "  --tool [json,html,...]  the report formats the built tool writes for each file (default json; --tool alone: all four);\n" +
            "                          build it first: dotnet build -c Release src/GovDisclosure.Standard.Cli\n" +
            "  --no-tool               do not run the tool as a process\n" +
            "  --repeat N              measure each file N times (default 1); figures are printed as min–max ranges\n" +
            "  --tool-dll PATH         the tool to run (default src/GovDisclosure.Standard.Cli/bin/Release/net10.0/govdisclosure.dll)\n" +
            "  --baseline-tool PATH    also run another build of the tool (e.g. an older commit's) on each file right after the tool\n" +
            "                          (--format json), alternately, and print the tool's rate as a multiple of the baseline's\n" +
            "  --heap-limit MB         run the measured processes with DOTNET_GCHeapHardLimit (proves a file validates in bounded heap)\n" +
            "  --dir PATH              where to generate files (default a new folder under the temp folder)\n" +
            "  --keep                  keep the generated files (default: each is deleted after it is measured)";

        public IReadOnlyList<long> SizesMegabytes { get; init; } = new long[] { 50 };

        public IReadOnlyList<long>? Records { get; init; }

        public IReadOnlyList<ExportFormat> Formats { get; init; } = ExportFormat.Default;

        public IReadOnlyList<string> ToolFormats { get; init; } = new[] { "json" };

        public int Repeat { get; init; } = 1;

        public string? ToolDll { get; init; }

        public string? BaselineToolDll { get; init; }

        public long? HeapLimitMegabytes { get; init; }

        public string? Folder { get; init; }

        public bool Keep { get; init; }

        public static HarnessOptions Parse(IReadOnlyList<string> args)
        {
            var options = new HarnessOptions();
            for (int i = 0; i < args.Count; i++)
            {
                string name = args[i];
                string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
                bool HasValue() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                switch (name)
                {
                    case "--size":
                        options = options with { SizesMegabytes = Numbers(Value()), Records = null };
                        break;
                    case "--records":
                        options = options with { Records = Numbers(Value()) };
                        break;
                    case "--formats":
                        options = options with { Formats = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ExportFormat.Find).ToArray() };
                        break;
                    case "--tool":
                        string[] formats = HasValue() ? Value().Split(',', StringSplitOptions.RemoveEmptyEntries) : new[] { "json", "html", "sarif", "text" };
                        foreach (string format in formats)
                        {
                            if (!new[] { "json", "html", "sarif", "text" }.Contains(format))
                            {
                                throw new ArgumentException($"Unknown report format '{format}' (json, html, sarif, text).");
                            }
                        }

                        options = options with { ToolFormats = formats };
                        break;
                    case "--no-tool":
                        options = options with { ToolFormats = Array.Empty<string>() };
                        break;
                    case "--repeat":
                        options = options with { Repeat = Math.Max(1, int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture)) };
                        break;
                    case "--tool-dll":
                        options = options with { ToolDll = Value() };
                        break;
                    case "--baseline-tool":
                        options = options with { BaselineToolDll = Value() };
                        break;
                    case "--heap-limit":
                        options = options with { HeapLimitMegabytes = long.Parse(Value(), CultureInfo.InvariantCulture) };
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

            return options;
        }

        /// <summary>The files to generate: one per record count when counts are given, else one per size in MiB.</summary>
        public static IEnumerable<(long? Records, long? Bytes)> Targets(IReadOnlyList<long>? records, IReadOnlyList<long> sizesMegabytes) =>
            records != null
                ? records.Select(r => ((long?)r, (long?)null))
                : sizesMegabytes.Select(m => ((long?)null, (long?)(m * 1024 * 1024)));

        private static long[] Numbers(string text) =>
            text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => long.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
    }
}
