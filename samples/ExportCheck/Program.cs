using System;
using System.IO;
using System.Linq;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace ExportCheck
{
    /// <summary>
    /// Checks an export with GovDisclosure.Standard:
    /// <c>ExportCheck [file] [--rules standard|strict|county-strict] [--lang zh|en]</c>.
    /// Exit code: 0 no errors, 1 errors found, 2 the file or an option is unusable.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            string file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a))
                ?? Path.Combine(AppContext.BaseDirectory, "exports", "service-guides.json");
            string language = Option(args, "--lang") ?? "zh";

            // 1. Choose a rule set: a built-in one, or the county's stricter set derived from the standard one.
            RuleSet countyStrict = RuleSet.Standard
                .Named("county-strict")
                .With(new OnlineAddressRule())                           // add a rule of our own
                .Without("GD-STR-005")                                   // do not report extra fields
                .WithSeverity("GD-SG-003", FindingSeverity.Error);        // vague wording is an error here
            string rulesName = Option(args, "--rules") ?? "standard";
            RuleSet? rules = rulesName == countyStrict.Name ? countyStrict : RuleSet.FindBuiltIn(rulesName);
            if (rules is null)
            {
                Console.Error.WriteLine($"unknown rule set '{rulesName}' (standard, strict, county-strict)");
                return 2;
            }

            try
            {
                // 2. Open the export: format, encoding (UTF-8 or GB18030) and document kind are detected.
                SourceInput input = SourceInput.Open(file, new InputOptions { DisplayName = Path.GetFileName(file) });
                Console.WriteLine($"{input.DisplayName}: {input.Format}, {input.Kind.Code}, rules {rules.Name}");

                // 3. Validate record by record (streaming) and print each finding.
                var validator = new DisclosureValidator(rules);
                var summary = new ValidationSummary();
                foreach (RecordValidation result in validator.Validate(input.Kind, input.Records()))
                {
                    summary.Add(result);
                    foreach (Finding finding in result.Findings)
                    {
                        Console.WriteLine($"{finding.RuleId} {finding.Severity.ToString().ToLowerInvariant()} {finding.Location}  {finding.Message.In(language)}");
                    }
                }

                Console.WriteLine($"records {summary.Read}, valid {summary.Valid}, errors {summary.Errors}, warnings {summary.Warnings}, information {summary.Information}");
                return summary.Errors > 0 ? 1 : 0;
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"{e.Location}: {e.Text.In(language)}");
                return 2;
            }
        }

        private static string? Option(string[] args, string name)
        {
            int at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        private static bool IsOptionValue(string[] args, string arg)
        {
            int at = Array.IndexOf(args, arg);
            return at > 0 && args[at - 1].StartsWith("--", StringComparison.Ordinal);
        }
    }
}
