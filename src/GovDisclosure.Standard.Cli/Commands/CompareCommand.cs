using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Catalogue.Comparison;
using GovDisclosure.Standard.Cli.Comparison;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Json;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Comparison;

namespace GovDisclosure.Standard.Cli.Commands
{
    /// <summary>
    /// <c>compare CATALOGUE</c>: a local catalogue (a county's or township's 标准目录, in any supported format)
    /// against the standard entries of its pilot domains — the built-in catalogue, or <c>--standard FILE</c>:
    /// a coverage table per domain, then the GD-CMP findings.
    /// </summary>
    internal static class CompareCommand
    {
        public static Command Create()
        {
            var file = new Argument<string>("CATALOGUE") { Description = "The local catalogue: .json, .jsonl, .csv or .xlsx, with the published two-row headers or the canonical field names." };
            var domain = new Option<string?>("--domain", "-d") { Description = "The pilot domain of entries that name none (published tables name it only in their title), by code or Chinese name." };
            var standard = new Option<FileInfo?>("--standard") { Description = "A catalogue definition (*.catalog.json, e.g. a province's) to compare with instead of the built-in standard catalogue." };
            var encoding = new Option<string?>("--encoding", "-e") { Description = "Text encoding of JSON/CSV input; detected when left out." };
            var sheet = new Option<string?>("--sheet") { Description = "Worksheet of an .xlsx file, by name or 1-based index." };
            var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var language = new Option<string>("--lang") { Description = "Language of messages.", DefaultValueFactory = _ => "zh" };
            language.AcceptOnlyFromAmong("zh", "en");
            var failOn = new Option<string>("--fail-on") { Description = "Exit with code 1 when there is a finding at or above this severity.", DefaultValueFactory = _ => "error" };
            failOn.AcceptOnlyFromAmong("error", "warning", "information");
            var command = Help.Command("compare", "Compare a local catalogue with the standard catalogue of its domain: missing, weakened and added items. 本地目录与标准目录比对。",
                "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 the catalogue could not be read or the command was wrong.",
                "govdisclosure compare tests/RealDocuments/catalogues/xjbz-work-safety.csv --domain workSafety",
                "govdisclosure compare county.xlsx --domain 社会救助 --format json --fail-on warning",
                "govdisclosure compare county.json --standard province/socialAssistance.catalog.json");
            command.Arguments.Add(file);
            foreach (Option option in new Option[] { domain, standard, encoding, sheet, format, language, failOn })
            {
                command.Options.Add(option);
            }

            command.SetAction(result => CommandRunner.Run(() => Run(
                result.GetValue(file)!,
                result.GetValue(domain) is string d ? Choices.Domain(d) : null,
                result.GetValue(standard),
                new InputOptions { Kind = DocumentKind.CatalogueEntry, Encoding = Choices.Encoding(result.GetValue(encoding)), Sheet = result.GetValue(sheet), DisplayName = result.GetValue(file) },
                result.GetValue(format) == "json",
                result.GetValue(language) == "en",
                result.GetValue(failOn) switch { "warning" => FindingSeverity.Warning, "information" => FindingSeverity.Information, _ => FindingSeverity.Error })));
            return command;
        }

        private static int Run(string path, PilotDomain? domain, FileInfo? standardFile, InputOptions options, bool json, bool english, FindingSeverity failOn)
        {
            CatalogueDefinition? definition = null;
            if (standardFile != null)
            {
                try
                {
                    definition = CanonicalJson.ReadCatalogueFile(standardFile.FullName);
                }
                catch (JsonException e)
                {
                    throw new CommandFailure(e.Message);
                }
            }

            var locations = new Dictionary<CatalogueEntry, SourceLocation>(ReferenceEqualityComparer.Instance);
            var local = new List<CatalogueEntry>();
            bool unreadable = false;
            SourceInput input = SourceInput.Open(path, options);
            foreach (RecordValidation record in new DisclosureValidator().Validate(input.Kind, input.Records()))
            {
                if (record.Document is CatalogueEntry entry)
                {
                    local.Add(entry);
                    locations[entry] = record.Record.Origin;
                    foreach (Finding error in record.Findings.Where(f => f.Severity == FindingSeverity.Error))
                    {
                        // A value the reader could not take (e.g. an unknown channel) is left out of the entry compared; say so.
                        Console.Error.WriteLine($"govdisclosure: {error.Location}: {error.RuleId} {(english ? error.Message.English : error.Message.Chinese)} ({(english ? "compared without it; see govdisclosure validate" : "比对时不计此值，详见 govdisclosure validate")})");
                    }
                }
                else
                {
                    unreadable = true;
                    Finding? why = record.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error);
                    Console.Error.WriteLine($"govdisclosure: {record.Record.Origin}: {(english ? "record not read, left out of the comparison" : "记录无法读取，未参与比对")}" + (why is null ? string.Empty : ": " + (english ? why.Message.English : why.Message.Chinese)));
                }
            }

            if (input.Stop != null)
            {
                unreadable = true;
                Console.Error.WriteLine($"govdisclosure: {input.Stop.Location}: {(english ? input.Stop.Reason.English : input.Stop.Reason.Chinese)}");
            }

            var comparisons = new List<CatalogueStandardComparison>();
            var findings = new List<Finding>();
            var catalogue = new SourceLocation { File = path };
            var groups = local.GroupBy(e => e.Domain ?? domain ?? definition?.Domain).Select(g => (g.Key, Entries: g.ToArray())).ToList();
            if (groups.Count == 0 && (domain ?? definition?.Domain) is PilotDomain only)
            {
                groups.Add((only, Array.Empty<CatalogueEntry>()));
            }

            foreach (var group in groups)
            {
                PilotDomain groupDomain = group.Key ?? throw new CommandFailure($"{path}: the entries name no pilot domain; give it with --domain (e.g. --domain socialAssistance).");
                IReadOnlyList<CatalogueEntry> standard = definition is null
                    ? StandardCatalogue.For(groupDomain)
                    : definition.Entries.Where(e => (e.Domain ?? definition.Domain) == groupDomain).ToArray();
                string standardPath = standardFile?.FullName ?? $"catalog/domains/{groupDomain.Code}.catalog.json";
                for (int i = 0; i < standard.Count; i++)
                {
                    locations[standard[i]] = new SourceLocation { File = standardPath, JsonPointer = "/entries/" + i };
                }

                CatalogueStandardComparison comparison = CatalogueStandardComparison.Compare(groupDomain, group.Entries, standard);
                comparisons.Add(comparison);
                findings.AddRange(CatalogueComparisonFindings.Of(comparison, e => locations[e], catalogue));
            }

            using (Stream stdout = Console.OpenStandardOutput())
            {
                var report = new ComparisonReport(path, standardFile?.FullName, comparisons, findings, english);
                if (json)
                {
                    report.WriteJson(stdout);
                }
                else
                {
                    report.WriteText(stdout);
                }
            }

            return unreadable ? ExitCodes.Unusable : findings.Any(f => f.Severity >= failOn) ? ExitCodes.Findings : ExitCodes.Clean;
        }
    }
}
