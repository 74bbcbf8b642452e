using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Generators.Tests.Infrastructure;

namespace GovDisclosure.Standard.Generators.Tests
{
    /// <summary>The core library, compiled through the generator, carries the whole built-in catalogue and the domains of catalog/domains.json.</summary>
    public sealed class StandardCatalogueTests
    {
        [Fact]
        public void StandardCatalogue_has_all_26_domains_each_with_the_entries_of_its_file()
        {
            Assert.Equal(26, StandardCatalogue.Domains.Count);
            Assert.Equal(PilotDomain.Declared, StandardCatalogue.Domains);
            int total = 0;
            foreach (PilotDomain domain in StandardCatalogue.Domains)
            {
                string[] codes = EntryCodesOf(domain.Code);
                Assert.NotEmpty(codes);
                Assert.Equal(codes, StandardCatalogue.For(domain).Select(e => e.Code));
                Assert.All(StandardCatalogue.For(domain), e => Assert.Same(domain, e.Domain));
                Assert.Same(StandardCatalogue.For(domain)[0], StandardCatalogue.Find(domain, codes[0]));
                total += codes.Length;
            }

            Assert.Equal(total, StandardCatalogue.All.Count);
            Assert.Null(StandardCatalogue.Find(PilotDomain.Health, "noSuchEntry"));
        }

        [Fact]
        public void Coverage_and_coverage_note_of_every_domain_are_those_of_its_file()
        {
            foreach (PilotDomain domain in StandardCatalogue.Domains)
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("catalog", "domains", domain.Code + ".catalog.json")));
                Assert.Equal(Text(document.RootElement, "coverage"), StandardCatalogue.CoverageOf(domain));
                Assert.Equal(Text(document.RootElement, "coverageNote"), StandardCatalogue.CoverageNoteOf(domain));
            }

            Assert.Equal(Text(JsonDocument.Parse(File.ReadAllText(Repository.PathOf("catalog", "domains", "socialAssistance.catalog.json"))).RootElement, "coverageNote"), SocialAssistanceCatalogue.CoverageNote);
            Assert.Throws<System.ArgumentNullException>(() => StandardCatalogue.CoverageNoteOf(null!));
        }

        [Fact]
        public void Generated_entries_keep_the_json_values()
        {
            CatalogueEntry entry = SocialAssistanceCatalogue.GeneralPolicyDocuments;

            Assert.Same(entry, SocialAssistanceCatalogue.Find("generalPolicyDocuments"));
            Assert.Equal("综合业务", entry.FirstLevelItem);
            Assert.Equal("政策法规文件", entry.SecondLevelItem);
            Assert.Equal("制定或获取信息之日起10个工作日内", entry.TimeLimit!.Text);
            Assert.True(entry.TimeLimit.IsUnderstood);
            Assert.Equal(new[] { "governmentWebsite", "publicReadingPoint", "governmentServiceCentre" }, entry.Channels.Select(c => c.ToString()));
            Assert.Equal(new[] { 1, 11 }, entry.Categories.Select(c => c.Number));
            Assert.True(entry.Verified);
            Assert.Equal(SocialAssistanceCatalogue.All.Count, EntryCodesOf("socialAssistance").Length);
        }

        [Fact]
        public void An_other_channel_keeps_its_name()
        {
            CatalogueEntry withOther = StandardCatalogue.All.First(e => e.Channels.Any(c => c.OtherName != null));

            Assert.Contains(withOther.Channels, c => c.ToString().StartsWith("other:", System.StringComparison.Ordinal));
        }

        [Fact]
        public void PilotDomain_values_equal_domains_json_with_aliases_ministries_and_guideline()
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("catalog", "domains.json")));
            JsonElement[] domains = document.RootElement.GetProperty("domains").EnumerateArray().ToArray();

            string? version = document.RootElement.GetProperty("version").GetString();
            Assert.True(version == StandardCatalogue.Version, $"StandardCatalogue.Version {StandardCatalogue.Version} != {version}");
            Assert.True(version == PilotDomain.DefinitionsVersion, $"PilotDomain.DefinitionsVersion {PilotDomain.DefinitionsVersion} != {version}");
            Assert.Equal(domains.Length, PilotDomain.Declared.Count);
            foreach (JsonElement json in domains)
            {
                PilotDomain domain = PilotDomain.Parse(json.GetProperty("code").GetString()!);
                Assert.Equal(json.GetProperty("number").GetInt32(), domain.Number);
                Assert.Equal(json.GetProperty("name").GetString(), domain.ChineseName);
                Assert.Equal(json.GetProperty("englishName").GetString(), domain.EnglishName);
                Assert.Equal(json.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()), domain.Synonyms);
                Assert.Equal(json.GetProperty("ministries").EnumerateArray().Select(a => a.GetString()), domain.Ministries);
                JsonElement guideline = json.GetProperty("guideline");
                Assert.NotNull(domain.Guideline);
                Assert.Equal(Text(guideline, "title"), domain.Guideline!.Title);
                Assert.Equal(Text(guideline, "documentNumber"), domain.Guideline.DocumentNumber);
                Assert.Equal(Text(guideline, "issuedOn"), domain.Guideline.IssuedOn?.ToString());
                Assert.Equal(guideline.GetProperty("verified").GetBoolean(), domain.Guideline.Verified);
                foreach (JsonElement alias in json.GetProperty("aliases").EnumerateArray())
                {
                    Assert.Same(domain, PilotDomain.Parse(alias.GetString()!));
                }
            }
        }

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string[] EntryCodesOf(string domainCode)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("catalog", "domains", domainCode + ".catalog.json")));
            return document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();
        }
    }
}
