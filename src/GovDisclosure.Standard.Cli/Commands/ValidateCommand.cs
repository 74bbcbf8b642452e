using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Cli.Output;
using GovDisclosure.Standard.Disclosure;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>validate FILE...</c>: reads each file, validates every record, and writes a report.</summary>
    internal static class ValidateCommand
    {
        public static Command Create()
        {
            var files = new Argument<string[]>("FILE")
            {
                Description = ToolLanguage.Say(
                    "要校验的文件：.json（数组、包含一个数组的对象或一条记录）、.jsonl/.ndjson、.csv、.xlsx、.xls，以及发布的年度报告网页（.html、.htm）和 PDF；文件夹代表其中带这些扩展名的文件（不含子文件夹）；- 为标准输入。",
                    "Files to validate: .json (array, or object holding one array, or one record), .jsonl/.ndjson, .csv, .xlsx, .xls, and published annual-report pages (.html, .htm) and PDFs; a folder stands for the files in it with those extensions (not its sub-folders); - reads standard input."),
                Arity = ArgumentArity.OneOrMore,
            };
            var kind = new Option<string?>("--kind", "-k") { Description = ToolLanguage.Say("记录的文档类型（catalogueEntry、serviceGuide、directoryItem、enforcementDisclosure、annualReport、disclosureGuide）；不给时由字段名或表头判断。", "Document kind of the records (catalogueEntry, serviceGuide, directoryItem, enforcementDisclosure, annualReport, disclosureGuide); detected from field names or headers when left out.") };
            var encoding = new Option<string?>("--encoding", "-e") { Description = ToolLanguage.Say("JSON/CSV 输入的文本编码（utf-8、utf-16、utf-16be、gb18030）；不给时自动判断（有 BOM 按 BOM，否则是有效 UTF-8 即按 UTF-8，否则 GB18030）。", "Text encoding of JSON/CSV input (utf-8, utf-16, utf-16be, gb18030); detected when left out (BOM, else UTF-8 if valid, else GB18030).") };
            var sheet = new Option<string?>("--sheet") { Description = ToolLanguage.Say("Excel 工作簿中的工作表，按名称或从 1 起的序号（默认：有表头的第一张）。", "Worksheet of an Excel workbook, by name or 1-based index (default: the first with a header row).") };
            var format = new Option<string>("--format", "-f") { Description = ToolLanguage.Say("报告格式。", "Report format."), DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
            var output = new Option<string?>("--output", "-o") { Description = ToolLanguage.Say("把报告写入此文件，而不是标准输出。", "Write the report to this file instead of standard output.") };
            var failOn = new Option<string>("--fail-on") { Description = ToolLanguage.Say("有达到此严重程度的问题时以退出码 1 结束。", "Exit with code 1 when there is a finding at or above this severity."), DefaultValueFactory = _ => "error" };
            failOn.AcceptOnlyFromAmong("error", "warning", "information");
            var ruleSet = new Option<string>("--rules") { Description = ToolLanguage.Say("规则集：standard（标准）；strict（每个警告都算错误）；或按地方做法选用的规则集：platform-column（GD-CAT-011，某区 2020 年目录的平台栏）、five-part-guide（GD-DG-001，某区 2020 年五部分的公开指南）。", "Rule set: standard; strict (every warning an error); or an opt-in set of a local convention: platform-column (GD-CAT-011, a district's 2020 platform column), five-part-guide (GD-DG-001, a district's 2020 five-part disclosure guide)."), DefaultValueFactory = _ => "standard" };
            ruleSet.AcceptOnlyFromAmong(RuleSet.BuiltInNames.ToArray());
            var rulesFile = new Option<string?>("--rules-file") { Description = ToolLanguage.Say("规则配置文件（JSON）：按规则编号关闭规则（off）、改变严重程度（error、warning、information）或开启选用规则（on），可用 extends 指定起点的内置规则集（不写时为 --rules 的规则集）。格式见工具说明。", "A rules file (JSON): turn rules off by id (off), re-grade them (error, warning, information) or turn on an opt-in rule (on); \"extends\" names the built-in set to start from (--rules when left out). Format in the tool's README.") };
            var baseline = new Option<string?>("--baseline") { Description = ToolLanguage.Say("基线文件：其中已接受的问题不再报告、不计数、不导致失败，只有新问题才会（由 --write-baseline 写出）。", "A baseline file: the findings it accepts are not reported, counted or failed on; only new ones are (written by --write-baseline).") };
            var writeBaseline = new Option<string?>("--write-baseline") { Description = ToolLanguage.Say("把本次的全部问题作为已接受的问题写入此基线文件（无法读取的记录除外）；问题不再导致退出码 1。", "Write every finding of this run to this baseline file as accepted (unreadable records excepted); findings then do not give exit code 1.") };
            var agencyKind = new Option<string?>("--agency-kind") { Description = ToolLanguage.Say("文件所载目录的机关类别（city-government、county-government、township-government、subdistrict-office、government-department 等）：检查整个目录的覆盖面——第二十条的事项（GD-CAT-008）、第二十一条的领域（GD-CAT-010），加 --rules platform-column 时还有平台栏（GD-CAT-011）。", "Kind of agency whose catalogue the files hold (city-government, county-government, township-government, subdistrict-office, government-department, …): checks what the whole catalogue covers — Art. 20 items (GD-CAT-008), Art. 21 areas (GD-CAT-010), and with --rules platform-column the platform column (GD-CAT-011).") };
            var reportDue = new Option<string[]>("--report-due") { Description = ToolLanguage.Say("条例未规定年度报告期限的机关类别的期限（第四十九条未规定乡镇和街道办事处的期限），写作 KIND=MM-DD，如 township=03-31；可重复。", "Due date of annual reports for an agency kind the Regulations give none (Art. 49 sets none for townships and sub-district offices), as KIND=MM-DD, e.g. township=03-31; repeatable."), Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
            var reviewSheet = new Option<string?>("--review-sheet") { Description = ToolLanguage.Say("另将所读年度报告的审读表写入此文件（每份报告一行：机关、年度、格式、发布日期、第四十九条期限及是否按期、错误、警告、最严重的三个问题）：.xlsx，否则为 CSV（带 BOM 的 UTF-8）。", "Also write the review sheet of the annual reports read (one row per report: agency, year, form, publication date, Art. 49 due date and whether it was met, errors, warnings, the three most serious findings) to this file: .xlsx, else CSV (UTF-8 with BOM).") };
            Option<string[]> calendar = CalendarOption.Create();
            Option<string[]> limit = LimitOption.Create();
            var parallel = new Option<int?>("--parallel") { Description = ToolLanguage.Say("同时检查记录的线程数（默认：处理器数；1：单线程）。无论线程数多少，报告逐字节相同。", "How many threads check records at once (default: the number of processors; 1: one thread). The report is the same, byte for byte, whatever the number.") };

            var command = Help.Command("validate", ToolLanguage.Say("校验政务公开数据文件，报告每个问题及其位置。", "Validate disclosure data files and report every finding with its place."),
                Help.ExitCodes,
                "govdisclosure validate samples/data/county-catalogue.json",
                "govdisclosure validate export.csv --encoding gb18030 --kind catalogueEntry",
                "govdisclosure validate export.xlsx --sheet 目录 --format html --output report.html",
                "govdisclosure validate guides.jsonl --format sarif --output results.sarif --fail-on warning",
                "govdisclosure validate county-catalogue.json --agency-kind county-government",
                "govdisclosure validate township-reports.json --report-due township=03-31",
                "govdisclosure validate reports/ --review-sheet review.xlsx",
                "govdisclosure validate data/ --rules-file govdisclosure-rules.json --baseline govdisclosure-baseline.json");
            command.Arguments.Add(files);
            foreach (Option option in new Option[] { kind, encoding, sheet, format, output, failOn, ruleSet, rulesFile, baseline, writeBaseline, agencyKind, reportDue, reviewSheet, calendar, limit, parallel })
            {
                command.Options.Add(option);
            }

            command.SetAction(result => CommandRunner.Run(() => Run(new Settings(
                result.GetValue(files) ?? Array.Empty<string>(),
                Choices.Kind(result.GetValue(kind)),
                Choices.Encoding(result.GetValue(encoding)),
                result.GetValue(sheet),
                result.GetValue(format)!,
                result.GetValue(output),
                ToolLanguage.Current.Tag,
                result.GetValue(failOn) switch { "warning" => FindingSeverity.Warning, "information" => FindingSeverity.Information, _ => FindingSeverity.Error },
                Choices.WithReportDues(Rules(result.GetValue(ruleSet), result.GetValue(rulesFile)), result.GetValue(reportDue)),
                Choices.AgencyKindOf(result.GetValue(agencyKind)))
            {
                Calendars = result.GetValue(calendar) ?? Array.Empty<string>(),
                Limits = LimitOption.Load(result.GetValue(limit)),
                ReviewSheet = result.GetValue(reviewSheet),
                Parallel = result.GetValue(parallel),
                Baseline = result.GetValue(baseline),
                WriteBaseline = result.GetValue(writeBaseline),
            })));
            return command;
        }

        public static int Run(Settings settings)
        {
            if (settings.Parallel < 1)
            {
                throw new CommandFailure($"--parallel {settings.Parallel}：线程数须为 1 或更多。", $"--parallel {settings.Parallel}: give a number of threads of 1 or more.");
            }

            if (settings.Baseline != null && settings.WriteBaseline != null)
            {
                throw new CommandFailure(
                    "--baseline 和 --write-baseline 不能同时使用：重写基线时去掉 --baseline，本次的全部问题都会写入。",
                    "--baseline and --write-baseline do not go together: to rewrite a baseline leave out --baseline, and every finding of the run is written.");
            }

            var run = new ValidationRun(new ValidationRunOptions
            {
                Baseline = settings.Baseline is null ? null : FindingBaseline.Load(settings.Baseline),
                Rules = settings.Rules,
                Language = settings.Language,
                FailOn = settings.FailOn,
                Calendar = CalendarOption.Load(settings.Calendars),
                AgencyKind = settings.AgencyKind,
                MaxDegreeOfParallelism = settings.Parallel ?? Environment.ProcessorCount,
                RecordsReleasedOnceReported = true,
            });
            var options = new InputOptions { Kind = settings.Kind, Encoding = settings.Encoding, Sheet = settings.Sheet, Limits = settings.Limits };
            IReadOnlyList<ValidationSource> sources = Sources(settings.Files, options);
            OutputTarget? sheetTarget = settings.ReviewSheet is null ? null : OutputTarget.Of(settings.ReviewSheet, sources.Select(s => s.Name));
            OutputTarget? baselineTarget = settings.WriteBaseline is null ? null : OutputTarget.Of(settings.WriteBaseline, sources.Select(s => s.Name));
            ReviewSheet? sheet = sheetTarget is null ? null : new ReviewSheet(run.Options.Rules);
            BaselineRecorder? recorder = baselineTarget is null ? null : new BaselineRecorder();
            var writers = new List<IReportWriter> { CreateWriter(settings) };
            writers.AddRange(new IReportWriter?[] { sheet, recorder }.OfType<IReportWriter>());
            using (var progress = new ProgressDisplay(settings.Language == "zh"))
            using (var writer = new ConsoleEcho(writers.Count == 1 ? writers[0] : ReportWriters.Combine(writers.ToArray()), progress))
            {
                ValidationRunResult result = run.RunAsync(sources, writer).GetAwaiter().GetResult();
                if (recorder != null)
                {
                    FindingBaseline written = recorder.Baseline;
                    WriteFile(baselineTarget!.Path, settings.WriteBaseline!, "基线", "the baseline", written.Write);
                    Console.Error.WriteLine("govdisclosure: " + TerminalText.Escape(ToolLanguage.Say(
                        $"基线已写入 {settings.WriteBaseline}：接受 {written.Count:N0} 个问题。",
                        $"baseline written to {settings.WriteBaseline}: {written.Count:N0} findings accepted.")));
                }

                if (run.Options.Baseline != null)
                {
                    Console.Error.WriteLine("govdisclosure: " + TerminalText.Escape(Accepted(settings.Baseline!, result)));
                }
                if (sheet != null)
                {
                    WriteReviewSheet(sheet, sheetTarget!.Path, settings.ReviewSheet!);
                }

                if (settings.Output != null)
                {
                    // The report went to a file: the terminal still hears what was written and the verdict.
                    Console.Error.WriteLine("govdisclosure: " + TerminalText.Escape(Written(settings, result)));
                }

                // Writing a baseline accepts this run's findings: only an unreadable input still fails it.
                return recorder != null && result.ExitCode == ExitCodes.Findings ? ExitCodes.Clean : result.ExitCode;
            }
        }

        /// <summary>The rule set of <c>--rules</c>, configured by the <c>--rules-file</c> when one is given.</summary>
        private static RuleSet Rules(string? builtIn, string? file)
        {
            RuleSet set = RuleSet.FindBuiltIn(builtIn) ?? RuleSet.Standard;
            return file is null ? set : RuleSetFile.Load(file, set);
        }

        /// <summary>"baseline B: 12 accepted findings not counted …; 3 accepted findings were not found again …", in the run's language.</summary>
        private static string Accepted(string baseline, ValidationRunResult result)
        {
            string zh = $"基线 {baseline}：接受 {result.AcceptedByBaseline:N0} 个已有问题，不计入结果（JSON、SARIF 和 HTML 报告中标为已接受）";
            string en = $"baseline {baseline}: {result.AcceptedByBaseline:N0} accepted findings not counted (marked as accepted in the JSON, SARIF and HTML reports)";
            if (result.BaselineUnmatched > 0)
            {
                zh += $"；基线中有 {result.BaselineUnmatched:N0} 个问题本次未出现（已改正？可用 --write-baseline 重写基线）";
                en += $"; {result.BaselineUnmatched:N0} accepted findings were not found again (fixed? rewrite the baseline with --write-baseline)";
            }

            return ToolLanguage.Say(zh + "。", en + ".");
        }

        /// <summary>The inputs: each path, or the files of each folder (<see cref="ValidationSource.FromFolder"/>).</summary>
        private static IReadOnlyList<ValidationSource> Sources(IReadOnlyList<string> paths, InputOptions options)
        {
            var sources = new List<ValidationSource>();
            foreach (string path in paths)
            {
                if (path == StandardInput.Path || !Directory.Exists(path))
                {
                    sources.Add(StandardInput.Source(path, options));
                    continue;
                }

                try
                {
                    IReadOnlyList<ValidationSource> files = ValidationSource.FromFolder(path, options);
                    if (files.Count == 0)
                    {
                        throw new CommandFailure($"文件夹 '{path}' 中没有可校验的文件（.json、.jsonl、.csv、.xlsx、.xls、.html、.pdf）", $"the folder '{path}' holds no file to validate (.json, .jsonl, .csv, .xlsx, .xls, .html, .pdf)");
                    }

                    sources.AddRange(files);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw new CommandFailure($"无法列出文件夹 '{path}' 的内容：{e.Message}", $"cannot list the folder '{path}': {e.Message}");
                }
            }

            return sources;
        }

        /// <summary>Writes the review sheet: an Excel workbook for <c>.xlsx</c>, else CSV.</summary>
        private static void WriteReviewSheet(ReviewSheet sheet, string path, string given) =>
            WriteFile(path, given, "审读表", "the review sheet", file =>
            {
                if (string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    sheet.WriteXlsx(file);
                }
                else
                {
                    sheet.WriteCsv(file);
                }
            });

        /// <summary>Writes a file besides the report; a failure names it (<paramref name="chinese"/>, <paramref name="english"/>).</summary>
        private static void WriteFile(string path, string given, string chinese, string english, Action<Stream> write)
        {
            try
            {
                string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
                if (directory != null)
                {
                    Directory.CreateDirectory(directory);
                }

                using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
                write(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CommandFailure($"无法把{chinese}写入 '{given}'：{e.Message}", $"cannot write {english} to '{given}': {e.Message}");
            }
        }

        /// <summary>"report written to FILE (html): 18 records read …; passed, exit code 0", in the run's language.</summary>
        internal static string Written(Settings settings, ValidationRunResult result)
        {
            ReportRun run = result.Run;
            string verdict = result.ExitCode switch
            {
                ExitCodes.Clean => run.Text("通过", "passed"),
                ExitCodes.Findings => run.Text("未通过：有达到 --fail-on 的问题", "failed: findings at or above --fail-on"),
                _ => run.Text("未完成：有输入无法读取", "incomplete: an input could not be read"),
            };
            return run.Text(
                $"报告已写入 {settings.Output}（{settings.Format}）：{Labels.SummaryLine(result.Total, true)}；{verdict}，退出码 {result.ExitCode}",
                $"report written to {settings.Output} ({settings.Format}): {Labels.SummaryLine(result.Total, false)}; {verdict}, exit code {result.ExitCode}");
        }

        private static IReportWriter CreateWriter(Settings settings)
        {
            Stream? file = null;
            if (settings.Output != null)
            {
                OutputTarget target = OutputTarget.Of(settings.Output, settings.Files);
                try
                {
                    string? directory = Path.GetDirectoryName(target.Path);
                    if (directory != null)
                    {
                        Directory.CreateDirectory(directory);
                    }

                    file = new FileStream(target.Path, FileMode.Create, FileAccess.Write, FileShare.Read);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw new CommandFailure($"无法把报告写入 '{settings.Output}'：{e.Message}", $"cannot write the report to '{settings.Output}': {e.Message}");
                }
            }

            Stream stream = file ?? Console.OpenStandardOutput();
            ReportFormat format = settings.Format switch
            {
                "json" => ReportFormat.Json,
                "sarif" => ReportFormat.Sarif,
                "html" => ReportFormat.Html,
                _ => ReportFormat.Text,
            };
            bool colour = file is null && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            return ReportWriters.Create(format, stream, true, colour);
        }

        internal sealed record Settings(
            IReadOnlyList<string> Files,
            DocumentKind? Kind,
            Encoding? Encoding,
            string? Sheet,
            string Format,
            string? Output,
            string Language,
            FindingSeverity FailOn,
            RuleSet Rules,
            AgencyKind? AgencyKind = null)
        {
            /// <summary>Calendar files (<c>--calendar</c>) added to the national calendar.</summary>
            public IReadOnlyList<string> Calendars { get; init; } = Array.Empty<string>();

            /// <summary>The input guard (<c>--limit</c>).</summary>
            public InputLimits Limits { get; init; } = InputLimits.Default;

            /// <summary>Where to write the review sheet of the annual reports (<c>--review-sheet</c>), or <c>null</c>.</summary>
            public string? ReviewSheet { get; init; }

            /// <summary>The baseline file of accepted findings (<c>--baseline</c>), or <c>null</c>.</summary>
            public string? Baseline { get; init; }

            /// <summary>Where to write this run's findings as a baseline (<c>--write-baseline</c>), or <c>null</c>.</summary>
            public string? WriteBaseline { get; init; }

            /// <summary>How many threads check records at once (<c>--parallel</c>); the number of processors when <c>null</c>.</summary>
            public int? Parallel { get; init; }
        }
    }
}
