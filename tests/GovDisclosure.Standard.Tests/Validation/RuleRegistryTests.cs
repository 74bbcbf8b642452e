using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Standard.Validation;
using GovDisclosure.Standard.Validation.Rules;

namespace GovDisclosure.Standard.Tests.Validation
{
    public class RuleRegistryTests
    {
        [Fact]
        public void Every_rule_id_is_unique_and_has_the_built_in_form()
        {
            string[] ids = RuleRegistry.All.Select(d => d.Id).ToArray();

            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.All(ids, id => Assert.True(RuleDescriptor.IsBuiltInIdForm(id), id));
        }

        [Fact]
        public void Every_rule_has_title_and_description_in_both_languages()
        {
            Assert.All(RuleRegistry.All, d =>
            {
                Assert.False(string.IsNullOrWhiteSpace(d.Title.Chinese), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Title.English), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Description.Chinese), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Description.English), d.Id);
                Assert.Contains(d.Title.Chinese, c => c >= '\u4e00' && c <= '\u9fff');
                Assert.DoesNotContain(d.Title.English, c => c >= '\u4e00' && c <= '\u9fff');
            });
        }

        [Fact]
        public void The_registry_lists_every_rule_of_every_built_in_set_including_the_opt_in_ones()
        {
            string[] ids = RuleRegistry.All.Select(d => d.Id).ToArray();

            Assert.All(RuleSet.BuiltIn.SelectMany(s => s.Rules), r => Assert.Contains(r.Id, ids));
            Assert.Contains("GD-DG-001", ids);
            Assert.Contains("GD-CAT-011", ids);
            Assert.Equal(new[] { "five-part-guide" }, RuleRegistry.OptInSetsOf("GD-DG-001").Select(s => s.Name));
            Assert.Equal(FindingSeverity.Warning, RuleRegistry.Find("GD-CAT-010")!.Severity);
            Assert.Equal(FindingSeverity.Information, RuleRegistry.Find("GD-CAT-008")!.Severity);
        }

        [Fact]
        public void Every_opt_in_set_says_whose_convention_it_is_and_is_found_by_name()
        {
            foreach (RuleSet set in RuleSet.BuiltIn.Where(s => s.Rules.Any(r => !RuleSet.Standard.Contains(r.Id))))
            {
                Assert.Same(set, RuleSet.FindBuiltIn(set.Name));
                Assert.Contains("district", set.Description!.English);
                Assert.Contains("2020", set.Description.Chinese);
            }

            Assert.Same(RuleSet.PlatformColumn, RuleSet.FindBuiltIn("platform-column"));
            Assert.Same(RuleSet.FivePartGuide, RuleSet.FindBuiltIn("five-part-guide"));
        }

        [Fact]
        public void Documentation_lists_the_opt_in_sets()
        {
            string document = ValidationDocument.Render();

            Assert.Contains("`platform-column` | GD-CAT-011", document);
            Assert.Contains("`five-part-guide` | GD-DG-001", document);
        }

        [Fact]
        public void Every_document_kind_has_a_completeness_rule()
        {
            foreach (DocumentKind kind in DocumentKind.Declared)
            {
                Assert.Contains(RuleRegistry.All, d => d.DocumentKind == kind && d.Category == FindingCategory.Completeness);
            }
        }

        [Fact]
        public void Documentation_lists_every_rule_and_is_up_to_date()
        {
            string path = RepositoryFiles.PathOf("src", "GovDisclosure.Standard.Validation", "README.md");
            string expected = ValidationDocument.Render();
            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_APPROVE") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, expected, new UTF8Encoding(false));
            }

            Assert.True(File.Exists(path), "src/GovDisclosure.Standard.Validation/README.md is missing; run the tests with GOVDISCLOSURE_APPROVE=1 to write it.");
            string actual = File.ReadAllText(path).Replace("\r\n", "\n");
            Assert.True(actual == expected, "src/GovDisclosure.Standard.Validation/README.md is stale; run the tests with GOVDISCLOSURE_APPROVE=1 to rewrite it, and review the diff.");
        }

    }
}
