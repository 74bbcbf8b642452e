using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>Names of severities, statuses and formats in the report languages.</summary>
    internal static class Labels
    {
        /// <summary>Why a finding is not counted: the run's baseline accepts it (SARIF suppression justification).</summary>
        public static readonly BilingualText AcceptedByBaseline = new BilingualText("已在基线（已接受的问题）中接受，不计入结果。", "Accepted in the baseline of accepted findings; not counted.");

        public static string Severity(FindingSeverity severity, bool chinese) => severity switch
        {
            FindingSeverity.Error => chinese ? "错误" : "error",
            FindingSeverity.Warning => chinese ? "警告" : "warning",
            _ => chinese ? "提示" : "information",
        };

        public static string Code(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "information",
        };

        public static string Format(GovDisclosure.Standard.Input.InputFormat? format) => format switch
        {
            GovDisclosure.Standard.Input.InputFormat.Json => "JSON",
            GovDisclosure.Standard.Input.InputFormat.JsonLines => "JSON Lines",
            GovDisclosure.Standard.Input.InputFormat.Csv => "CSV",
            GovDisclosure.Standard.Input.InputFormat.Xlsx => "XLSX",
            GovDisclosure.Standard.Input.InputFormat.Xls => "XLS",
            GovDisclosure.Standard.Input.InputFormat.Html => "HTML",
            GovDisclosure.Standard.Input.InputFormat.Pdf => "PDF",
            _ => string.Empty,
        };

        public static string Status(RecordStatus status) => status switch
        {
            RecordStatus.Valid => "valid",
            RecordStatus.WithFindings => "withFindings",
            _ => "unreadable",
        };

        public static string SummaryLine(ValidationSummary summary, bool chinese) => chinese
            ? $"读取 {summary.Read} 条记录：有效 {summary.Valid}，有问题 {summary.WithFindings}，无法读取 {summary.Unreadable}；错误 {summary.Errors}，警告 {summary.Warnings}，提示 {summary.Information}"
            : $"{Count(summary.Read, "record")} read: {summary.Valid} valid, {summary.WithFindings} with findings, {summary.Unreadable} unreadable; {Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")}, {summary.Information} information";

        /// <summary>"1 record", "2 records": an English count with its noun.</summary>
        private static string Count(long count, string noun) =>
            count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
