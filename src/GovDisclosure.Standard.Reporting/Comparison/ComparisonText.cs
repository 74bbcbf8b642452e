using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>The text form: a title, the table, then each finding with its location and the other side's.</summary>
    internal static class ComparisonText
    {
        public static void Write(ComparisonReport report, Stream stream, bool chinese)
        {
            var text = new StringBuilder();
            text.AppendLine(ComparisonTable.Title(report, chinese));
            string[] headers = ComparisonTable.Headers(report, chinese);
            int width = System.Math.Max(36, ComparisonTable.Rows(report).Select(r => r.Name.Length + 2).DefaultIfEmpty(0).Max());
            text.AppendLine(headers[0].PadRight(width) + string.Concat(headers.Skip(1).Select(h => " " + h.PadLeft(8))));
            foreach ((string name, int[] counts) in ComparisonTable.Rows(report))
            {
                text.AppendLine(name.PadRight(width) + string.Concat(counts.Select((c, i) => " " + c.ToString(CultureInfo.InvariantCulture).PadLeft(System.Math.Max(8, headers[i + 1].Length)))));
            }

            text.AppendLine();
            foreach (Finding f in report.Findings)
            {
                text.AppendLine($"{Labels.Code(f.Severity),-11} {f.RuleId} {f.Location}");
                text.AppendLine($"            {(chinese ? f.Message.Chinese : f.Message.English)}");
                foreach (SourceLocation related in f.RelatedLocations)
                {
                    text.AppendLine($"            {(chinese ? "参见" : "see")} {related}");
                }
            }

            int errors = report.Findings.Count(f => f.Severity == FindingSeverity.Error);
            int warnings = report.Findings.Count(f => f.Severity == FindingSeverity.Warning);
            int information = report.Findings.Count(f => f.Severity == FindingSeverity.Information);
            text.AppendLine(chinese
                ? $"共 {report.Findings.Count} 项：错误 {errors}，警告 {warnings}，提示 {information}。"
                : $"{report.Findings.Count} findings: {errors} errors, {warnings} warnings, {information} information.");
            byte[] bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
