using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The review sheet of a batch of annual reports (年度报告审阅表): one row per report that a reviewing office can sort
    /// and file — agency, year, form, publication date, the Art. 49 due date and whether it was met, the counts of
    /// errors and warnings and the three most serious findings. Hand it to a <see cref="ValidationRun"/> as its writer
    /// (with another through <see cref="ReportWriters.Combine"/>); after the run, <see cref="Rows"/> holds the rows and
    /// <see cref="WriteCsv"/> and <see cref="WriteXlsx"/> write them. It keeps a few findings per report, not the records.
    /// Records of other kinds are not rows; a file that could not be opened is a row with its failure.
    /// </summary>
    public sealed class ReviewSheet : IReportWriter
    {
        private const int Shown = 3;
        private readonly RuleSet rules;
        private readonly List<ReviewSheetRow> rows = new List<ReviewSheetRow>();
        private int fileStart;
        private string language = "zh";

        /// <summary>A sheet whose due dates follow <paramref name="rules"/> (pass the run's <see cref="ValidationRunOptions.Rules"/>, so that a configured due date counts).</summary>
        /// <param name="rules">The rule set; <see cref="RuleSet.Standard"/> (Art. 49 only) when <c>null</c>.</param>
        public ReviewSheet(RuleSet? rules = null)
        {
            this.rules = rules ?? RuleSet.Standard;
        }

        /// <summary>The rows, one per annual report, in the order read.</summary>
        public IReadOnlyList<ReviewSheetRow> Rows => rows;

        /// <summary>The header row in <paramref name="language"/> (<c>zh</c> or <c>en</c>).</summary>
        /// <param name="language">The language; the run's when <c>null</c>.</param>
        public IReadOnlyList<string> Header(string? language = null)
        {
            bool zh = Chinese(language);
            return ReviewSheetColumn.All.Select(c => zh ? c.Chinese : c.English).ToArray();
        }

        /// <summary>The cells of <paramref name="row"/>, in the order of <see cref="Header"/>, in <paramref name="language"/>.</summary>
        /// <param name="row">The row.</param>
        /// <param name="language">The language; the run's when <c>null</c>.</param>
        public IReadOnlyList<string> Cells(ReviewSheetRow row, string? language = null)
        {
            if (row is null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            bool zh = Chinese(language);
            return ReviewSheetColumn.All.Select(c => c.Cell(row, zh)).ToArray();
        }

        /// <summary>Writes the sheet as CSV, UTF-8 with a byte-order mark; a cell a spreadsheet would run as a formula gets a leading <c>'</c> (<see cref="FormulaText"/>).</summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="language">The language; the run's when <c>null</c>.</param>
        public void WriteCsv(Stream output, string? language = null) =>
            TabularWriter.WriteCsv(output, Header(language), rows.Select(row => (IReadOnlyList<string>)Cells(row, language).Select(FormulaText.Neutralise).ToArray()));

        /// <summary>Writes the sheet as an Excel workbook of one sheet (every cell text).</summary>
        /// <param name="output">Where to write (seekable, e.g. a file); left open.</param>
        /// <param name="language">The language; the run's when <c>null</c>.</param>
        public void WriteXlsx(Stream output, string? language = null) =>
            TabularWriter.WriteXlsx(output, Header(language), rows.Select(row => Cells(row, language)), Chinese(language) ? "年度报告审阅表" : "Annual report review");

        /// <inheritdoc/>
        public void Begin(ReportRun run) => language = (run ?? throw new ArgumentNullException(nameof(run))).Language;

        /// <inheritdoc/>
        public void FileStarted(ReportFile file) => fileStart = rows.Count;

        /// <inheritdoc/>
        public void Record(ReportFile file, RecordValidation result)
        {
            if (file is null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            if (result is null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            var report = result.Document as AnnualReport;
            if (report is null && (result.Document != null || file.Kind != DocumentKind.AnnualReport))
            {
                return;
            }

            rows.Add(new ReviewSheetRow
            {
                File = file.Path,
                Status = result.Status,
                AgencyName = report?.AgencyName,
                Year = report?.Year,
                Format = report?.Format,
                PublishedOn = report?.PublishedOn,
                AgencyKind = report?.AgencyKind,
                AgencyKindInferred = report?.AgencyKind != null && result.Record.ReadingNotes.Any(n => n.Kind == ReadingNoteKind.AgencyKindInferred),
                Deadline = report is null ? null : AnnualReportDeadline.Of(report, rules),
                Errors = result.Findings.Count(f => f.Severity == FindingSeverity.Error),
                Warnings = result.Findings.Count(f => f.Severity == FindingSeverity.Warning),
                MostSerious = MostSerious(result.Findings),
                ReadFailure = result.Record.ReadError,
            });
        }

        /// <inheritdoc/>
        public void FileEnded(ReportFile file)
        {
            if (file is null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            if (rows.Count == fileStart && file.Failure != null)
            {
                rows.Add(new ReviewSheetRow { File = file.Path, Status = RecordStatus.Unreadable, ReadFailure = file.Failure });
            }

            if (rows.Count - fileStart > 1)
            {
                for (int i = fileStart; i < rows.Count; i++)
                {
                    rows[i] = rows[i] with { File = file.Path + "#" + (i - fileStart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }
        }

        /// <summary>The batch's findings (a region's summary against its members, GD-AR-018/019) are added to the row of the report each is located in.</summary>
        /// <param name="findings">The findings.</param>
        public void BatchFindings(IReadOnlyList<Finding> findings)
        {
            foreach (Finding finding in findings ?? throw new ArgumentNullException(nameof(findings)))
            {
                string? file = finding.Location.File;
                string numbered = file + "#" + finding.Location.RecordNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                int i = rows.FindIndex(r => r.File == numbered || r.File == file);
                if (i < 0)
                {
                    continue;
                }

                ReviewSheetRow row = rows[i];
                rows[i] = row with
                {
                    Status = finding.Severity >= FindingSeverity.Warning && row.Status == RecordStatus.Valid ? RecordStatus.WithFindings : row.Status,
                    Errors = row.Errors + (finding.Severity == FindingSeverity.Error ? 1 : 0),
                    Warnings = row.Warnings + (finding.Severity == FindingSeverity.Warning ? 1 : 0),
                    MostSerious = MostSerious(row.MostSerious.Append(finding)),
                };
            }
        }

        /// <inheritdoc/>
        public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted)
        {
        }

        /// <inheritdoc/>
        public void End(ValidationSummary total, int exitCode)
        {
        }

        /// <summary>Nothing to release: the sheet is written by <see cref="WriteCsv"/> or <see cref="WriteXlsx"/>.</summary>
        public void Dispose()
        {
        }

        /// <summary>The <see cref="Shown"/> most serious findings: by severity, then rule id, then location.</summary>
        private static Finding[] MostSerious(IEnumerable<Finding> findings) =>
            findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Location, LocationOrder.Instance).Take(Shown).ToArray();

        private bool Chinese(string? requested) => (requested ?? language).StartsWith("zh", StringComparison.OrdinalIgnoreCase);

        /// <summary>Locations in reading order: page and line, record, row, then pointer.</summary>
        private sealed class LocationOrder : IComparer<SourceLocation>
        {
            public static readonly LocationOrder Instance = new LocationOrder();

            public int Compare(SourceLocation? x, SourceLocation? y)
            {
                if (x is null || y is null)
                {
                    return x is null ? (y is null ? 0 : -1) : 1;
                }

                int order = Nullable.Compare(x.Page, y.Page);
                order = order != 0 ? order : Nullable.Compare(x.Line, y.Line);
                order = order != 0 ? order : Nullable.Compare(x.RecordNumber, y.RecordNumber);
                order = order != 0 ? order : Nullable.Compare(x.Row, y.Row);
                return order != 0 ? order : string.CompareOrdinal(x.JsonPointer, y.JsonPointer);
            }
        }
    }
}
