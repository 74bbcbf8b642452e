using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Input;
using GovDisclosure.Standard.Validation;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class BuiltInCatalogueTests
    {
        // Time-limit clauses of the shipped catalogue that DisclosureTimeLimit does not read yet; GD-CAT-003
        // rightly warns about them. When the reader learns one, or the catalogue changes, update this list.
        private static readonly string[] KnownUnreadTimeLimits =
        {
            "20个工作日",
        };

        [Fact]
        public void Shipped_catalogue_entries_have_no_errors_and_only_the_known_unread_time_limits()
        {
            string[] files = Directory.GetFiles(RepositoryFiles.PathOf("catalog", "domains"), "*.catalog.json");
            Assert.NotEmpty(files);
            var validator = new DisclosureValidator();
            var problems = new List<string>();
            var unread = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (string file in files)
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
                string domain = document.RootElement.GetProperty("domain").GetString()!;
                SourceRecord[] records = document.RootElement.GetProperty("entries").EnumerateArray()
                    .Select((e, i) =>
                    {
                        JsonObject withDomain = JsonNode.Parse(e.GetRawText())!.AsObject();
                        withDomain["domain"] = domain;
                        return Records.Json(withDomain.ToJsonString(), i + 1);
                    })
                    .ToArray();

                foreach (Finding f in validator.Validate(DocumentKind.CatalogueEntry, records).SelectMany(r => r.Findings).Where(f => f.Severity >= FindingSeverity.Warning))
                {
                    if (f.RuleId == "GD-CAT-003")
                    {
                        unread.Add(f.Value!);
                    }
                    else
                    {
                        problems.Add(Path.GetFileName(file) + " " + f.Location + " " + f.RuleId + " " + f.Message.English);
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(unread.SetEquals(KnownUnreadTimeLimits), "Unread time limits:\n" + string.Join("\n", unread.Select(u => "\"" + u + "\",")));
        }
    }
}
