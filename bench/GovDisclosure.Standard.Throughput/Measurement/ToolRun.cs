using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>
    /// Runs the built tool (<c>dotnet govdisclosure.dll validate FILE --format F --output REPORT</c>)
    /// as a separate process and samples its peak resident set size from <c>/proc/&lt;pid&gt;/status</c>
    /// (VmHWM, which the kernel keeps as a high-water mark, so a sample taken late still sees an early peak).
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
            string status = "/proc/" + process.Id.ToString(CultureInfo.InvariantCulture) + "/status";
            long peak = 0;
            while (!process.HasExited)
            {
                peak = Math.Max(peak, ReadKilobytes(status, "VmHWM:") * 1024);
                Thread.Sleep(20);
            }

            process.WaitForExit();
            clock.Stop();
            long reportBytes = File.Exists(reportPath) ? new FileInfo(reportPath).Length : 0;
            return new ToolResult(reportFormat, process.ExitCode, clock.Elapsed.TotalSeconds, peak, reportBytes, lastError);
        }

        private static long ReadKilobytes(string statusFile, string field)
        {
            try
            {
                foreach (string line in File.ReadLines(statusFile))
                {
                    if (line.StartsWith(field, StringComparison.Ordinal))
                    {
                        string number = line.Substring(field.Length).Trim();
                        int space = number.IndexOf(' ');
                        return long.Parse(space > 0 ? number.Substring(0, space) : number, CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // The process ended between the check and the read.
            }
            catch (UnauthorizedAccessException)
            {
            }

            return 0;
        }
    }
}
