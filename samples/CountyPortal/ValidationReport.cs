using System.Collections.Generic;

namespace Bailuwan.CountyPortal
{
    /// <summary>The answer of <c>POST /api/validate</c> (检查结果): what was read, the counts, and the findings (coverage findings of a catalogue with record 0, when an agency kind was given).</summary>
    internal sealed record ValidationReport(
        string File,
        string Format,
        string Kind,
        bool KindDetected,
        string? Encoding,
        string RuleSet,
        string? AgencyKind,
        string LibraryVersion,
        ValidationCounts Summary,
        IReadOnlyList<FindingView> Findings,
        bool FindingsTruncated,
        StopView? Stop);

    /// <summary>The counts of a validation run (汇总).</summary>
    internal sealed record ValidationCounts(
        long Records,
        long Valid,
        long WithFindings,
        long Unreadable,
        long Errors,
        long Warnings,
        long Information,
        IReadOnlyDictionary<string, long> FindingsByRule);

    /// <summary>Why reading stopped before the end of the file (读取中止).</summary>
    internal sealed record StopView(string Location, string MessageZh, string MessageEn);
}
