using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Cli.Output;
using GovDisclosure.Standard.Reporting;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Input.Tabular;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary><c>convert IN OUT</c>: JSON ⇄ JSON Lines ⇄ CSV ⇄ XLSX, losing nothing.</summary>
    internal static class ConvertCommand
    {
        public static Command Create()
        {
            var input = new Argument<string>("IN") { Description = "The input: .json, .jsonl, .csv or .xlsx." };
            var output = new Argument<string>("OUT") { Description = "The output; its extension (.json, .jsonl, .csv, .xlsx) sets the format." };
            var kind = new Option<string?>("--kind", "-k") { Description = "Document kind of the records; detected when left out." };
            var encoding = new Option<string?>("--encoding", "-e") { Description = "Text encoding of the input; detected when left out." };
            var sheet = new Option<string?>("--sheet") { Description = "Worksheet of an .xlsx input, by name or 1-based index." };
            var outputEncoding = new Option<string>("--output-encoding") { Description = "Encoding of a CSV output: utf-8 (with BOM, for Excel) or gb18030.", DefaultValueFactory = _ => "utf-8" };
            outputEncoding.AcceptOnlyFromAmong("utf-8", "gb18030");
            var keepFormulas = new Option<bool>("--keep-formulas") { Description = "Write CSV cells that begin with =, +, -, @ raw; by default they get a leading ' (OWASP CSV injection) so a spreadsheet shows them as text." };
            var command = Help.Command("convert", "Convert records between JSON, JSON Lines, CSV and XLSX without losing anything. 在 JSON、CSV、XLSX 之间转换。",
                "Tables use the standard Chinese headers; nested values use the cell syntax of src/GovDisclosure.Standard.Cli/README.md, and any value the plain syntax cannot hold is written as json:<JSON>. An unreadable record stops the conversion (exit code 2) and no output is written.",
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
            command.SetAction(result => CommandRunner.Run(() => Run(
                result.GetValue(input)!,
                result.GetValue(output)!,
                Choices.Kind(result.GetValue(kind)),
                Choices.Encoding(result.GetValue(encoding)),
                result.GetValue(sheet),
                Choices.Encoding(result.GetValue(outputEncoding)),
                result.GetValue(keepFormulas))));
            return command;
        }

        public static int Run(string inputPath, string outputPath, DocumentKind? kind, Encoding? encoding, string? sheet, Encoding? outputEncoding, bool keepFormulas = false)
        {
            InputFormat target = FormatOf(outputPath);
            OutputTarget.Of(outputPath, new[] { inputPath });
            var formulas = new FormulaNeutraliser();
            SourceInput input = StandardInput.Open(inputPath, new InputOptions { Kind = kind, Encoding = encoding, Sheet = sheet });
            if ((target == InputFormat.Csv || target == InputFormat.Xlsx) && TabularLayout.For(input.Kind) is null)
            {
                throw new CommandFailure($"{input.Kind.EnglishName} records ({input.Kind.ChineseName}) have no table layout; convert them to .json or .jsonl.");
            }

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

                if (input.Stop != null)
                {
                    throw new CommandFailure(input.Stop.Location + ": " + input.Stop.Reason.English);
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
                        OutputFiles.Write(outputPath, stream => TabularWriter.WriteXlsx(stream, input.Kind, Records(), xlsxColumns));
                        break;
                    case InputFormat.JsonLines:
                        OutputFiles.Write(outputPath, stream => WriteJson(stream, Records(), lines: true));
                        break;
                    default:
                        OutputFiles.Write(outputPath, stream => WriteJson(stream, Records(), lines: false));
                        break;
                }
            }
            catch (Unconvertible e)
            {
                throw new CommandFailure($"{e.Record.Origin}: record {e.Record.Number} cannot be read ({e.Record.ReadError!.English}); nothing was written to {outputPath}.");
            }

            Console.Error.WriteLine($"govdisclosure: wrote {outputPath} ({input.Kind.Code}, {target}).");
            if (formulas.Neutralised > 0)
            {
                Console.Error.WriteLine($"govdisclosure: {formulas.Neutralised} 个以 = + - @ 开头的值前加了 '，以免被表格软件当作公式执行 / {formulas.Neutralised} values beginning with = + - @ got a leading ' so that spreadsheets do not run them as formulas (--keep-formulas writes them raw).");
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
                    throw new CommandFailure($"cannot tell the output format of '{path}'; end it with .json, .jsonl, .csv or .xlsx.");
            }
        }

        private static void WriteJson(Stream stream, IEnumerable<JsonElement> records, bool lines)
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
