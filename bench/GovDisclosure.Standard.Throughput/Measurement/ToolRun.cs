using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Runs the built tool (<c>dotnet govdisclosure.dll validate FILE --format F --output REPORT</c>)
    /// as a separate process, timed from its start to its exit, its peak resident set size sampled meanwhile
    /// (<see cref="ProcessPeakSampler"/>).
    /// </summary>
    internal static class ToolRun
    {
        public static ToolResult Measure(string toolDll, string input, string reportFormat, string reportPath, IReadOnlyDictionary<string, string> environment)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { toolDll, "validate", input, "--format", reportFormat, "--output", reportPath })
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
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
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
