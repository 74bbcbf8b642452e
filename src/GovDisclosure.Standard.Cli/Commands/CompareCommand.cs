using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Reporting.Comparison;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// <c>compare CATALOGUE</c>: a local catalogue (a county's or township's 标准目录, in any supported format)
    /// against the standard entries of its pilot domains — the built-in catalogue, or <c>--standard FILE</c>.
    /// <c>compare GUIDES-A GUIDES-B [...]</c>: service guides of two or more sources, each against the first.
    /// The comparison is <see cref="ComparisonRun"/>'s; this command parses the arguments and writes the report.
    /// </summary>
    internal static class CompareCommand
    {
        public static Command Create()
        {
            var files = new Argument<string[]>("FILES") { Description = ToolLanguage.Say("一个本地目录；或两个及以上的办事指南文件（其余文件都与第一个比对）。.json、.jsonl、.csv 或 .xlsx，使用发布时的表头或标准字段名。", "One local catalogue; or two or more files of service guides (the first is the one the others are compared with). .json, .jsonl, .csv or .xlsx, with the published headers or the canonical field names."), Arity = ArgumentArity.OneOrMore };
            var domain = new Option<string?>("--domain", "-d") { Description = ToolLanguage.Say("目录：未写明领域的条目所属的试点领域（发布的表格往往只在标题中写明），按代码或中文名称。", "Catalogue: the pilot domain of entries that name none (published tables name it only in their title), by code or Chinese name.") };
            var standard = new Option<FileInfo?>("--standard") { Description = ToolLanguage.Say("目录：用来比对的目录定义文件（*.catalog.json，如省级目录），代替内置的标准目录。", "Catalogue: a catalogue definition (*.catalog.json, e.g. a province's) to compare with instead of the built-in standard catalogue.") };
            var encoding = new Option<string?>("--encoding", "-e") { Description = ToolLanguage.Say("JSON/CSV 输入的文本编码；不给时自动判断。", "Text encoding of JSON/CSV input; detected when left out.") };
            var sheet = new Option<string?>("--sheet") { Description = ToolLanguage.Say("Excel 工作簿中的工作表，按名称或从 1 起的序号。", "Worksheet of an Excel workbook, by name or 1-based index.") };
            var format = new Option<string>("--format", "-f") { Description = ToolLanguage.Say("报告格式。", "Report format."), DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
            var output = new Option<string?>("--output", "-o") { Description = ToolLanguage.Say("把报告写入此文件，而不是标准输出。", "Write the report to this file instead of standard output.") };
            var failOn = new Option<string>("--fail-on") { Description = ToolLanguage.Say("有达到此严重程度的问题时以退出码 1 结束。", "Exit with code 1 when there is a finding at or above this severity."), DefaultValueFactory = _ => "error" };
            failOn.AcceptOnlyFromAmong("error", "warning", "information");
            var command = Help.Command("compare", ToolLanguage.Say("本地目录与标准目录比对（缺少、弱化、新增的事项）；或多处发布的办事指南一致性比对（每个不同的要素）。", "Compare a local catalogue with the standard catalogue (missing, weakened, added items), or service guides published in several places (every element that differs)."),
                ToolLanguage.Say("退出码：0 没有达到 --fail-on 的问题；1 有达到的问题；2 有输入或记录无法读取，或命令有误。", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 an input or record could not be read, or the command was wrong."),
                "govdisclosure compare tests/RealDocuments/catalogues/xjbz-work-safety.csv --domain workSafety",
                "govdisclosure compare county.xlsx --domain 社会救助 --format html --output comparison.html --fail-on warning",
                "govdisclosure compare county.json --standard province/socialAssistance.catalog.json",
                "govdisclosure compare tests/RealDocuments/service-guides/yueyang-nanhu-name-change.json tests/RealDocuments/service-guides/yueyang-city-name-change.json",
                "govdisclosure compare department-site.xlsx zwfw-export.csv --format sarif --output guides.sarif");
            command.Arguments.Add(files);
            Option<string[]> limit = LimitOption.Create();
            foreach (Option option in new Option[] { domain, standard, encoding, sheet, format, output, failOn, limit })
            {
                command.Options.Add(option);
            }

            command.SetAction(result => CommandRunner.Run(() => Run(
                result.GetValue(files)!,
                result.GetValue(domain) is string d ? Choices.Domain(d) : null,
                result.GetValue(standard),
                new InputOptions { Encoding = Choices.Encoding(result.GetValue(encoding)), Sheet = result.GetValue(sheet), Limits = LimitOption.Load(result.GetValue(limit)) },
                result.GetValue(format) switch { "json" => ReportFormat.Json, "sarif" => ReportFormat.Sarif, "html" => ReportFormat.Html, _ => ReportFormat.Text },
                result.GetValue(output),
                ToolLanguage.Current.Tag,
                result.GetValue(failOn) switch { "warning" => FindingSeverity.Warning, "information" => FindingSeverity.Information, _ => FindingSeverity.Error })));
            return command;
        }

        private static int Run(string[] paths, PilotDomain? domain, FileInfo? standardFile, InputOptions options, ReportFormat format, string? output, string language, FindingSeverity failOn)
        {
            bool english = !ToolLanguage.Current.IsChinese;
            ComparisonReport report;
            if (paths.Length == 1)
            {
                CatalogueDefinition? definition = null;
                if (standardFile != null)
                {
                    try
                    {
                        definition = CanonicalJson.ReadCatalogueFile(standardFile.FullName);
                    }
                    catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
                    {
                        throw new CommandFailure($"{standardFile.FullName}：{e.Message}", $"{standardFile.FullName}: {e.Message}");
                    }
                }

                report = ComparisonRun.CompareWithStandard(
                    ValidationSource.FromFile(paths[0], options with { Kind = DocumentKind.CatalogueEntry }),
                    new CatalogueComparisonOptions { Domain = domain, Standard = definition, StandardName = standardFile?.FullName });
            }
            else
            {
                if (domain != null || standardFile != null)
                {
                    throw new CommandFailure("--domain 和 --standard 用于一个目录与标准目录的比对；办事指南是相互比对的。", "--domain and --standard are for comparing one catalogue with the standard; service guides are compared with each other.");
                }

                report = ComparisonRun.CompareServiceGuides(paths.Select(p => ValidationSource.FromFile(p, options)).ToArray());
            }

            foreach (ReportFile source in report.Sources.Where(s => s.Failure != null))
            {
                Console.Error.WriteLine($"govdisclosure: {source.FailureLocation?.ToString() ?? source.Path}: {(english ? source.Failure!.English : source.Failure!.Chinese)}");
            }

            foreach (ComparisonNote note in report.Notes)
            {
                Console.Error.WriteLine($"govdisclosure: {note.Location}: {(english ? note.Message.English : note.Message.Chinese)}");
            }

            if (domain is null && report.Kind == ComparisonKind.CatalogueWithStandard && report.Notes.Any(n => n.RecordLeftOut))
            {
                Console.Error.WriteLine(english
                    ? "govdisclosure: give the pilot domain with --domain (e.g. --domain socialAssistance or --domain 社会救助)."
                    : "govdisclosure: 请用 --domain 指定试点领域（如 --domain socialAssistance 或 --domain 社会救助）。");
            }

            if (output != null)
            {
                try
                {
                    OutputFiles.Write(output, stream => ComparisonReportWriter.Write(report, format, stream, language, failOn));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    throw new CommandFailure($"无法把报告写入 '{output}'：{e.Message}", $"cannot write the report to '{output}': {e.Message}");
                }
            }
            else
            {
                using Stream stdout = Console.OpenStandardOutput();
                ComparisonReportWriter.Write(report, format, stdout, language, failOn);
            }

            return report.ExitCode(failOn);
        }
    }
}
