using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting.Comparison
{
    /// <summary>
    /// The HTML form: one self-contained page (inline style, no script, a Content-Security-Policy that forbids everything
    /// else) with the verdict, the table (<c>#comparison-table</c>), the findings (<c>#comparison-findings</c>, each row with
    /// its location and the other side's) and what was left out. Every value from the inputs is HTML-escaped.
    /// </summary>
    internal static class ComparisonHtml
    {
        public static void Write(ComparisonReport report, Stream stream, bool chinese, FindingSeverity failOn)
        {
            string T(string zh, string en) => chinese ? zh : en;
            var html = new StringBuilder();
            string title = report.Kind == ComparisonKind.CatalogueWithStandard ? T("标准目录比对报告", "Catalogue comparison report") : T("办事指南一致性比对报告", "Service guide comparison report");
            html.Append("<!DOCTYPE html>\n<html lang=\"").Append(chinese ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.Append("<title>").Append(E(title)).Append("</title>\n<style>").Append(HtmlReportWriter.Style).Append("</style>\n</head>\n<body>\n");
            html.Append("<header><h1>").Append(E(title)).Append("</h1>\n<p class=\"muted\" id=\"comparison-title\">").Append(E(ComparisonTable.Title(report, chinese))).Append("</p></header>\n");

            int exitCode = report.ExitCode(failOn);
            string verdict = exitCode switch
            {
                0 => T("通过", "Passed"),
                1 => T("未通过：存在" + Labels.Severity(failOn, true) + "级别及以上的问题", "Failed: findings at or above " + Labels.Severity(failOn, false)),
                _ => T("比对不完整：有输入或记录无法读取", "Incomplete: an input or record could not be read"),
            };
            html.Append("<p class=\"verdict ").Append(exitCode == 0 ? "information" : "error").Append("\" id=\"verdict\">").Append(E(verdict))
                .Append(" (exit ").Append(exitCode.ToString(CultureInfo.InvariantCulture)).Append(")</p>\n");

            html.Append("<section id=\"summary\"><table id=\"comparison-table\"><thead><tr>");
            foreach (string header in ComparisonTable.Headers(report, chinese))
            {
                html.Append("<th>").Append(E(header)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach ((string name, int[] counts) in ComparisonTable.Rows(report))
            {
                html.Append("<tr><td>").Append(E(name)).Append("</td>");
                foreach (int count in counts)
                {
                    html.Append("<td>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table></section>\n");
            html.Append("<section id=\"findings\"><h2>").Append(E(T("比对结果", "Findings"))).Append(" (").Append(report.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");
            html.Append("<table id=\"comparison-findings\"><thead><tr>");
            foreach (string header in new[] { T("级别", "Severity"), T("规则", "Rule"), T("位置", "Location"), T("对应位置", "Other side"), T("信息", "Message") })
            {
                html.Append("<th>").Append(E(header)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach (Finding f in report.Findings)
            {
                string severity = Labels.Code(f.Severity);
                html.Append("<tr data-severity=\"").Append(severity).Append("\" data-rule=\"").Append(E(f.RuleId)).Append("\"><td class=\"").Append(severity).Append("\">")
                    .Append(E(Labels.Severity(f.Severity, chinese))).Append("</td><td><code>").Append(E(f.RuleId)).Append("</code></td><td>")
                    .Append(E(f.Location.ToString())).Append("</td><td>").Append(E(string.Join("; ", f.RelatedLocations.Select(l => l.ToString()))))
                    .Append("</td><td>").Append(E(chinese ? f.Message.Chinese : f.Message.English)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");
            var problems = report.Sources.Where(s => s.Failure != null).Select(s => ((s.FailureLocation ?? new SourceLocation { File = s.Path }).ToString(), chinese ? s.Failure!.Chinese : s.Failure!.English))
                .Concat(report.Notes.Select(n => (n.Location.ToString(), chinese ? n.Message.Chinese : n.Message.English))).ToArray();
            if (problems.Length > 0)
            {
                html.Append("<section id=\"left-out\"><h2>").Append(E(T("未参与比对", "Left out"))).Append("</h2><ul>\n");
                foreach ((string where, string what) in problems)
                {
                    html.Append("<li class=\"error\">").Append(E(where)).Append(" ").Append(E(what)).Append("</li>\n");
                }

                html.Append("</ul></section>\n");
            }

            html.Append("<p class=\"muted\">").Append(E($"{ReportRun.ToolName} {ReportRun.ToolVersion}")).Append("</p>\n</body>\n</html>\n");
            byte[] bytes = new UTF8Encoding(false).GetBytes(html.ToString());
            stream.Write(bytes, 0, bytes.Length);
        }

        private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
    }
}
