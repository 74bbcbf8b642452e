using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Schema;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>schema [--kind K] [--out DIR]</c>: the JSON Schemas (draft 2020-12) of the document kinds.</summary>
    internal static class SchemaCommand
    {
        public static Command Create()
        {
            var kind = new Option<string?>("--kind", "-k") { Description = ToolLanguage.Say("只输出这一种文档类型（默认：全部）。", "Only this document kind (default: every kind).") };
            var output = new Option<string?>("--out", "-o") { Description = ToolLanguage.Say("把 <kind>.schema.json 文件写入此文件夹；不给时打印 --kind 的 Schema。", "Folder to write <kind>.schema.json files into; without it the schema of --kind is printed.") };
            var command = Help.Command("schema", ToolLanguage.Say("输出标准文档的 JSON Schema（draft 2020-12）。", "Write the JSON Schemas (draft 2020-12) of the canonical documents."),
                null,
                "govdisclosure schema --kind serviceGuide",
                "govdisclosure schema --out schemas/");
            command.Options.Add(kind);
            command.Options.Add(output);
            command.SetAction(result => CommandRunner.Run(() => Run(Choices.Kind(result.GetValue(kind)), result.GetValue(output))));
            return command;
        }

        public static int Run(DocumentKind? kind, string? output)
        {
            if (output is null)
            {
                if (kind is null)
                {
                    throw new CommandFailure("请用 --kind 打印一个 Schema，或用 --out DIR 全部写出。", "give --kind to print one schema, or --out DIR to write them all.");
                }

                Console.Out.Write(DocumentSchemas.ToJson(kind));
                return ExitCodes.Clean;
            }

            Directory.CreateDirectory(output);
            foreach (DocumentKind each in kind is null ? DocumentKind.Declared.ToArray() : new[] { kind })
            {
                string path = Path.Combine(output, DocumentSchemas.FileName(each));
                File.WriteAllText(path, DocumentSchemas.ToJson(each), new UTF8Encoding(false));
                Console.WriteLine(ToolLanguage.Say("已写入 ", "Wrote ") + path);
            }

            return ExitCodes.Clean;
        }
    }
}
