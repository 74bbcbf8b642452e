using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class RuleReleasesTests
    {
        private static readonly IReadOnlyList<RuleReleases.Row> Rows = RuleReleases.Read();

        [Fact]
        public void Every_rule_of_the_registry_is_added_once_in_the_release_files()
        {
            foreach (RuleDescriptor rule in RuleRegistry.All)
            {
                RuleReleases.Row[] added = Rows.Where(r => r.Table == "New Rules" && r.Id == rule.Id).ToArray();
                Assert.True(added.Length == 1, $"{rule.Id} is under \"### New Rules\" {added.Length} times in RuleReleases.*.md; add it once (RuleReleases.Unshipped.md for a new id).");
            }
        }

        [Fact]
        public void Every_id_of_the_release_files_is_a_rule_of_the_registry_or_removed()
        {
            foreach (string id in Rows.Select(r => r.Id).Distinct())
            {
                bool removed = Rows.Last(r => r.Id == id).Table == "Removed Rules";
                Assert.True(removed ^ RuleRegistry.Find(id) != null, removed
                    ? $"{id} is listed as removed but RuleDescriptors.cs declares it: a removed id is never reused; give the rule a new number."
                    : $"{id} is in the release files but not in RuleDescriptors.cs; list it under \"### Removed Rules\".");
            }
        }

        [Fact]
        public void No_id_is_added_again_after_it_was_removed()
        {
            foreach (IGrouping<string, RuleReleases.Row> rows in Rows.GroupBy(r => r.Id))
            {
                bool removed = false;
                foreach (RuleReleases.Row row in rows)
                {
                    Assert.False(removed && row.Table == "New Rules", $"{row}: the id was removed before and is never reused.");
                    removed |= row.Table == "Removed Rules";
                }
            }
        }

        [Fact]
        public void The_last_release_row_of_each_rule_gives_its_severity_and_category()
        {
            foreach (RuleDescriptor rule in RuleRegistry.All)
            {
                RuleReleases.Row last = Rows.Last(r => r.Id == rule.Id);
                Assert.True(
                    last.Severity == rule.Severity.ToString().ToLowerInvariant() && last.Category == rule.Category.Code,
                    $"{last} says {last.Category}/{last.Severity}, RuleDescriptors.cs {rule.Category.Code}/{rule.Severity.ToString().ToLowerInvariant()}; record the change under \"### Changed Rules\".");
            }
        }

        [Fact]
        public void Every_rule_of_every_built_in_set_is_described_by_the_registry_itself()
        {
            foreach (ValidationRule rule in RuleSet.BuiltIn.SelectMany(s => s.Rules))
            {
                Assert.Same(RuleRegistry.Find(rule.Id), rule.Descriptor);
            }
        }

        [Fact]
        public void Every_rule_of_the_registry_is_in_a_built_in_set()
        {
            string[] inSets = RuleSet.BuiltIn.SelectMany(s => s.Rules).Select(r => r.Id).Distinct().ToArray();

            Assert.All(RuleRegistry.All, d => Assert.Contains(d.Id, inSets));
        }

        [Fact]
        public void Every_rule_of_the_registry_is_documented_under_its_own_anchor()
        {
            string document = ValidationDocument.Render();

            Assert.All(RuleRegistry.All, d =>
            {
                Assert.Equal(RuleDescriptors.Documentation + "#" + d.Id.ToLowerInvariant(), d.HelpUri!.AbsoluteUri);
                Assert.Contains("<a id=\"" + d.Id.ToLowerInvariant() + "\"></a>", document);
            });
        }
    }
}
