using System;
using System.CommandLine;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Standard.Review;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// <c>diff OLD NEW</c>: classifies every change between two versions of a catalogue definition, the
    /// domain list, a JSON Schema or an API listing as breaking, additive or editorial, so that it can
    /// gate a pull request (exit 1 when anything is breaking).
    /// </summary>
    internal static class DiffCommand
    {
        public static Command Create()
        {
            var oldFile = new Argument<FileInfo>("OLD") { Description = ToolLanguage.Say("变更前的版本：*.catalog.json、domains.json、*.schema.json 或 api/*.approved.txt 清单。", "The version before: a *.catalog.json, domains.json, a *.schema.json or an api/*.approved.txt listing.") };
            var newFile = new Argument<FileInfo>("NEW") { Description = ToolLanguage.Say("变更后的版本，同一种文件。", "The version after, of the same kind.") };
            var format = new Option<string>("--format", "-f") { Description = ToolLanguage.Say("text 或 json。", "text or json."), DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var command = Help.Command("diff", ToolLanguage.Say("比较两个版本，把每处变更分为破坏性、新增或编辑性。", "Classify every change between two versions as breaking, additive or editorial."),
                ToolLanguage.Say("退出码：0 没有破坏性变更；1 至少一处破坏性变更；2 有文件无法读取或种类未知。", "Exit codes: 0 no breaking change; 1 at least one breaking change; 2 a file could not be read or is of an unknown kind."),
                "govdisclosure diff old/socialAssistance.catalog.json catalog/domains/socialAssistance.catalog.json",
                "govdisclosure diff old/catalogueEntry.schema.json catalog/schema/catalogueEntry.schema.json --format json",
                "govdisclosure diff old/GovDisclosure.Standard.approved.txt api/GovDisclosure.Standard.approved.txt");
            command.Arguments.Add(oldFile);
            command.Arguments.Add(newFile);
            command.Options.Add(format);
            command.SetAction(result => CommandRunner.Run(() => Run(result.GetValue(oldFile)!, result.GetValue(newFile)!, result.GetValue(format) == "json")));
            return command;
        }

        private static int Run(FileInfo oldFile, FileInfo newFile, bool json)
        {
            DiffResult report;
            DefinitionFileCheck.Ensure(oldFile.FullName);
            DefinitionFileCheck.Ensure(newFile.FullName);
            try
            {
                report = ReviewDiff.CompareFiles(oldFile.FullName, newFile.FullName);
            }
            catch (UnreadableReviewInputException e)
            {
                throw new CommandFailure(e.Bilingual.Chinese, e.Bilingual.English);
            }

            if (json)
            {
                WriteJson(report);
            }
            else
            {
                WriteText(report);
            }

            return report.HasBreakingChanges ? ExitCodes.Findings : ExitCodes.Clean;
        }

        private static void WriteText(DiffResult report)
        {
            foreach (ReviewChange change in report.Changes)
            {
                Console.WriteLine($"{change.Kind.ToString().ToUpperInvariant(),-9} {change.Path}");
                Console.WriteLine($"          {ToolLanguage.Current.Text(change.Message)}");
                if (change.OldValue != null)
                {
                    Console.WriteLine($"          - {change.OldValue}");
                }

                if (change.NewValue != null)
                {
                    Console.WriteLine($"          + {change.NewValue}");
                }
            }

            Console.WriteLine(ToolLanguage.Say(
                $"破坏性 {report.Count(ChangeKind.Breaking)} 处，新增 {report.Count(ChangeKind.Additive)} 处，编辑性 {report.Count(ChangeKind.Editorial)} 处（{report.FileKind}）。",
                $"{report.Count(ChangeKind.Breaking)} breaking, {report.Count(ChangeKind.Additive)} additive, {report.Count(ChangeKind.Editorial)} editorial ({report.FileKind})."));
        }

        private static void WriteJson(DiffResult report)
        {
            using Stream stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("fileKind", report.FileKind.ToString());
                writer.WriteBoolean("hasBreakingChanges", report.HasBreakingChanges);
                writer.WriteStartArray("changes");
                foreach (ReviewChange change in report.Changes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                    writer.WriteString("path", change.Path);
                    writer.WriteString("oldValue", change.OldValue);
                    writer.WriteString("newValue", change.NewValue);
                    writer.WriteString("messageZh", change.Message.Chinese);
                    writer.WriteString("messageEn", change.Message.English);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
        }
    }
}
