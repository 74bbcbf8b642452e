using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Tests.Catalogue
{
    public sealed class CatalogueDefinitionTests
    {
        public static TheoryData<string> DefinitionFiles()
        {
            var data = new TheoryData<string>();
            foreach (string path in Directory.GetFiles(RepositoryFiles.PathOf("catalog", "domains"), "*.catalog.json").OrderBy(p => p))
            {
                data.Add(Path.GetFileName(path));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(DefinitionFiles))]
        public void Every_built_in_definition_reads_through_the_public_api_with_provenance(string fileName)
        {
            CatalogueDefinition definition = CanonicalJson.ReadCatalogueFile(RepositoryFiles.PathOf("catalog", "domains", fileName));

            Assert.Equal(fileName, definition.Domain!.Code + ".catalog.json");
            Assert.NotEmpty(definition.Entries);
            Assert.NotNull(definition.Provenance);
            Assert.All(definition.Entries, e => Assert.Equal(definition.Domain, e.Domain));
            Assert.Equal(definition.Entries.Count, definition.Entries.Select(e => e.Code).Distinct().Count());
            if (definition.Coverage == GuidelineCoverage.Partial)
            {
                Assert.False(string.IsNullOrWhiteSpace(definition.CoverageNote));
            }

            Assert.All(definition.Entries.Where(e => e.Verified == false), e => Assert.False(string.IsNullOrWhiteSpace(e.Note), e.Code));
        }

        [Theory]
        [MemberData(nameof(DefinitionFiles))]
        public void Every_built_in_time_limit_is_understood_or_its_vagueness_is_justified(string fileName)
        {
            CatalogueDefinition definition = CanonicalJson.ReadCatalogueFile(RepositoryFiles.PathOf("catalog", "domains", fileName));

            foreach (CatalogueEntry entry in definition.Entries.Where(e => !e.TimeLimit!.IsUnderstood))
            {
                Assert.True(entry.Note?.Contains("时限") == true || entry.Note?.Contains("time limit") == true,
                    $"{entry.Code}: time limit '{entry.TimeLimit}' is not understood and its note does not justify it");
            }
        }

        [Fact]
        public void A_broken_definition_names_the_file_and_the_place()
        {
            string path = Path.Combine(Path.GetTempPath(), "broken-" + System.Guid.NewGuid().ToString("N") + ".catalog.json");
            File.WriteAllText(path, "{\n  \"domain\": \"socialAssistance\",\n  \"entries\": [ { \"modes\": [\"主动公示\"] } ]\n}", Encoding.UTF8);
            try
            {
                JsonException error = Assert.Throws<JsonException>(() => CanonicalJson.ReadCatalogueFile(path));
                Assert.Contains(path, error.Message);
                Assert.Contains("line 3", error.Message);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
