namespace GovDisclosure.Standard.Throughput.Measurement
{
    /// <summary>What one run of the built <c>govdisclosure validate</c> measured from outside.</summary>
    /// <param name="ReportFormat">The report format asked for (json, html, sarif, text).</param>
    /// <param name="ExitCode">The tool's exit code (1 = findings, as expected for generated files with mistakes).</param>
    /// <param name="Seconds">Wall-clock time of the whole process, start-up included.</param>
    /// <param name="PeakRss">VmHWM of the process (bytes), the kernel's own peak resident set size.</param>
    /// <param name="ReportBytes">Size of the report written.</param>
    /// <param name="Error">The last line the tool wrote to standard error, if any.</param>
    internal sealed record ToolResult(string ReportFormat, int ExitCode, double Seconds, long PeakRss, long ReportBytes, string? Error);
}
