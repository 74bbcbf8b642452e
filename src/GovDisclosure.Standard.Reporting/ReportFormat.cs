namespace GovDisclosure.Standard.Reporting
{
    /// <summary>The formats a validation report is written in (报告格式).</summary>
    public enum ReportFormat
    {
        /// <summary>Plain text for a terminal: findings grouped by record, then a summary.</summary>
        Text,

        /// <summary>JSON: run information, findings as they come, per-file summaries and totals.</summary>
        Json,

        /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
        Sarif,

        /// <summary>One self-contained HTML page.</summary>
        Html,
    }
}
