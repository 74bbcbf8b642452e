using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Review;
using static GovDisclosure.Standard.Tests.Review.ReviewSamples;

namespace GovDisclosure.Standard.Tests.Review
{
    public sealed class DomainListDiffTests
    {
        private static DiffResult After(System.Action<JsonObject> edit) => ReviewDiff.Compare(DomainsText, Edit(DomainsText, edit));

        [Fact]
        public void Removing_a_domain_is_breaking()
        {
            ReviewChange change = Single(After(d => d["domains"]!.AsArray().RemoveAt(0)));
            Assert.Equal((ChangeKind.Breaking, "/domains/majorConstructionProjects"), (change.Kind, change.Path));
        }

        [Fact]
        public void The_same_domain_under_another_code_is_a_breaking_rename_even_with_new_wording_elsewhere()
        {
            ReviewChange change = Single(After(d =>
            {
                JsonObject domain = Domain(d, "ecologyAndEnvironment");
                domain["code"] = "environment";
                domain["englishName"] = "Environment";
            }));
            Assert.Equal((ChangeKind.Breaking, "ecologyAndEnvironment", "environment"), (change.Kind, change.OldValue, change.NewValue));
            Assert.Contains("renamed", change.Message.English);
        }

        [Fact]
        public void A_new_domain_is_additive()
        {
            ReviewChange change = Single(After(d => d["domains"]!.AsArray().Add(new JsonObject
            {
                ["code"] = "localMarkets", ["number"] = 27, ["name"] = "集贸市场", ["englishName"] = "Markets",
                ["aliases"] = new JsonArray(), ["ministries"] = new JsonArray("市政府"),
                ["guideline"] = new JsonObject { ["title"] = null, ["documentNumber"] = null, ["issuedOn"] = null, ["verified"] = false },
            })));
            Assert.Equal((ChangeKind.Additive, "/domains/localMarkets"), (change.Kind, change.Path));
        }

        [Theory]
        [InlineData("name", "环境保护")]
        [InlineData("number", null)]
        public void Changing_a_domains_name_or_number_is_breaking(string field, string? name)
        {
            ReviewChange change = Single(After(d => Domain(d, "ecologyAndEnvironment")[field] = name is null ? JsonValue.Create(10) : JsonValue.Create(name)));
            Assert.Equal((ChangeKind.Breaking, "/domains/ecologyAndEnvironment/" + field), (change.Kind, change.Path));
        }

        [Fact]
        public void Removing_an_alias_is_breaking_and_adding_one_additive()
        {
            DiffResult report = After(d => Domain(d, "ecologyAndEnvironment")["aliases"] = new JsonArray("环保"));
            Assert.Equal(new[] { (ChangeKind.Breaking, "环境保护", (string?)null), (ChangeKind.Additive, null, "环保") }.Select(t => (t.Item1, (string?)t.Item2, t.Item3)),
                report.Changes.Select(x => (x.Kind, x.OldValue, x.NewValue)));
        }

        [Fact]
        public void Guideline_english_name_ministries_and_version_are_editorial()
        {
            DiffResult report = After(d =>
            {
                d["version"] = "0.2.0";
                JsonObject domain = Domain(d, "majorConstructionProjects");
                domain["englishName"] = "Major Construction";
                domain["ministries"]!.AsArray().Add("住房城乡建设部");
                domain["guideline"]!["documentNumber"] = "发改办投资〔2019〕621号";
            });
            Assert.Equal(4, report.Changes.Count);
            Assert.All(report.Changes, x => Assert.Equal(ChangeKind.Editorial, x.Kind));
        }
    }
}
