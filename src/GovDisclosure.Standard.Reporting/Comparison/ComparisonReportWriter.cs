using System;
using System.IO;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// Writes a <see cref="ComparisonReport"/> in any report format (报告格式): text for a terminal (the table, then the
    /// findings with both locations), JSON, SARIF 2.1.0 (each finding a result with its related locations) and one
    /// self-contained HTML page.
    /// </summary>
    public static class ComparisonReportWriter
    {
        /// <summary>Writes the report; the stream is flushed, not closed.</summary>
        /// <param name="report">The comparison.</param>
        /// <param name="format">The format.</param>
        /// <param name="output">Where the report goes.</param>
        /// <param name="language">The language of messages: <c>zh</c> or <c>en</c>.</param>
        /// <param name="failOn">The least severity that fails, for the verdict and exit code the report states.</param>
        public static void Write(ComparisonReport report, ReportFormat format, Stream output, string language = "zh", FindingSeverity failOn = FindingSeverity.Error)
        {
            if (report is null)
            {
                throw new ArgumentNullException(nameof(report));
            }

            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            bool chinese = !language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            switch (format)
            {
                case ReportFormat.Json:
                    ComparisonJson.Write(report, output, chinese, failOn);
                    break;
                case ReportFormat.Sarif:
                    ComparisonSarif.Write(report, output, chinese, failOn);
                    break;
                case ReportFormat.Html:
                    ComparisonHtml.Write(report, output, chinese, failOn);
                    break;
                default:
                    ComparisonText.Write(report, output, chinese);
                    break;
            }

            output.Flush();
        }
    }
}
