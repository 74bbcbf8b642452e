using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Reporting
{
    /// <summary>
    /// The text report (文本报告): findings grouped by file and record, each with severity, rule id,
    /// JSON pointer, location and message; then a summary per file and for the run. ANSI colours only
    /// when <c>colour</c> is set (standard output is a terminal and NO_COLOR is not set).
    /// </summary>
    internal sealed class TextReportWriter : IReportWriter
    {
        private readonly TextWriter output;
        private readonly bool colour;
        private readonly bool ownsOutput;
        private ReportRun run = null!;
        private readonly string?[] severityColumns = new string?[8];
        private string? lastFile;
#if NET8_0_OR_GREATER

        /// <summary>The characters of the message being written (<see cref="WriteMessage"/>).</summary>
        private char[]? messageCharacters;
#endif
        private string lastEscapedFile = string.Empty;

        public TextReportWriter(TextWriter output, bool colour, bool ownsOutput)
        {
            this.output = output;
            this.colour = colour;
            this.ownsOutput = ownsOutput;
        }

        public void Begin(ReportRun run)
        {
            this.run = run;
            string years = run.Info.CalendarYears.Count == 0 ? "-" : run.Info.CalendarYears.Min() + "–" + run.Info.CalendarYears.Max();
            output.WriteLine(Dim(run.Text(
                $"{ReportRun.ToolName} {ReportRun.ToolVersion}（规则集 {run.Info.RuleSetName}，代码集 {run.Info.CodelistVersion}，工作日历 {years}）",
                $"{ReportRun.ToolName} {ReportRun.ToolVersion} (rule set {run.Info.RuleSetName}, code lists {run.Info.CodelistVersion}, calendar {years})")));
        }

        public void FileStarted(ReportFile file)
        {
            output.WriteLine();
            if (file.NotOpened)
            {
                output.WriteLine(Bold("== " + TerminalText.Escape(file.Path)));
                return;
            }

            string kind = file.Kind is null ? "?" : run.Chinese ? file.Kind.ChineseName : file.Kind.EnglishName;
            string detected = file.KindDetected ? run.Text("（自动识别）", " (detected)") : string.Empty;
            string how = string.Join(run.Text("，", ", "), new[] { Labels.Format(file.Format), kind + detected, file.Encoding, file.Sheet is null ? null : run.Text("工作表 ", "sheet ") + file.Sheet }.Where(s => s != null));
            output.WriteLine(Bold("== " + TerminalText.Escape(file.Path)) + " " + Dim(TerminalText.Escape(run.Text("（" + how + "）", "(" + how + ")"))));
        }

        public void Record(ReportFile file, RecordValidation result)
        {
            if (result.Findings.Count == 0)
            {
                return;
            }

            // Written piece by piece: a file with a finding in every record writes these lines for each, so no line is first
            // concatenated into a string of its own.
            output.Write(BoldOn);
            output.Write(run.Text("记录 ", "record "));
            // Its digits straight into the writer's buffer: TextWriter.Write(long) would make a string of them for every record.
            WriteNumber(result.Record.Number);
            output.Write(BoldOff);
            output.Write("  ");
            output.Write(DimOn);
            if (result.Record.Origin.JsonPointer.Length == 0)
            {
                WritePlace(result.Record.Origin);
            }
            else
            {
                output.Write(TerminalText.Escape(result.Record.Origin.ToString()));
            }

            output.Write(DimOff);
            output.WriteLine(result.Status == RecordStatus.Unreadable ? run.Text("  [无法读取]", "  [unreadable]") : string.Empty);
            // By index: a foreach over the interface would box the list's enumerator for every record.
            IReadOnlyList<Finding> findings = result.Findings;
            for (int i = 0; i < findings.Count; i++)
            {
                Finding finding = findings[i];
                output.Write("  ");
                output.Write(PaintOn(finding.Severity));
                output.Write(SeverityColumn(finding.Severity));
                output.Write(PaintOff);
                output.Write("  ");
                output.Write(finding.RuleId);
                output.Write("  ");
                output.Write(finding.Location.JsonPointer.Length == 0 ? "/" : TerminalText.Escape(finding.Location.JsonPointer));
                output.Write("  ");
                output.Write(DimOn);
                WritePlace(finding.Location);
                output.WriteLine(DimOff);
                output.Write("      ");
                WriteMessage(finding);
                if (!string.IsNullOrEmpty(finding.Value))
                {
                    output.Write("      ");
                    output.Write(DimOn);
                    output.Write(run.Text("值：", "value: "));
                    output.Write(OneLine(finding.Value!));
                    output.WriteLine(DimOff);
                }

                if (finding.RelatedLocations.Count > 0)
                {
                    output.WriteLine("      " + Dim(run.Text("相关位置：", "related: ") + TerminalText.Escape(string.Join(" ", finding.RelatedLocations.Select(l => Related(l, finding.Location.File))))));
                }
            }
        }

        /// <summary>
        /// A finding's message in the run's language and a line break: from its template into one buffer, with no string,
        /// when it has nothing to escape (the same characters as <see cref="TerminalText.Escape"/> of its text).
        /// </summary>
        private void WriteMessage(Finding finding)
        {
#if NET8_0_OR_GREATER
            if (finding.TryRenderInto(run.Chinese, ref messageCharacters, out int length)
                && TerminalText.IsPlain(new ReadOnlySpan<char>(messageCharacters, 0, length)))
            {
                output.Write(new ReadOnlySpan<char>(messageCharacters, 0, length));
                output.WriteLine();
                return;
            }
#endif
            output.WriteLine(TerminalText.Escape(run.Text(finding.Message)));
        }

        public void BatchFindings(System.Collections.Generic.IReadOnlyList<Finding> findings)
        {
            if (findings.Count == 0)
            {
                return;
            }

            output.WriteLine();
            output.WriteLine(Bold(run.Text("== 汇总报告与所属机关报告", "== Summary reports against their members' reports")));
            foreach (Finding finding in findings)
            {
                string severity = Labels.Severity(finding.Severity, run.Chinese).PadRight(run.Chinese ? 2 : 11);
                output.WriteLine("  " + Paint(finding.Severity, severity) + "  " + finding.RuleId + "  " + Dim(TerminalText.Escape(finding.Location.ToString())));
                output.WriteLine("      " + TerminalText.Escape(run.Text(finding.Message)));
            }
        }

        /// <summary>The coverage findings; those the baseline accepts are left out, as a record's are (standard error counts them).</summary>
        public void Coverage(CatalogueCoverage coverage, System.Collections.Generic.IReadOnlyList<Finding> findings, System.Collections.Generic.IReadOnlyList<Finding> accepted)
        {
            output.WriteLine();
            output.WriteLine(Bold(run.Text(
                $"== 目录覆盖（{coverage.AgencyKind.ChineseName}，{coverage.Entries} 条）",
                $"== Catalogue coverage ({coverage.AgencyKind.EnglishName.ToLowerInvariant()}, {coverage.Entries} entries)")));
            foreach (Finding finding in findings)
            {
                string severity = Labels.Severity(finding.Severity, run.Chinese).PadRight(run.Chinese ? 2 : 11);
                output.WriteLine("  " + Paint(finding.Severity, severity) + "  " + finding.RuleId + "  " + Dim(Place(finding.Location)));
                output.WriteLine("      " + TerminalText.Escape(run.Text(finding.Message)));
            }
        }

        public void FileEnded(ReportFile file)
        {
            if (file.Failure != null)
            {
                string where = TerminalText.Escape(file.FailureLocation?.ToString() ?? file.Path);
                output.WriteLine(Paint(FindingSeverity.Error, run.Text("无法读取：", "cannot read: ")) + where + "  " + TerminalText.Escape(run.Text(file.Failure)));
            }

            if (!file.NotOpened)
            {
                output.WriteLine(Dim(TerminalText.Escape(file.Path) + ": " + Labels.SummaryLine(file.Summary, run.Chinese)));
            }
        }

        public void End(ValidationSummary total, int exitCode)
        {
            output.WriteLine();
            output.WriteLine(Bold(run.Text("合计：", "Total: ") + Labels.SummaryLine(total, run.Chinese)));
            string verdict = exitCode switch
            {
                0 => run.Text($"结论：通过（没有{Labels.Severity(run.FailOn, true)}级别及以上的问题），退出码 0", $"Result: passed (nothing at or above {Labels.Severity(run.FailOn, false)}), exit code 0"),
                1 => run.Text($"结论：未通过（存在{Labels.Severity(run.FailOn, true)}级别及以上的问题），退出码 1", $"Result: failed (findings at or above {Labels.Severity(run.FailOn, false)}), exit code 1"),
                _ => run.Text("结论：有输入文件无法读取，退出码 2", "Result: an input could not be read, exit code 2"),
            };
            output.WriteLine(exitCode == 0 ? Paint(FindingSeverity.Information, verdict) : Paint(FindingSeverity.Error, verdict));
            output.Flush();
        }

        public void Dispose()
        {
            output.Flush();
            if (ownsOutput)
            {
                output.Dispose();
            }
        }

        private static string OneLine(string value)
        {
            string line = TerminalText.Escape(value);
            return line.Length > 160 ? line.Substring(0, 160) + "…" : line;
        }

        /// <summary>A related location: its pointer (and line) in the same file; in another file (GD-AR-009 across files), the whole place, file first.</summary>
        private static string Related(SourceLocation location, string? file)
        {
            if (location.File != null && location.File != file)
            {
                return location.ToString();
            }

            string pointer = location.JsonPointer.Length == 0 ? "/" : location.JsonPointer;
            return location.Cell != null && location.Sheet != null ? pointer + "(" + location.Sheet + "!" + location.Cell + ")"
                : location.Line != null ? pointer + "(" + location.Line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
                : pointer;
        }

        /// <summary>
        /// Writes <see cref="Place"/> of <paramref name="location"/> piece by piece when it is a place in a text file (a file,
        /// a line and a column, or a record number), as every finding of a JSON file has: the same text, without making the
        /// location's copy, its string and its escaped string for each finding.
        /// </summary>
        private void WritePlace(SourceLocation location)
        {
            if (location.Sheet != null || location.Table != null || location.ElementPath != null || location.Page != null)
            {
                output.Write(Place(location));
                return;
            }

            string file = EscapedFile(location.File);
            if (location.Line != null)
            {
                output.Write(file);
                output.Write(':');
                WriteNumber(location.Line.Value);
                if (location.Column != null)
                {
                    output.Write(':');
                    WriteNumber(location.Column.Value);
                }
            }
            else if (location.RecordNumber != null)
            {
                output.Write(file);
                output.Write('#');
                WriteNumber(location.RecordNumber.Value);
            }
            else
            {
                output.Write(file.Length == 0 ? "/" : file);
            }

            if (location.Cell != null)
            {
                output.Write(run.Text("（列 " + location.Cell + "）", " (column " + location.Cell + ")"));
            }
        }

        /// <summary>The file's name escaped for the terminal, the last one kept: a file's findings all name it.</summary>
        private string EscapedFile(string? file)
        {
            if (file is null)
            {
                return string.Empty;
            }

            if (!ReferenceEquals(file, lastFile))
            {
                lastFile = file;
                lastEscapedFile = TerminalText.Escape(file);
            }

            return lastEscapedFile;
        }

        private void WriteNumber(long number)
        {
#if NET8_0_OR_GREATER
            Span<char> digits = stackalloc char[20];
            number.TryFormat(digits, out int length, default, System.Globalization.CultureInfo.InvariantCulture);
            output.Write(digits.Slice(0, length));
#else
            output.Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
#endif
        }

        /// <summary>The severity's label padded to the column's width, made once per severity.</summary>
        private string SeverityColumn(FindingSeverity severity)
        {
            int slot = (int)severity;
            if ((uint)slot >= (uint)severityColumns.Length)
            {
                return Labels.Severity(severity, run.Chinese).PadRight(run.Chinese ? 2 : 11);
            }

            return severityColumns[slot] ??= Labels.Severity(severity, run.Chinese).PadRight(run.Chinese ? 2 : 11);
        }

        private string Place(SourceLocation location)
        {
            string text = TerminalText.Escape(LocationPlace.Of(location));
            if (location.Sheet is null && location.Cell != null)
            {
                text += run.Text("（列 " + location.Cell + "）", " (column " + location.Cell + ")");
            }

            return text;
        }

        private string BoldOn => colour ? "\u001b[1m" : string.Empty;

        private string BoldOff => colour ? "\u001b[0m" : string.Empty;

        private string DimOn => colour ? "\u001b[2m" : string.Empty;

        private string DimOff => BoldOff;

        private string PaintOff => BoldOff;

        private string Bold(string text) => BoldOn + text + BoldOff;

        private string Dim(string text) => DimOn + text + DimOff;

        private string Paint(FindingSeverity severity, string text) => PaintOn(severity) + text + PaintOff;

        private string PaintOn(FindingSeverity severity) =>
            !colour ? string.Empty
            : severity switch
            {
                FindingSeverity.Error => "\u001b[31m",
                FindingSeverity.Warning => "\u001b[33m",
                _ => "\u001b[36m",
            };
    }
}
