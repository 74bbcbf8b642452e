using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Cli.Output;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>convert IN OUT</c>: JSON ⇄ JSON Lines ⇄ CSV ⇄ XLSX, losing nothing (a JSON document's envelope goes to JSON and to an XLSX sheet; CSV and JSON Lines say they drop it).</summary>
    internal static class ConvertCommand
    {
        public static Command Create()
        {
            var input = new Argument<string>("IN") { Description = ToolLanguage.Say("输入：.json、.jsonl、.csv、.xlsx 或 .xls；- 为标准输入。", "The input: .json, .jsonl, .csv, .xlsx or .xls; - reads standard input.") };
            var output = new Argument<string>("OUT") { Description = ToolLanguage.Say("输出；扩展名（.json、.jsonl、.csv、.xlsx）决定格式。", "The output; its extension (.json, .jsonl, .csv, .xlsx) sets the format.") };
            var kind = new Option<string?>("--kind", "-k") { Description = ToolLanguage.Say("记录的文档类型；不给时自动判断。", "Document kind of the records; detected when left out.") };
            var encoding = new Option<string?>("--encoding", "-e") { Description = ToolLanguage.Say("输入的文本编码；不给时自动判断。", "Text encoding of the input; detected when left out.") };
            var sheet = new Option<string?>("--sheet") { Description = ToolLanguage.Say("Excel 输入的工作表，按名称或从 1 起的序号。", "Worksheet of an Excel input, by name or 1-based index.") };
            var outputEncoding = new Option<string>("--output-encoding") { Description = ToolLanguage.Say("CSV 输出的编码：utf-8（带 BOM，便于 Excel 打开）或 gb18030。", "Encoding of a CSV output: utf-8 (with BOM, for Excel) or gb18030."), DefaultValueFactory = _ => "utf-8" };
            outputEncoding.AcceptOnlyFromAmong("utf-8", "gb18030");
            var keepFormulas = new Option<bool>("--keep-formulas") { Description = ToolLanguage.Say("CSV 中以 =、+、-、@ 开头的单元格原样写出；默认在前面加 '（OWASP：CSV 注入），使表格软件把它们当作文本。", "Write CSV cells that begin with =, +, -, @ raw; by default they get a leading ' (OWASP CSV injection) so a spreadsheet shows them as text.") };
            var command = Help.Command("convert", ToolLanguage.Say("在 JSON、JSON Lines、CSV 和 XLSX 之间转换记录，不丢失内容。", "Convert records between JSON, JSON Lines, CSV and XLSX without losing anything."),
                ToolLanguage.Say(
                    "表格使用标准中文表头；嵌套的值用 src/GovDisclosure.Standard.Cli/README.md 所述的单元格写法，普通写法表达不了的值写作 json:<JSON>。有无法读取的记录时转换停止（退出码 2），不写出任何文件。",
                    "Tables use the standard Chinese headers; nested values use the cell syntax of src/GovDisclosure.Standard.Cli/README.md, and any value the plain syntax cannot hold is written as json:<JSON>. An unreadable record stops the conversion (exit code 2) and no output is written."),
                "govdisclosure convert catalogue.json catalogue.xlsx",
                "govdisclosure convert export.csv export.json --encoding gb18030",
                "govdisclosure convert guides.xlsx guides.csv --sheet 2 --output-encoding gb18030");
            command.Arguments.Add(input);
            command.Arguments.Add(output);
            command.Options.Add(kind);
            command.Options.Add(encoding);
            command.Options.Add(sheet);
            command.Options.Add(outputEncoding);
            command.Options.Add(keepFormulas);
            Option<string[]> limit = LimitOption.Create();
            command.Options.Add(limit);
            command.SetAction(result => CommandRunner.Run(() => Run(
                result.GetValue(input)!,
                result.GetValue(output)!,
                Choices.Kind(result.GetValue(kind)),
                Choices.Encoding(result.GetValue(encoding)),
                result.GetValue(sheet),
                Choices.Encoding(result.GetValue(outputEncoding)),
                result.GetValue(keepFormulas),
                LimitOption.Load(result.GetValue(limit)))));
            return command;
        }

        public static int Run(string inputPath, string outputPath, DocumentKind? kind, Encoding? encoding, string? sheet, Encoding? outputEncoding, bool keepFormulas = false, InputLimits? limits = null)
        {
            InputFormat target = FormatOf(outputPath);
            OutputTarget.Of(outputPath, new[] { inputPath });
            var formulas = new FormulaNeutraliser();
            SourceInput input = StandardInput.Open(inputPath, new InputOptions { Kind = kind, Encoding = encoding, Sheet = sheet, Limits = limits });
            if ((target == InputFormat.Csv || target == InputFormat.Xlsx) && TabularLayout.For(input.Kind) is null)
            {
                throw new CommandFailure($"{input.Kind.ChineseName}记录没有表格布局；请转换为 .json 或 .jsonl。", $"{input.Kind.EnglishName} records have no table layout; convert them to .json or .jsonl.");
            }

            DocumentEnvelope? envelope = input.Envelope();

            IEnumerable<JsonElement> Records()
            {
                foreach (SourceRecord record in input.Records())
                {
                    if (record.Content is JsonElement content)
                    {
                        yield return content;
                    }
                    else
                    {
                        throw new Unconvertible(record);
                    }
                }
            }

            try
            {
                switch (target)
                {
                    case InputFormat.Csv:
                        IReadOnlyList<string> csvColumns = TabularWriter.AdditionalColumns(input.Kind, Records());
                        OutputFiles.Write(outputPath, stream => TabularWriter.WriteCsv(stream, input.Kind, keepFormulas ? Records() : Records().Select(formulas.Apply), csvColumns, outputEncoding is null || outputEncoding.CodePage == Encoding.UTF8.CodePage ? null : outputEncoding));
                        break;
                    case InputFormat.Xlsx:
                        IReadOnlyList<string> xlsxColumns = TabularWriter.AdditionalColumns(input.Kind, Records());
                        OutputFiles.Write(outputPath, stream => TabularWriter.WriteXlsx(stream, input.Kind, Records(), xlsxColumns, null, envelope));
                        break;
                    case InputFormat.JsonLines:
                        OutputFiles.Write(outputPath, stream => WriteJson(stream, Records(), lines: true, null));
                        break;
                    default:
                        OutputFiles.Write(outputPath, stream => WriteJson(stream, Records(), lines: false, envelope));
                        break;
                }
            }
            catch (Unconvertible e)
            {
                throw new CommandFailure(
                    $"{e.Record.Origin}：第 {e.Record.Number} 条记录无法读取（{e.Record.ReadError!.Chinese}）；没有写出 {outputPath}。",
                    $"{e.Record.Origin}: record {e.Record.Number} cannot be read ({e.Record.ReadError!.English}); nothing was written to {outputPath}.");
            }

            Console.Error.WriteLine("govdisclosure: " + ToolLanguage.Say($"已写入 {outputPath}（{input.Kind.Code}，{target}）。", $"wrote {outputPath} ({input.Kind.Code}, {target})."));
            if (envelope != null && (target == InputFormat.Csv || target == InputFormat.JsonLines))
            {
                string names = string.Join(", ", envelope.Members.Select(m => m.Key));
                Console.Error.WriteLine("govdisclosure: " + TerminalText.Escape(ToolLanguage.Say(
                    $"{target} 只能容纳记录：文档信息（{names}）没有写出；要保留它们，请转换为 .json 或 .xlsx。",
                    $"{target} holds records only: the document's envelope ({names}) was not written; convert to .json or .xlsx to keep it.")));
            }

            if (formulas.Neutralised > 0)
            {
                Console.Error.WriteLine("govdisclosure: " + ToolLanguage.Say(
                    $"{formulas.Neutralised} 个以 = + - @ 开头的值前加了 '，以免被表格软件当作公式执行（--keep-formulas 原样写出）。",
                    $"{formulas.Neutralised} values beginning with = + - @ got a leading ' so that spreadsheets do not run them as formulas (--keep-formulas writes them raw)."));
            }
            return ExitCodes.Clean;
        }

        private static InputFormat FormatOf(string path)
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".csv":
                    return InputFormat.Csv;
                case ".xlsx":
                    return InputFormat.Xlsx;
                case ".jsonl":
                case ".ndjson":
                    return InputFormat.JsonLines;
                case ".json":
                    return InputFormat.Json;
                default:
                    throw new CommandFailure($"看不出 '{path}' 的输出格式；请以 .json、.jsonl、.csv 或 .xlsx 结尾。", $"cannot tell the output format of '{path}'; end it with .json, .jsonl, .csv or .xlsx.");
            }
        }

        private static void WriteJson(Stream stream, IEnumerable<JsonElement> records, bool lines, DocumentEnvelope? envelope)
        {
            using var writer = new Utf8JsonWriter(stream, JsonFields.WriterOptions(!lines));
            if (lines)
            {
                foreach (JsonElement record in records)
                {
                    record.WriteTo(writer);
                    writer.Flush();
                    writer.Reset();
                    stream.WriteByte((byte)'\n');
                }

                return;
            }

            envelope?.WriteStart(writer);
            writer.WriteStartArray();
            foreach (JsonElement record in records)
            {
                record.WriteTo(writer);
                if (writer.BytesPending > 64 * 1024)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
            envelope?.WriteEnd(writer);
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }

        private sealed class Unconvertible : Exception
        {
            public Unconvertible(SourceRecord record)
                : base("unreadable record")
            {
                Record = record;
            }

            public SourceRecord Record { get; }
        }
    }
}
