using System;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>
    /// A report format. The validate command calls it in order: <see cref="Begin"/>, then per file
    /// <see cref="FileStarted"/>, <see cref="Record"/> for each record, <see cref="FileEnded"/>, and finally
    /// <see cref="End"/> with the totals. Writers write as records come; summaries come at the end.
    /// </summary>
    internal interface IReportWriter : IDisposable
    {
        void Begin(ReportRun run);

        void FileStarted(ReportFile file);

        void Record(ReportFile file, RecordValidation result);

        void FileEnded(ReportFile file);

        void End(ValidationSummary total, int exitCode);
    }
}
