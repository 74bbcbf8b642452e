using System;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Cli.Output
{
    /// <summary>
    /// A report format. The validate command calls it in order: <see cref="Begin"/>, then per file
    /// <see cref="FileStarted"/>, <see cref="Record"/> for each record, <see cref="FileEnded"/>, then
    /// <see cref="Coverage"/> when the run checked a catalogue's coverage, and finally <see cref="End"/> with the totals. Writers write as records come; summaries come at the end.
    /// </summary>
    internal interface IReportWriter : IDisposable
    {
        void Begin(ReportRun run);

        void FileStarted(ReportFile file);

        void Record(ReportFile file, RecordValidation result);

        void FileEnded(ReportFile file);

        /// <summary>The findings about one agency's whole catalogue (GD-CAT-008, GD-CAT-010, GD-CAT-011), which belong to no single record.</summary>
        void Coverage(CatalogueCoverage coverage, System.Collections.Generic.IReadOnlyList<Finding> findings);

        void End(ValidationSummary total, int exitCode);
    }
}
