using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Runs the built tool (<c>dotnet govdisclosure.dll validate FILE --format F --output REPORT</c>, or the native tool's
    /// executable itself, <c>dotnet publish src/GovDisclosure.Standard.Cli -r RID -p:NativeTool=true</c>) as a separate process, timed from its start to its exit, its peak resident set size sampled meanwhile
    /// (<see cref="ProcessPeakSampler"/>).
    /// </summary>
    internal static class ToolRun
    {
        /// <summary>Runs the tool once and times it.</summary>
        /// <param name="tool">A built tool's <c>govdisclosure.dll</c> (run by the <c>dotnet</c> host), or the native tool's executable.</param>
        /// <param name="input">The file to validate.</param>
        /// <param name="reportFormat">The report's format.</param>
        /// <param name="reportPath">Where the report goes.</param>
        /// <param name="environment">Variables set for the run besides the harness's own.</param>
        public static ToolResult Measure(string tool, string input, string reportFormat, string reportPath, IReadOnlyDictionary<string, string> environment)
        {
            bool throughHost = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
            var start = new ProcessStartInfo(throughHost ? "dotnet" : tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (throughHost)
            {
                start.ArgumentList.Add(tool);
            }

            foreach (string argument in new[] { "validate", input, "--format", reportFormat, "--output", reportPath })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["CI"] = "1";
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            var clock = Stopwatch.StartNew();
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
            string? lastError = null;
            process.ErrorDataReceived += (_, e) =>
            {
                if (!string.IsNullOrWhiteSpace(e.Data))
                {
                    lastError = e.Data;
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            long peak;
            using (var sampler = new ProcessPeakSampler(process.Id))
            {
                process.WaitForExit();
                clock.Stop();
                peak = sampler.PeakBytes;
            }

            long reportBytes = File.Exists(reportPath) ? new FileInfo(reportPath).Length : 0;
            return new ToolResult(reportFormat, process.ExitCode, clock.Elapsed.TotalSeconds, peak, reportBytes, lastError);
        }
    }
}
