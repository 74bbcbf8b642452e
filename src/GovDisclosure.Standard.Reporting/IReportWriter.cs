using System;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A report format (报告格式). <see cref="ValidationRun"/> calls it in order: <see cref="Begin"/>, then per file
    /// <see cref="FileStarted"/>, <see cref="Record"/> for each record, <see cref="FileEnded"/>, then
    /// <see cref="BatchFindings"/> once, <see cref="Coverage"/> when the run checked a catalogue's coverage, and finally <see cref="End"/> with the totals. Writers write as records come; summaries come at the end.
    /// </summary>
    public interface IReportWriter : IDisposable
    {
        /// <summary>The run starts.</summary>
        /// <param name="run">What the report says about the run.</param>
        void Begin(ReportRun run);

        /// <summary>An input is open (or could not be opened: <see cref="ReportFile.NotOpened"/>).</summary>
        /// <param name="file">The input.</param>
        void FileStarted(ReportFile file);

        /// <summary>A record has been checked.</summary>
        /// <param name="file">The input it comes from.</param>
        /// <param name="result">Its status and findings.</param>
        void Record(ReportFile file, RecordValidation result);

        /// <summary>An input has been read to its end, or stopped (<see cref="ReportFile.Failure"/>).</summary>
        /// <param name="file">The input.</param>
        void FileEnded(ReportFile file);

        /// <summary>
        /// The findings that compare the batch's reports with each other and are known only after the last input (GD-AR-018,
        /// GD-AR-019: a region's summary annual report against its members' reports); each is located in the file it is
        /// about. Called once, after the last input, with no findings when there are none.
        /// </summary>
        /// <param name="findings">The findings, already counted in the totals.</param>
        void BatchFindings(System.Collections.Generic.IReadOnlyList<Finding> findings);

        /// <summary>
        /// The findings about one agency's whole catalogue (GD-CAT-008, GD-CAT-010, GD-CAT-011), which belong to no
        /// single record; called once, after the last input, when <see cref="ValidationRunOptions.AgencyKind"/> is set.
        /// </summary>
        /// <param name="coverage">The coverage check.</param>
        /// <param name="findings">Its findings, already counted in the totals.</param>
        /// <param name="accepted">
        /// Its findings that the run's <see cref="ValidationRunOptions.Baseline"/> accepts: not counted, and marked as
        /// accepted where a report shows them (as <see cref="RecordValidation.Accepted"/> is for a record's).
        /// </param>
        void Coverage(CatalogueCoverage coverage, System.Collections.Generic.IReadOnlyList<Finding> findings, System.Collections.Generic.IReadOnlyList<Finding> accepted);

        /// <summary>The run is over.</summary>
        /// <param name="total">The counts over every input.</param>
        /// <param name="exitCode">The outcome as a tool's exit code (see <see cref="ValidationRunResult.ExitCode"/>).</param>
        void End(ValidationSummary total, int exitCode);
    }
}
