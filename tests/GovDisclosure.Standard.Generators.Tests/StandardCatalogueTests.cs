using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Disclosure;
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
        public void Every_built_in_entry_keeps_every_value_of_its_file()
        {
            int checkedEntries = 0;
            foreach (PilotDomain domain in StandardCatalogue.Domains)
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("catalog", "domains", domain.Code + ".catalog.json")));
                bool? fileVerified = document.RootElement.TryGetProperty("provenance", out JsonElement provenance) && provenance.TryGetProperty("verified", out JsonElement v) ? v.GetBoolean() : null;
                JsonElement[] entries = document.RootElement.GetProperty("entries").EnumerateArray().ToArray();
                IReadOnlyList<CatalogueEntry> generated = StandardCatalogue.For(domain);
                Assert.Equal(entries.Length, generated.Count);
                for (int i = 0; i < entries.Length; i++)
                {
                    JsonElement json = entries[i];
                    CatalogueEntry entry = generated[i];
                    Assert.Equal(Text(json, "code"), entry.Code);
                    Assert.Same(domain, entry.Domain);
                    Assert.Equal(Text(json, "firstLevelItem"), entry.FirstLevelItem);
                    Assert.Equal(Text(json, "secondLevelItem"), entry.SecondLevelItem);
                    Assert.Equal(Text(json, "thirdLevelItem"), entry.ThirdLevelItem);
                    Assert.Equal<(string?, string?)>(
                        json.GetProperty("contentElements").EnumerateArray().Select(e => (Text(e, "name"), (string?)(Text(e, "requirement") ?? "unspecified"))),
                        entry.ContentElements.Select(e => ((string?)e.Name, (string?)e.Requirement.Code)));
                    Assert.Equal(Texts(json, "legalBasis"), entry.LegalBasis);
                    Assert.Equal(Text(json, "timeLimit"), entry.TimeLimit!.Text);
                    Assert.Equal(DisclosureTimeLimit.Parse(Text(json, "timeLimit")!), entry.TimeLimit);
                    Assert.Equal(Text(json, "responsibleBody"), entry.ResponsibleBody);
                    Assert.Equal(Texts(json, "channels").Select(Channel), entry.Channels);
                    Assert.Equal(Texts(json, "audiences"), entry.Audiences.Select(c => c.Code));
                    Assert.Equal(Texts(json, "modes"), entry.Modes.Select(c => c.Code));
                    Assert.Equal(Texts(json, "levels"), entry.Levels.Select(c => c.Code));
                    Assert.Equal(
                        json.TryGetProperty("categories", out JsonElement categories) ? categories.EnumerateArray().Select(c => c.GetInt32()) : Enumerable.Empty<int>(),
                        entry.Categories.Select(c => c.Number));
                    Assert.Equal(Flag(json, "categoriesInferred"), entry.CategoriesInferred);
                    Assert.Equal(Flag(json, "verified") ?? fileVerified, entry.Verified);
                    Assert.Equal(Texts(json, "confirmedBy"), entry.ConfirmedBy);
                    Assert.Equal(Text(json, "note"), entry.Note);
                    Assert.Same(entry, StandardCatalogue.Find(domain, entry.Code!));
                    checkedEntries++;
                }
            }

            Assert.Equal(StandardCatalogue.All.Count, checkedEntries);
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

        private static string[] Texts(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray() : System.Array.Empty<string>();

        /// <summary>A channel as the file writes it: a code, or <c>other:</c> and a name (which <see cref="PublicationChannel.OtherNamed"/> tidies).</summary>
        private static PublicationChannel Channel(string text) =>
            text.StartsWith(PublicationChannel.OtherPrefix, System.StringComparison.Ordinal)
                ? PublicationChannel.OtherNamed(text.Substring(PublicationChannel.OtherPrefix.Length))
                : PublicationChannel.Of(DisclosureChannel.FromName(text));

        private static bool? Flag(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value.GetBoolean() : null;

        private static string[] EntryCodesOf(string domainCode)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("catalog", "domains", domainCode + ".catalog.json")));
            return document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();
        }
    }
}
