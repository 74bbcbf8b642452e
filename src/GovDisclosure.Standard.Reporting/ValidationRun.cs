using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// A whole validation run (一次校验), the one the <c>govdisclosure validate</c> tool and a portal share:
    /// each input is opened (a path or a caller's stream), its records are bound and checked, and every
    /// step is handed to an <see cref="IReportWriter"/> as it happens, so results stream and memory stays
    /// flat whatever the size of the input. Failure has one channel: an input that cannot be opened or
    /// read to its end is recorded on its <see cref="ReportFile"/> (<see cref="ReportFile.Failure"/>, with
    /// its location), never thrown; only cancellation and a failing writer throw.
    /// </summary>
    public sealed class ValidationRun
    {
        private readonly DisclosureValidator validator;

        /// <summary>A run with the given settings.</summary>
        /// <param name="options">The rule set, language and failing severity; the defaults when <c>null</c>.</param>
        public ValidationRun(ValidationRunOptions? options = null)
        {
            Options = options ?? new ValidationRunOptions();
            validator = new DisclosureValidator(Options.Rules, Options.Calendar);
        }

        /// <summary>The settings.</summary>
        public ValidationRunOptions Options { get; }

        /// <summary>What the run checks against: library, code-list and calendar versions, rule set.</summary>
        public ValidationRunInfo Info => validator.RunInfo;

        /// <summary>Validates one input.</summary>
        /// <param name="source">The input.</param>
        /// <param name="writer">Receives each step as it happens; <c>null</c> to keep only the counts of the result.</param>
        /// <param name="cancellationToken">Checked between records.</param>
        /// <returns>The result.</returns>
        public Task<ValidationRunResult> RunAsync(ValidationSource source, IReportWriter? writer = null, CancellationToken cancellationToken = default) =>
            RunAsync(new[] { source ?? throw new ArgumentNullException(nameof(source)) }, writer, cancellationToken);

        /// <summary>Validates the inputs in order.</summary>
        /// <param name="sources">The inputs.</param>
        /// <param name="writer">Receives each step as it happens; <c>null</c> to keep only the counts of the result.</param>
        /// <param name="cancellationToken">Checked between records.</param>
        /// <returns>The result.</returns>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public async Task<ValidationRunResult> RunAsync(IEnumerable<ValidationSource> sources, IReportWriter? writer = null, CancellationToken cancellationToken = default)
        {
            if (sources is null)
            {
                throw new ArgumentNullException(nameof(sources));
            }

            // Readers are synchronous: yield once so that a caller on a request thread is not held
            // before the run starts; cancellation is then checked between records.
            await Task.Yield();
            var run = new ReportRun(validator.RunInfo, RuleRegistry.All, Options.Language, Options.FailOn, DateTimeOffset.Now);
            var files = new List<ReportFile>();
            var total = new ValidationSummary();
            bool failing = false;
            bool unusable = false;
            CatalogueCoverage? coverage = null;
            var series = new AnnualReportSeries(Options.Rules);
            var regions = new AnnualReportRegions(Options.Rules);
            BaselineMatch? baseline = Options.Baseline is null ? null : new BaselineMatch(Options.Baseline);
            writer?.Begin(run);
            // The next source is taken before a source is checked, so the series knows the last one: its reports are compared
            // with earlier sources' but not kept, since no later source can pair with them (a run of one file keeps none).
            using (IEnumerator<ValidationSource> next = sources.GetEnumerator())
            {
                bool more = next.MoveNext();
                while (more)
                {
                    ValidationSource source = next.Current;
                    more = next.MoveNext();
                    cancellationToken.ThrowIfCancellationRequested();
                    ReportFile file = Check(source, last: !more, writer, total, series, regions, baseline, ref coverage, ref failing, cancellationToken);
                    unusable |= file.Failure != null;
                    files.Add(file);
                    writer?.FileEnded(file);
                }
            }

            // A region's summary is compared with its members' reports once every report has been read (GD-AR-018/019).
            IReadOnlyList<Finding> batch = regions.Findings();
            batch = baseline?.Filter(null, batch) ?? batch;
            foreach (Finding finding in batch)
            {
                total.Add(finding);
                FileOf(files, finding)?.Summary.Add(finding);
                failing |= finding.Severity >= Options.FailOn;
            }

            writer?.BatchFindings(batch);
            if (coverage != null)
            {
                IReadOnlyList<Finding> findings = coverage.Findings();
                IReadOnlyList<Finding> accepted = Array.Empty<Finding>();
                findings = baseline?.Filter(null, findings, out accepted) ?? findings;
                foreach (Finding finding in findings)
                {
                    total.Add(finding);
                    failing |= finding.Severity >= Options.FailOn;
                }

                writer?.Coverage(coverage, findings, accepted);
            }

            var result = new ValidationRunResult(run, files, total, failing, unusable)
            {
                AcceptedByBaseline = baseline?.Accepted ?? 0,
                BaselineUnmatched = baseline?.Unmatched ?? 0,
            };
            writer?.End(total, result.ExitCode);
            return result;
        }

        /// <summary>Whether a record's findings fail the run: a loop, as it is asked for every record.</summary>
        private bool Fails(IReadOnlyList<Finding> findings)
        {
            for (int i = 0; i < findings.Count; i++)
            {
                if (findings[i].Severity >= Options.FailOn)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The file a finding of the whole batch stands in (a region's summary report), counted in that file's own counts too.</summary>
        private static ReportFile? FileOf(List<ReportFile> files, Finding finding) =>
            finding.Location.File is string path ? files.Find(f => string.Equals(f.Path, path, StringComparison.Ordinal)) : null;

        private ReportFile Check(ValidationSource source, bool last, IReportWriter? writer, ValidationSummary total, AnnualReportSeries series, AnnualReportRegions regions, BaselineMatch? baseline, ref CatalogueCoverage? coverage, ref bool failing, CancellationToken cancellationToken)
        {
            var file = new ReportFile(source.Name);
            SourceInput input;
            try
            {
                input = source.Open();
            }
            catch (InputException e)
            {
                file.NotOpened = true;
                file.Failure = e.Text;
                file.FailureLocation = e.Location;
                writer?.FileStarted(file);
                return file;
            }

            file.Format = input.Format;
            file.Kind = input.Kind;
            file.KindDetected = input.KindDetected;
            file.Encoding = input.Encoding?.WebName;
            file.Sheet = input.Sheet;
            writer?.FileStarted(file);

            // Records the run gives back once reported, when nothing keeps them longer: not annual reports, whose places the
            // series keeps to locate a later year's findings (GD-AR-009), and only for writers that keep no record.
            RecordBytesRing? ring = Options.RecordsReleasedOnceReported && input.Kind != DocumentKind.AnnualReport ? new RecordBytesRing() : null;

            // Only annual reports are compared across years and regions (every other kind's documents come back from the
            // series and the regions as they were): another kind's document, made on another thread, is not looked at here,
            // where its first look cost a cache miss a record (bench/RESULTS.md, "Round 32, clean catalogue entries").
            bool reports = input.Kind == DocumentKind.AnnualReport;
            try
            {
                foreach (RecordValidation checkedAlone in validator.Validate(input.Kind, input.RecordsKeptIn(ring), Options.MaxDegreeOfParallelism))
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    // An agency's reports of consecutive years in different inputs are compared too (GD-AR-009).
                    RecordValidation result = !reports ? checkedAlone : last ? series.Compare(checkedAlone, source.Name) : series.Add(checkedAlone, source.Name);
                    if (reports)
                    {
                        regions.Add(result, source.Name);
                    }

                    // Findings the baseline accepts are left out before anything counts or reports them.
                    result = baseline?.Filter(source.Name, result) ?? result;
                    if (Options.AgencyKind != null && result.Document is CatalogueEntry entry)
                    {
                        coverage ??= new CatalogueCoverage(Options.AgencyKind, Options.Rules) { Location = new SourceLocation { File = source.Name } };
                        coverage.Add(entry);
                    }

                    file.Add(result);
                    total.Add(result);
                    failing |= Fails(result.Findings);
                    writer?.Record(file, result);
                    ring?.Release(result.Record.Number);
                }
            }
            catch (Exception e) when (e is InputException || e is IOException || e is InvalidDataException || e is DecoderFallbackException)
            {
                file.Failure = e is InputException located ? located.Text : new BilingualText("读取中断：" + e.Message, "Reading stopped: " + e.Message);
                file.FailureLocation = e is InputException at ? at.Location : new SourceLocation { File = source.Name, RecordNumber = file.Summary.Read + 1 };
            }

            return file;
        }
    }
}
