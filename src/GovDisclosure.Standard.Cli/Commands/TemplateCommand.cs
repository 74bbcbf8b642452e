using System;
using System.CommandLine;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Cli.Catalogues;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>template DOMAIN</c>: an empty (or pre-filled) spreadsheet with the standard Chinese headers, for vendors to fill in.</summary>
    internal static class TemplateCommand
    {
        public static Command Create()
        {
            var domain = new Argument<string>("DOMAIN") { Description = ToolLanguage.Say("试点领域，按代码或中文名称（如 socialAssistance 或 社会救助）；见 'govdisclosure catalog list'。", "The pilot domain, by code or Chinese name (e.g. socialAssistance or 社会救助); see 'govdisclosure catalog list'.") };
            var format = new Option<string>("--format", "-f") { Description = ToolLanguage.Say("表格格式；xlsx 为填报模板：表头加粗冻结、代码列带下拉列表、另有代码表工作表。", "Spreadsheet format; xlsx is a form to fill in: a bold frozen header, drop-down lists on code columns and a sheet of the code lists."), DefaultValueFactory = _ => "xlsx" };
            format.AcceptOnlyFromAmong("xlsx", "csv");
            var prefill = new Option<bool>("--prefill") { Description = ToolLanguage.Say("填入该领域标准目录的条目。", "Fill in the domain's standard catalogue entries.") };
            var kind = new Option<string?>("--kind", "-k") { Description = ToolLanguage.Say("其他有表格布局的文档类型的模板（serviceGuide、directoryItem、enforcementDisclosure、disclosureGuide）；默认 catalogueEntry。", "Template for another kind with a table layout (serviceGuide, directoryItem, enforcementDisclosure, disclosureGuide); default catalogueEntry.") };
            var output = new Option<string?>("--output", "-o") { Description = ToolLanguage.Say("要写入的文件；默认为当前文件夹中的 <domain>.<kind>.template.<format>。", "The file to write; default <domain>.<kind>.template.<format> in the current folder.") };
            var command = Help.Command("template", ToolLanguage.Say("为试点领域生成带标准中文表头的表格，空白或预填标准目录。", "Write a spreadsheet with the standard Chinese column headers for a pilot domain, empty or pre-filled with its standard catalogue."),
                null,
                "govdisclosure template socialAssistance --format xlsx",
                "govdisclosure template 养老服务 --format csv --prefill --output 养老服务目录.csv",
                "govdisclosure template socialAssistance --kind serviceGuide");
            command.Arguments.Add(domain);
            foreach (Option option in new Option[] { format, prefill, kind, output })
            {
                command.Options.Add(option);
            }

            command.SetAction(result => CommandRunner.Run(() => Run(
                Choices.Domain(result.GetValue(domain)!),
                result.GetValue(format)!,
                result.GetValue(prefill),
                Choices.Kind(result.GetValue(kind)) ?? DocumentKind.CatalogueEntry,
                result.GetValue(output))));
            return command;
        }

        public static int Run(PilotDomain domain, string format, bool prefill, DocumentKind kind, string? output)
        {
            if (TabularLayout.For(kind) is null)
            {
                throw new CommandFailure($"{kind.ChineseName}没有表格布局，因此没有表格模板。", $"{kind.EnglishName} has no table layout, so there is no spreadsheet template for it.");
            }

            if (prefill && kind != DocumentKind.CatalogueEntry)
            {
                throw new CommandFailure("--prefill 填入的是目录条目；其他类型请不要给出。", "--prefill fills in catalogue entries; leave it out for other kinds.");
            }

            JsonElement[] records = Array.Empty<JsonElement>();
            if (prefill)
            {
                records = CatalogueRecords.Records(CatalogueRecords.Entries(domain));
            }

            string path = output ?? $"{domain.Code}.{kind.Code}.template.{format}";
            OutputFiles.Write(path, stream =>
            {
                if (format == "csv")
                {
                    TabularWriter.WriteCsv(stream, kind, records);
                }
                else
                {
                    XlsxTemplateWriter.Write(stream, kind, domain, records);
                }
            });
            Console.WriteLine(prefill
                ? ToolLanguage.Say($"已写入 {path}：{domain.ChineseName}（{domain.Code}）的 {records.Length} 个条目，使用标准表头。", $"Wrote {path}: {records.Length} entries of {domain.ChineseName} ({domain.Code}) under the standard headers.")
                : ToolLanguage.Say($"已写入 {path}：{domain.ChineseName}的{kind.ChineseName}（{kind.Code}）标准表头。", $"Wrote {path}: the standard headers of {kind.EnglishName} ({kind.Code}) for {domain.ChineseName}."));
            return ExitCodes.Clean;
        }
    }
}
