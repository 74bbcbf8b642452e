using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// The result of a comparison (比对结果), as <see cref="ComparisonRun"/> returns it and every report format
    /// (<see cref="ComparisonReportWriter"/>) shows it: the sources read, the table that opens the report (per domain for a
    /// catalogue, per pair of sources for service guides), the GD-CMP findings, and what was left out.
    /// </summary>
    public sealed class ComparisonReport
    {
        internal ComparisonReport(ComparisonKind kind, IReadOnlyList<ReportFile> sources, string? standard, IReadOnlyList<CatalogueStandardComparison> catalogues, IReadOnlyList<ServiceGuideSourcePair> guides, IReadOnlyList<Finding> findings, IReadOnlyList<ComparisonNote> notes)
        {
            Kind = kind;
            Sources = sources;
            Standard = standard;
            Catalogues = catalogues;
            Guides = guides;
            Findings = findings;
            Notes = notes;
        }

        /// <summary>What was compared.</summary>
        public ComparisonKind Kind { get; }

        /// <summary>The inputs, in order, each with what was read and whether it could be read.</summary>
        public IReadOnlyList<ReportFile> Sources { get; }

        /// <summary>For a catalogue: the name of the standard compared with; <c>null</c> for the built-in standard catalogue.</summary>
        public string? Standard { get; }

        /// <summary>For a catalogue: one comparison per pilot domain (matched, missing, added, weakened).</summary>
        public IReadOnlyList<CatalogueStandardComparison> Catalogues { get; }

        /// <summary>For service guides: each source after the first, compared with the first.</summary>
        public IReadOnlyList<ServiceGuideSourcePair> Guides { get; }

        /// <summary>The findings (GD-CMP-…), each with its location and, where there is one, the other side's location.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>Records and values left out of the comparison.</summary>
        public IReadOnlyList<ComparisonNote> Notes { get; }

        /// <summary><c>true</c> when an input could not be read to its end or a record was left out: the comparison is incomplete.</summary>
        public bool Incomplete => Sources.Any(s => s.Failure != null) || Notes.Any(n => n.RecordLeftOut);

        /// <summary>The outcome as a tool's exit code: 2 when <see cref="Incomplete"/>, 1 when a finding is at or above <paramref name="failOn"/>, else 0.</summary>
        /// <param name="failOn">The least severity that fails.</param>
        public int ExitCode(FindingSeverity failOn) => Incomplete ? 2 : Findings.Any(f => f.Severity >= failOn) ? 1 : 0;
    }
}
