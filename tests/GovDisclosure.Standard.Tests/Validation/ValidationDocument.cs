using System.Linq;
using System.Text;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    /// <summary>Renders src/GovDisclosure.Standard.Validation/README.md from the rule registry.</summary>
    internal static class ValidationDocument
    {
        public static string Render()
        {
            var md = new StringBuilder();
            md.Append("# Validation rules / 校验规则\n\n");
            md.Append("<!-- Generated from RuleRegistry.All (src/GovDisclosure.Standard.Validation/Rules/RuleDescriptors.cs) by tests/GovDisclosure.Standard.Tests/Validation/RuleRegistryTests.cs.\n");
            md.Append("     Do not edit by hand: run the tests with GOVDISCLOSURE_APPROVE=1 to rewrite it. -->\n\n");
            md.Append("`DisclosureValidator` binds each raw record to a typed document (the GD-STR rules report what does not fit, with\n");
            md.Append("its JSON pointer and source location; a bad value is left out, never guessed; unknown fields are kept) and then runs\n");
            md.Append("a `RuleSet` on the document. `RuleSet.Standard` holds every national rule below; the opt-in sets add the rules of\n");
            md.Append("local conventions (see below). The catalogue coverage rules (GD-CAT-008, GD-CAT-010, GD-CAT-011) look at a whole\n");
            md.Append("catalogue of one agency and are reported by `CatalogueCoverage` (`govdisclosure validate --agency-kind`).\n");
            md.Append("Every rule is declared once, with its id, severity, category, titles, description and documentation anchor, in\n");
            md.Append("`Rules/RuleDescriptors.cs`; the ids each release shipped are listed in `RuleReleases.Shipped.md` and `RuleReleases.Unshipped.md`\n");
            md.Append("(the format of Roslyn's analyzer release tracking). Rule ids never change meaning and are never reused once shipped.\n\n");
            md.Append("```csharp\n");
            md.Append("using GovDisclosure.Standard.Validation;       // DisclosureValidator, RuleSet, RuleRegistry, RecordValidation\n");
            md.Append("using GovDisclosure.Standard.Validation.Rules; // Finding, FindingSeverity, RuleDescriptor, and what a rule is written with\n\n");
            md.Append("var validator = new DisclosureValidator(RuleSet.Standard.WithSeverity(\"GD-SG-003\", FindingSeverity.Error).Named(\"my-province\"));\n");
            md.Append("foreach (RecordValidation result in validator.Validate(DocumentKind.ServiceGuide, records)) { /* result.Findings */ }\n");
            md.Append("IReadOnlyList<Finding> findings = validator.Validate(serviceGuide); // typed API, pointers only\n");
            md.Append("```\n\n");
            md.Append("Your own rules derive from `DocumentRule<TDocument>` (one document) or `DocumentPairRule<TDocument>` (two documents\n");
            md.Append("of one stream with the same key, like GD-AR-009) and are added with `RuleSet.With(rule)`; `RuleSet.Strict` raises\n");
            md.Append("every warning to an error. A date outside the working-day calendar's years is reported as GD-TIME-004 (information),\n");
            md.Append("never guessed. Blank annual-report cells are one GD-AR-002 warning per table, never an error: a sum with blanks is an error only when no values of the blanks could make it hold (GD-AR-010, GD-AR-011).\n\n");

            md.Append("## Findings and messages / 问题与消息\n");
            md.Append("\n");
            md.Append("A `Finding` has its rule's id, severity and category, a `Location` (JSON pointer, and line and column, or sheet,\n");
            md.Append("row and cell where the input has them), `RelatedLocations` (e.g. every cell of a sum that does not hold), the\n");
            md.Append("offending `Value`, and a `Message` in Chinese and English. A built-in rule's message is rendered from one of the\n");
            md.Append("templates its descriptor declares (listed under each rule below, placeholders in braces): the finding keeps the\n");
            md.Append("template's `MessageId` and its named `Arguments`, each in both languages. The SARIF report writes the templates as\n");
            md.Append("each rule's `messageStrings` and each result's `message.id` and `message.arguments`; the JSON report (schema:\n");
            md.Append("`catalog/schema/validationReport.schema.json`) writes `messageId` and `arguments`. A rule of your own may declare\n");
            md.Append("templates too (`RuleDescriptor.Messages`, reported with `Report(context, pointer, messageId, value, arguments)`) or\n");
            md.Append("give its message as text.\n");
            md.Append("\n");
            md.Append("## The shapes of a rule / 规则的形式\n");
            md.Append("\n");
            md.Append("Every rule is a `ValidationRule` with a `RuleDescriptor`, in one of three shapes, by where its findings come from:\n");
            md.Append("\n");
            md.Append("- `DocumentRule<TDocument>` looks at one typed document (most rules, and the shape of your own rules);\n");
            md.Append("- `DocumentPairRule<TDocument>` compares a document with the last one of the same key in a stream (GD-AR-009);\n");
            md.Append("- `CompanionRule` is reported on its behalf by another part of the library: binding (GD-STR), the timeliness\n");
            md.Append("  rules (GD-TIME-004), the catalogue coverage (GD-CAT-008, 010, 011) and the comparison (GD-CMP). It is in a rule set\n");
            md.Append("  so that it is listed, left out or re-graded like any rule.\n");
            md.Append("\n");
            md.Append("The structure rules were a fourth shape (`BindingRule`), identical to `CompanionRule` but for its name; they are\n");
            md.Append("companion rules now. `DocumentRule` and `DocumentPairRule` stay apart because a pair rule keeps memory across\n");
            md.Append("records and a single-document rule must not. Inside the library, `RequiredFieldsRule<T>` and\n");
            md.Append("`UncertainWordingRule<T>` are `DocumentRule`s that share how they check, not further shapes.\n");
            md.Append("\n");
            md.Append("What a rule is written with — these base types, `RuleContext`, `RuleDescriptor` and the `Finding` it reports — is in\n");
            md.Append("`GovDisclosure.Standard.Validation.Rules`. The built-in rules stand in a namespace per document kind\n");
            md.Append("(`Validation.AnnualReports`, `Validation.ServiceGuides`, `Validation.Structure` …) and use `Rules` only; `Validation`\n");
            md.Append("itself holds what puts them together (`RuleSet`, `DisclosureValidator`, `RuleRegistry`). Every arrow points down,\n");
            md.Append("from the façade to the rules and from the rules to `Rules`, and the architecture tests fail on a namespace loop.\n");
            md.Append("\n");
            md.Append("## Rule sets / 规则集\n\n");
            md.Append("Select one with `RuleSet.FindBuiltIn(name)` or `govdisclosure validate --rules NAME`.\n\n");
            md.Append("| Name | Adds to `standard` | 说明 | About |\n");
            md.Append("|---|---|---|---|\n");
            foreach (RuleSet set in RuleSet.BuiltIn)
            {
                string added = string.Join(", ", set.Rules.Select(r => r.Id).Where(id => !RuleSet.Standard.Contains(id)));
                md.Append("| `").Append(set.Name).Append("` | ").Append(added.Length == 0 ? "—" : added)
                    .Append(" | ").Append(Cell(set.Description?.Chinese ?? string.Empty))
                    .Append(" | ").Append(Cell(set.Description?.English ?? string.Empty))
                    .Append(" |\n");
            }

            md.Append("\n## Rules / 规则\n\n");
            md.Append("| Id | Severity | Category | Document kind | 标题 | Title |\n");
            md.Append("|---|---|---|---|---|---|\n");
            foreach (RuleDescriptor d in RuleRegistry.All)
            {
                md.Append("| [").Append(d.Id).Append("](#").Append(d.Id.ToLowerInvariant()).Append(')')
                    .Append(" | ").Append(d.Severity.ToString().ToLowerInvariant())
                    .Append(" | ").Append(d.Category.Code)
                    .Append(" | ").Append(d.DocumentKind?.Code ?? (d.Id.StartsWith("GD-TIME-00", System.StringComparison.Ordinal) && d.Id != "GD-TIME-004" ? "applicationTimeline" : "all"))
                    .Append(" | ").Append(Cell(d.Title.Chinese))
                    .Append(" | ").Append(Cell(d.Title.English))
                    .Append(OptIn(d.Id))
                    .Append(" |\n");
            }

            md.Append("\n## What each rule checks / 规则说明\n");
            foreach (RuleDescriptor d in RuleRegistry.All)
            {
                md.Append("\n<a id=\"").Append(d.Id.ToLowerInvariant()).Append("\"></a>\n\n### ").Append(d.Id).Append(" — ").Append(d.Title.English).Append(" / ").Append(d.Title.Chinese).Append("\n\n");
                md.Append(d.Description.English).Append("\n\n");
                md.Append(d.Description.Chinese).Append('\n');
                if (d.Messages.Count > 0)
                {
                    md.Append("\nMessages / 消息:\n\n");
                    foreach (MessageTemplate message in d.Messages)
                    {
                        md.Append("- `").Append(message.Id).Append("`: ").Append(Cell(message.Text.English)).Append(" / ").Append(Cell(message.Text.Chinese)).Append('\n');
                    }
                }

            }

            return md.ToString();
        }

        private static string Cell(string text) => text.Replace("|", "\\|");

        private static string OptIn(string ruleId)
        {
            string[] sets = RuleRegistry.OptInSetsOf(ruleId).Select(s => "`" + s.Name + "`").ToArray();
            return sets.Length == 0 ? string.Empty : " (opt-in: " + string.Join(", ", sets) + ")";
        }
    }
}
