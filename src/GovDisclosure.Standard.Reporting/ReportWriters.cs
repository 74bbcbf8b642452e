using System;
using System.IO;
using System.Text;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>The built-in report writers (报告输出), by format.</summary>
    public static class ReportWriters
    {
        /// <summary>A writer of the given format.</summary>
        /// <param name="format">The format.</param>
        /// <param name="output">Where the report goes.</param>
        /// <param name="ownsOutput"><c>true</c> to close <paramref name="output"/> with the writer.</param>
        /// <param name="colour">For <see cref="ReportFormat.Text"/>: colour it with ANSI escapes (for a terminal).</param>
        /// <returns>The writer; dispose it after the run.</returns>
        public static IReportWriter Create(ReportFormat format, Stream output, bool ownsOutput, bool colour = false)
        {
            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            switch (format)
            {
                case ReportFormat.Json:
                    return new JsonReportWriter(output, ownsOutput);
                case ReportFormat.Sarif:
                    return new SarifReportWriter(output, ownsOutput);
                case ReportFormat.Html:
                    return new HtmlReportWriter(output, ownsOutput);
                default:
                    return new TextReportWriter(new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, !ownsOutput) { AutoFlush = false }, colour, true);
            }
        }

        /// <summary>One writer that hands every step to each of <paramref name="writers"/> in turn (e.g. an HTML report and a <see cref="ReviewSheet"/>); disposing it disposes them.</summary>
        /// <param name="writers">The writers.</param>
        /// <returns>The combined writer.</returns>
        public static IReportWriter Combine(params IReportWriter[] writers)
        {
            if (writers is null || Array.IndexOf(writers, null) >= 0)
            {
                throw new ArgumentNullException(nameof(writers));
            }

            return new CombinedReportWriter((IReportWriter[])writers.Clone());
        }
    }
}
