using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The HTML report (HTML 报告): one self-contained file — inline style, one small inline script
    /// allowed by its hash in a Content-Security-Policy that forbids everything else — with the
    /// summary at the top, then findings grouped by rule, then by record. Every value from the input
    /// is HTML-escaped and none reaches the script (the filter reads the table's text from the DOM).
    /// The first <see cref="MaxRows"/> findings are spilled to a temporary file as they come (memory
    /// holds only counts and up to <see cref="ExamplesPerRule"/> examples per rule, the disk at most
    /// the rows the page shows) and the page is written at the end, because the summary goes first;
    /// the by-record table shows those rows and says how many more there are.
    /// </summary>
    internal sealed class HtmlReportWriter : IReportWriter
    {
        public const int MaxRows = 20000;
        public const int ExamplesPerRule = 20;
        private const string Script =
            "(function(){var q=document.getElementById('filter-text');var boxes=document.querySelectorAll('input[data-filter-severity]');" +
            "var rows=document.querySelectorAll('#findings-table tbody tr');function apply(){var text=q.value.toLowerCase();var allowed={};" +
            "boxes.forEach(function(b){allowed[b.getAttribute('data-filter-severity')]=b.checked;});rows.forEach(function(r){" +
            "var ok=allowed[r.getAttribute('data-severity')]!==false&&(text===''||r.textContent.toLowerCase().indexOf(text)>=0);r.hidden=!ok;});}" +
            "q.addEventListener('input',apply);boxes.forEach(function(b){b.addEventListener('change',apply);});})();";

        /// <summary>
        /// The report's style. Every cell wraps its text anywhere, and the three wide tables have fixed column
        /// widths, so that an absolute path or a long unbroken value never widens the page nor squeezes the message
        /// and value columns (checked in Chromium with a CJK font).
        /// </summary>
        internal static readonly string Style =
            "body{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif;margin:2em;color:#222}h1{font-size:1.5em}" +
            "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top;overflow-wrap:anywhere}" +
            "th{background:#f3f3f3}.error{color:#b00020}.warning{color:#a15c00}.information{color:#0b6a8a}.muted{color:#666;font-size:.9em}" +
            ".verdict{font-weight:bold;font-size:1.1em}code{font-family:ui-monospace,monospace}.accepted{color:#555;font-style:italic}tr[data-accepted] td{background:#f6f6f6}" +
            "#files-table,#rules-table,#findings-table{table-layout:fixed;width:100%}ul{margin:0;padding-left:1.2em}" +
            Widths("files-table", 22, 7, 10, 9, 6, 6, 7, 7, 26) +
            Widths("rules-table", 10, 8, 24, 6, 52) +
            Widths("findings-table", 13, 6, 13, 8, 9, 12, 24, 15) +
            "@media (max-width:40em){body{margin:.6em;overflow-wrap:anywhere}#summary-table{display:block;overflow-x:auto}" +
            "#files-table,#rules-table,#findings-table,#files-table tbody,#rules-table tbody,#findings-table tbody{display:block;width:auto}" +
            "#files-table thead,#rules-table thead,#findings-table thead{display:none}" +
            "#files-table tr,#rules-table tr,#findings-table tr{display:block;border:1px solid #ccc;margin:0 0 .6em}" +
            "#files-table td,#rules-table td,#findings-table td{display:block;border:0;border-bottom:1px solid #eee}" +
            "#files-table td:empty,#rules-table td:empty,#findings-table td:empty{display:none}" +
            "td::before{color:#666;font-size:.85em;font-style:normal}}";

        private readonly Stream output;
        private readonly bool ownsOutput;
        private readonly string spillPath;
        private readonly FileStream spill;

        /// <summary>
        /// The by-record table's rows, written to the spill file as finished HTML (UTF-8, as the page is): at the end the
        /// file is copied into the page as it is. Its buffer goes to the file some 64 KiB at a time, never a row at a time.
        /// </summary>
        private readonly StreamWriter spillRows;
        private readonly List<ReportFile> files = new List<ReportFile>();
        private readonly Dictionary<string, List<string[]>> examples = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);

        /// <summary>The cells of the finding being added, kept in a row of their own only when it becomes an example.</summary>
        private readonly string[] cells = new string[11];
        private HtmlFindingRows rows = null!;
        private ReportRun run = null!;
        private long findings;

        public HtmlReportWriter(Stream output, bool ownsOutput)
        {
            this.output = output;
            this.ownsOutput = ownsOutput;
            spillPath = Path.Combine(Path.GetTempPath(), "govdisclosure-" + Guid.NewGuid().ToString("N") + ".html");
            spill = new FileStream(spillPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            spillRows = new StreamWriter(spill, new UTF8Encoding(false), 32 * 1024);
        }

        /// <summary>How many findings went to the temporary file: never more than <see cref="MaxRows"/>.</summary>
        public long SpilledRows { get; private set; }

        public void Begin(ReportRun run)
        {
            this.run = run;
            rows = new HtmlFindingRows(run);
        }

        public void FileStarted(ReportFile file) => files.Add(file);

        public void Record(ReportFile file, RecordValidation result)
        {
            string? number = null;
            // By index: a foreach over the interface would box the list's enumerator for every record.
            IReadOnlyList<Finding> findings = result.Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                Add(file.Path, number ??= result.Record.Number.ToString(CultureInfo.InvariantCulture), findings[i], result.Status == RecordStatus.Unreadable);
            }

            IReadOnlyList<Finding> accepted = result.Accepted;
            for (int i = 0; i < accepted.Count; i++)
            {
                Add(file.Path, number ??= result.Record.Number.ToString(CultureInfo.InvariantCulture), accepted[i], false, accepted: true);
            }
        }

        public void BatchFindings(IReadOnlyList<Finding> findings)
        {
            foreach (Finding finding in findings)
            {
                Add(finding.Location.File ?? string.Empty, finding.Location.RecordNumber?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, finding, false);
            }
        }

        public void Coverage(CatalogueCoverage coverage, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> accepted)
        {
            foreach (Finding finding in findings)
            {
                Add(finding.Location.File ?? string.Empty, run.Text("目录覆盖", "catalogue coverage"), finding, false);
            }

            foreach (Finding finding in accepted)
            {
                Add(finding.Location.File ?? string.Empty, run.Text("目录覆盖", "catalogue coverage"), finding, false, accepted: true);
            }
        }

        private void Add(string file, string record, Finding finding, bool unreadable, bool accepted = false)
        {
            List<string[]>? list = null;
            if (SpilledRows >= MaxRows && (accepted || (examples.TryGetValue(finding.RuleId, out list) && list.Count >= ExamplesPerRule)))
            {
                // Past the rows the page shows, with this rule's examples taken: the finding is only counted, no row is made.
                findings++;
                return;
            }

            string[] row = cells;
            row[0] = file;
            row[1] = record;
            row[2] = LocationPlace.Of(finding.Location);
            row[3] = Labels.Code(finding.Severity);
            row[4] = finding.RuleId;
            row[5] = finding.Location.JsonPointer.Length == 0 ? "/" : finding.Location.JsonPointer;
            row[6] = run.Text(finding.Message);
            row[7] = finding.Value ?? string.Empty;
            row[8] = unreadable ? "1" : "0";
            row[9] = finding.RelatedLocations.Count == 0 ? string.Empty : string.Join(" ", finding.RelatedLocations.Select(l => l.File != null && l.File != finding.Location.File ? l.ToString() : Pointer(l)));
            row[10] = accepted ? "1" : "0";
            findings++;
            if (SpilledRows < MaxRows)
            {
                rows.Write(spillRows, row);
                SpilledRows++;
            }

            if (accepted)
            {
                // Accepted findings are not counted by rule, so they give no example there either.
                return;
            }

            if (list is null && !examples.TryGetValue(finding.RuleId, out list))
            {
                list = new List<string[]>();
                examples.Add(finding.RuleId, list);
            }

            if (list.Count < ExamplesPerRule)
            {
                list.Add((string[])row.Clone());
            }
        }

        public void FileEnded(ReportFile file)
        {
        }

        public void End(ValidationSummary total, int exitCode)
        {
            // The writer closes the file (a second close in Dispose does nothing).
            spillRows.Dispose();
            using var html = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            string hash = Convert.ToBase64String(SHA256Hash(Encoding.UTF8.GetBytes(Script)));
            html.Write("<!DOCTYPE html>\n<html lang=\"" + (run.Chinese ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'\">\n");
            html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.Write("<title>" + E(run.Text("政务公开数据校验报告", "Disclosure data validation report")) + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n");
            html.Write("<header><h1>" + E(run.Text("政务公开数据校验报告", "Disclosure data validation report")) + "</h1>\n<p class=\"muted\">");
            html.Write(E($"{ReportRun.ToolName} {ReportRun.ToolVersion} · {run.Text("规则集", "rule set")} {run.Info.RuleSetName} · {run.Text("代码集", "code lists")} {run.Info.CodelistVersion} · {run.Text("工作日历", "calendar")} {string.Join(", ", run.Info.CalendarYears)} · {run.StartedAt:yyyy-MM-dd HH:mm:ss zzz}"));
            html.Write("</p></header>\n");

            WriteSummary(html, total, exitCode);
            WriteByRule(html, total);
            WriteByRecord(html);

            html.Write("<script>" + Script + "</script>\n</body>\n</html>\n");
            html.Flush();
            output.Flush();
        }

        public void Dispose()
        {
            spillRows.Dispose();
            spill.Dispose();
            try
            {
                File.Delete(spillPath);
            }
            catch (IOException)
            {
            }

            if (ownsOutput)
            {
                output.Dispose();
            }
        }

        private static byte[] SHA256Hash(byte[] bytes)
        {
            using SHA256 sha = SHA256.Create();
            return sha.ComputeHash(bytes);
        }

        private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

        private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private void WriteSummary(StreamWriter html, ValidationSummary total, int exitCode)
        {
            html.Write("<section id=\"summary\"><h2>" + E(run.Text("摘要", "Summary")) + "</h2>\n");
            string verdict = exitCode switch
            {
                0 => run.Text("通过", "Passed"),
                1 => run.Text("未通过：存在" + Labels.Severity(run.FailOn, true) + "级别及以上的问题", "Failed: findings at or above " + Labels.Severity(run.FailOn, false)),
                _ => run.Text("有输入文件无法读取", "An input could not be read"),
            };
            html.Write("<p class=\"verdict " + (exitCode == 0 ? "information" : "error") + "\" id=\"verdict\">" + E(verdict) + " (exit " + exitCode.ToString(CultureInfo.InvariantCulture) + ")</p>\n");
            html.Write("<table id=\"summary-table\"><tr>");
            foreach (string header in new[] { run.Text("读取", "Read"), run.Text("有效", "Valid"), run.Text("有问题", "With findings"), run.Text("无法读取", "Unreadable"), run.Text("错误", "Errors"), run.Text("警告", "Warnings"), run.Text("提示", "Information") })
            {
                html.Write("<th>" + E(header) + "</th>");
            }

            html.Write("</tr>\n<tr>");
            foreach (KeyValuePair<string, long> cell in new[]
            {
                Pair("read", total.Read), Pair("valid", total.Valid), Pair("with-findings", total.WithFindings), Pair("unreadable", total.Unreadable),
                Pair("errors", total.Errors), Pair("warnings", total.Warnings), Pair("information", total.Information),
            })
            {
                html.Write("<td id=\"count-" + cell.Key + "\">" + N(cell.Value) + "</td>");
            }

            string[] fileHeaders = { run.Text("文件", "File"), run.Text("格式", "Format"), run.Text("类型", "Kind"), run.Text("编码/工作表", "Encoding/sheet"), run.Text("读取", "Read"), run.Text("有效", "Valid"), run.Text("有问题", "With findings"), run.Text("无法读取", "Unreadable"), run.Text("读取问题", "Read problem") };
            html.Write("</tr></table>\n" + NarrowLabels("files-table", fileHeaders) + "<table id=\"files-table\"><thead><tr>");
            foreach (string header in fileHeaders)
            {
                html.Write("<th>" + E(header) + "</th>");
            }

            html.Write("</tr></thead><tbody>\n");
            foreach (ReportFile file in files)
            {
                string kind = file.Kind is null ? string.Empty : run.Chinese ? file.Kind.ChineseName : file.Kind.EnglishName;
                string problem = file.Failure is null ? string.Empty : (file.FailureLocation?.ToString() ?? file.Path) + " " + run.Text(file.Failure);
                html.Write("<tr><td>" + E(file.Path) + "</td><td>" + E(Labels.Format(file.Format)) + "</td><td>" + E(kind) + "</td><td>" + E(file.Encoding ?? file.Sheet) + "</td>");
                html.Write("<td>" + N(file.Summary.Read) + "</td><td>" + N(file.Summary.Valid) + "</td><td>" + N(file.Summary.WithFindings) + "</td><td>" + N(file.Summary.Unreadable) + "</td>");
                html.Write("<td class=\"error\">" + E(problem) + "</td></tr>\n");
            }

            html.Write("</tbody></table></section>\n");
        }

        private static string Pointer(SourceLocation location) =>
            location.JsonPointer.Length == 0 ? "/" : location.JsonPointer;

        /// <summary>
        /// CSS that, at phone width (where the table <paramref name="id"/> becomes one card per row, its header hidden),
        /// puts each column's header before its cell's text.
        /// </summary>
        private static string NarrowLabels(string id, IReadOnlyList<string> headers) =>
            "<style>@media (max-width:40em){" + string.Concat(headers.Select((h, i) => "#" + id + " td:nth-child(" + (i + 1).ToString(CultureInfo.InvariantCulture) + ")::before{content:\"" + h.Replace("\\", string.Empty).Replace("\"", string.Empty).Replace("<", string.Empty) + "：\"}")) + "}</style>\n";

        /// <summary>CSS giving the columns of the table <paramref name="id"/> these shares of its width, in per cent.</summary>
        private static string Widths(string id, params int[] percents) =>
            string.Concat(percents.Select((p, i) => "#" + id + " th:nth-child(" + (i + 1).ToString(CultureInfo.InvariantCulture) + "){width:" + p.ToString(CultureInfo.InvariantCulture) + "%}"));

        private static KeyValuePair<string, long> Pair(string key, long value) => new KeyValuePair<string, long>(key, value);

        private void WriteByRule(StreamWriter html, ValidationSummary total)
        {
            string[] ruleHeaders = { run.Text("规则", "Rule"), run.Text("级别", "Severity"), run.Text("标题", "Title"), run.Text("数量", "Count"), run.Text("示例（文件 · 记录 · 位置 · 信息）", "Examples (file · record · place · message)") };
            html.Write("<section id=\"by-rule\"><h2>" + E(run.Text("按规则", "By rule")) + "</h2>\n" + NarrowLabels("rules-table", ruleHeaders) + "<table id=\"rules-table\"><thead><tr>");
            foreach (string header in ruleHeaders)
            {
                html.Write("<th>" + E(header) + "</th>");
            }

            html.Write("</tr></thead><tbody>\n");
            Dictionary<string, RuleDescriptor> rules = run.Rules.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (KeyValuePair<string, long> rule in total.FindingsByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                rules.TryGetValue(rule.Key, out RuleDescriptor? descriptor);
                string severity = descriptor is null ? string.Empty : Labels.Code(descriptor.Severity);
                html.Write("<tr><td><code>" + E(rule.Key) + "</code></td><td class=\"" + severity + "\">" + E(descriptor is null ? string.Empty : Labels.Severity(descriptor.Severity, run.Chinese)) + "</td>");
                html.Write("<td>" + E(descriptor is null ? string.Empty : run.Text(descriptor.Title)) + "</td><td>" + N(rule.Value) + "</td><td><ul>");
                foreach (string[] example in examples.TryGetValue(rule.Key, out List<string[]>? list) ? list : new List<string[]>())
                {
                    html.Write("<li>" + E(example[0]) + " · " + E(example[1]) + " · " + E(example[2]) + " <code>" + E(example[5]) + "</code> · " + E(example[6]) + "</li>");
                }

                if (rule.Value > ExamplesPerRule)
                {
                    html.Write("<li class=\"muted\">" + E(run.Text($"另有 {N(rule.Value - ExamplesPerRule)} 条，见下表", $"{N(rule.Value - ExamplesPerRule)} more in the table below")) + "</li>");
                }

                html.Write("</ul></td></tr>\n");
            }

            html.Write("</tbody></table></section>\n");
        }

        private void WriteByRecord(StreamWriter html)
        {
            html.Write("<section id=\"by-record\"><h2>" + E(run.Text("按记录", "By record")) + "</h2>\n<p><label>" + E(run.Text("筛选：", "Filter: ")) + "<input id=\"filter-text\" type=\"search\"></label> ");
            foreach (string severity in new[] { "error", "warning", "information" })
            {
                html.Write("<label><input type=\"checkbox\" checked data-filter-severity=\"" + severity + "\">" + E(Labels.Severity(severity == "error" ? FindingSeverity.Error : severity == "warning" ? FindingSeverity.Warning : FindingSeverity.Information, run.Chinese)) + "</label> ");
            }

            string[] findingHeaders = { run.Text("文件", "File"), run.Text("记录", "Record"), run.Text("位置", "Place"), run.Text("级别", "Severity"), run.Text("规则", "Rule"), run.Text("字段", "Field"), run.Text("信息", "Message"), run.Text("值", "Value") };
            html.Write("</p>\n" + NarrowLabels("findings-table", findingHeaders) + "<table id=\"findings-table\"><thead><tr>");
            foreach (string header in findingHeaders)
            {
                html.Write("<th>" + E(header) + "</th>");
            }

            html.Write("</tr></thead><tbody>\n");
            // The rows as they were written when their findings came: the page's bytes, copied as they are.
            html.Flush();
            using (var spilled = new FileStream(spillPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
            {
                spilled.CopyTo(output);
            }

            long shown = SpilledRows;
            html.Write("</tbody></table>\n");
            if (findings > shown)
            {
                html.Write("<p class=\"muted\" id=\"not-shown\">" + E(run.Text($"另有 {N(findings - shown)} 条问题未在此表中显示；JSON 和 SARIF 格式的报告列出全部问题。", $"{N(findings - shown)} more findings are not shown in this table; the JSON and SARIF reports list them all.")) + "</p>\n");
            }

            html.Write("</section>\n");
        }
    }
}
