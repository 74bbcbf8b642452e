using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Cli.Catalogues;
using GovDisclosure.Standard.Cli.Output;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>catalog list</c> and <c>catalog show DOMAIN</c>: the 26 pilot domains and their standard catalogues.</summary>
    internal static class CatalogCommand
    {
        public static Command Create()
        {
            var list = Help.Command("list", ToolLanguage.Say("列出 26 个试点领域及其代码、名称、主管部门、标准目录条目数和覆盖情况。", "List the 26 pilot domains with their codes, names, ministries, entries and coverage of the standard catalogue."),
                null,
                "govdisclosure catalog list");
            list.SetAction(_ => CommandRunner.Run(List));

            var domain = new Argument<string>("DOMAIN") { Description = ToolLanguage.Say("试点领域，按代码或中文名称。", "The pilot domain, by code or Chinese name.") };
            var format = new Option<string>("--format", "-f") { Description = ToolLanguage.Say("输出格式。", "Output format."), DefaultValueFactory = _ => "table" };
            format.AcceptOnlyFromAmong("table", "json", "csv", "xlsx");
            var output = new Option<string?>("--output", "-o") { Description = ToolLanguage.Say("写入此文件（xlsx 必须给出）。", "Write to this file (required for xlsx).") };
            var show = Help.Command("show", ToolLanguage.Say("以表格、JSON、CSV 或 XLSX 显示一个领域的标准目录。", "Show a domain's standard catalogue as a table, JSON, CSV or XLSX."),
                null,
                "govdisclosure catalog show socialAssistance",
                "govdisclosure catalog show 养老服务 --format json",
                "govdisclosure catalog show socialAssistance --format xlsx --output 社会救助.xlsx");
            show.Arguments.Add(domain);
            show.Options.Add(format);
            show.Options.Add(output);
            show.SetAction(result => CommandRunner.Run(() => Show(Choices.Domain(result.GetValue(domain)!), result.GetValue(format)!, result.GetValue(output))));

            var command = Help.Command("catalog", ToolLanguage.Say("试点领域与标准目录。", "The pilot domains and their standard catalogues."),
                null,
                "govdisclosure catalog list",
                "govdisclosure catalog show socialAssistance --format csv");
            command.Subcommands.Add(list);
            command.Subcommands.Add(show);
            return command;
        }

        public static int List()
        {
            Console.WriteLine(ToolLanguage.Say("序号 代码                               领域              条目数  覆盖      主管部门", "No  Code                               领域            Entries  Coverage  Ministries"));
            foreach (PilotDomain domain in PilotDomain.Declared)
            {
                int count = StandardCatalogue.For(domain).Count;
                string entries = count == 0 ? "-" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                string coverage = StandardCatalogue.CoverageOf(domain) ?? "-";
                Console.WriteLine($"{domain.Number,2}  {domain.Code,-34} {Pad(domain.ChineseName, 14)}  {entries,7}  {coverage,-8}  {string.Join("、", domain.Ministries)}");
            }

            return ExitCodes.Clean;
        }

        public static int Show(PilotDomain domain, string format, string? output)
        {
            IReadOnlyList<CatalogueEntry> entries = CatalogueRecords.Entries(domain);
            JsonElement[] records = CatalogueRecords.Records(entries);
            switch (format)
            {
                case "xlsx":
                    if (output is null)
                    {
                        throw new CommandFailure("--format xlsx 需要 --output FILE.xlsx。", "--format xlsx needs --output FILE.xlsx.");
                    }

                    OutputFiles.Write(output, stream => TabularWriter.WriteXlsx(stream, DocumentKind.CatalogueEntry, records, null, domain.ChineseName));
                    Console.WriteLine(ToolLanguage.Say($"已写入 {output}：{records.Length} 个条目。", $"Wrote {output}: {records.Length} entries."));
                    return ExitCodes.Clean;
                case "csv":
                    Write(output, stream => TabularWriter.WriteCsv(stream, DocumentKind.CatalogueEntry, records));
                    return ExitCodes.Clean;
                case "json":
                    Write(output, stream =>
                    {
                        using var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(true));
                        writer.WriteStartArray();
                        foreach (JsonElement record in records)
                        {
                            record.WriteTo(writer);
                        }

                        writer.WriteEndArray();
                        writer.Flush();
                        stream.WriteByte((byte)'\n');
                    });
                    return ExitCodes.Clean;
                default:
                    var text = new StringBuilder();
                    text.AppendLine($"{domain.Number} {domain.ChineseName} ({domain.Code}) — {domain.Guideline?.Title} {domain.Guideline?.DocumentNumber}");
                    text.AppendLine(ToolLanguage.Say(
                        $"{records.Length} 个条目，覆盖 {StandardCatalogue.CoverageOf(domain) ?? "-"}：{StandardCatalogue.CoverageNoteOf(domain)}",
                        $"{records.Length} entries, coverage {StandardCatalogue.CoverageOf(domain) ?? "-"}: {StandardCatalogue.CoverageNoteOf(domain)}"));
                    text.AppendLine();
                    int n = 0;
                    foreach (CatalogueEntry entry in entries)
                    {
                        n++;
                        text.AppendLine($"{n,3}. {entry.FirstLevelItem} / {entry.SecondLevelItem}{(entry.ThirdLevelItem is null ? string.Empty : " / " + entry.ThirdLevelItem)}");
                        text.AppendLine($"     公开内容: {string.Join("、", entry.ContentElements.Select(e => (e.Requirement == ElementRequirement.Required ? "●" : e.Requirement == ElementRequirement.Optional ? "〇" : string.Empty) + e.Name))}");
                        text.AppendLine($"     公开时限: {entry.TimeLimit?.Text}    公开主体: {entry.ResponsibleBody}");
                        text.AppendLine($"     公开渠道: {string.Join("、", entry.Channels.Select(c => c.OtherName ?? c.Channel.ChineseName))}");
                        text.AppendLine($"     对象/方式/层级: {string.Join("、", entry.Audiences.Select(a => a.ChineseName))} / {string.Join("、", entry.Modes.Select(m => m.ChineseName))} / {string.Join("、", entry.Levels.Select(l => l.ChineseName))}");
                    }

                    Write(output, stream =>
                    {
                        byte[] bytes = new UTF8Encoding(false).GetBytes(text.ToString());
                        stream.Write(bytes, 0, bytes.Length);
                    });
                    return ExitCodes.Clean;
            }
        }

        private static void Write(string? output, Action<Stream> write)
        {
            if (output != null)
            {
                OutputFiles.Write(output, write);
                return;
            }

            using Stream stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
        }

        private static string Pad(string text, int width)
        {
            int shown = text.Sum(c => c > 0x2E80 ? 2 : 1);
            return text + new string(' ', Math.Max(0, width - shown));
        }
    }
}
