using System;
using System.Collections.Generic;
using GovDisclosure.Standard.AnnualReports;
using GovDisclosure.Standard.Calendar;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// One annual report in a <see cref="ReviewSheet"/> (审阅表的一行): what a reviewing office files about it — agency, year,
    /// form, publication date against Art. 49, the counts of errors and warnings and its three most serious findings.
    /// </summary>
    public sealed record ReviewSheetRow
    {
        /// <summary>The file (the path as given), with <c>#n</c> where the file holds more than one report.</summary>
        public string File { get; init; } = string.Empty;

        /// <summary>The report's status: valid, with findings, or unreadable (a file that could not be opened is unreadable).</summary>
        public RecordStatus Status { get; init; }

        /// <summary>发布机关: the agency's name as the report gives it.</summary>
        public string? AgencyName { get; init; }

        /// <summary>报告年度: the year reported on.</summary>
        public int? Year { get; init; }

        /// <summary>The form of the tables (2019 or 2021).</summary>
        public AnnualReportFormat? Format { get; init; }

        /// <summary>发布日期 as the report or its page states it.</summary>
        public CalendarDate? PublishedOn { get; init; }

        /// <summary>The agency's kind, as stated or inferred.</summary>
        public AgencyKind? AgencyKind { get; init; }

        /// <summary><c>true</c> when <see cref="AgencyKind"/> was inferred from the agency's name (the page did not state it).</summary>
        public bool AgencyKindInferred { get; init; }

        /// <summary>The due date under Art. 49 (or the rule set's configured date) and whether it was met; <c>null</c> when no report was read.</summary>
        public AnnualReportDeadline? Deadline { get; init; }

        /// <summary>How many error findings the report has.</summary>
        public int Errors { get; init; }

        /// <summary>How many warning findings the report has.</summary>
        public int Warnings { get; init; }

        /// <summary>Its three most serious findings: by severity, then rule id, then location.</summary>
        public IReadOnlyList<Finding> MostSerious { get; init; } = Array.Empty<Finding>();

        /// <summary>Why the file could not be opened or read to its end, or <c>null</c>.</summary>
        public BilingualText? ReadFailure { get; init; }
    }
}
