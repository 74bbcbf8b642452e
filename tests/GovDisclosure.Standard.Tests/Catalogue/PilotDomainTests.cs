using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Standard.Catalogue;

namespace GovDisclosure.Standard.Tests.Catalogue
{
    public sealed class PilotDomainTests
    {
        [Fact]
        public void The_code_list_equals_catalog_domains_json()
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("catalog", "domains.json")));
            var fromData = document.RootElement.GetProperty("domains").EnumerateArray()
                .Select(d => (Code: d.GetProperty("code").GetString(), Number: d.GetProperty("number").GetInt32(), Name: d.GetProperty("name").GetString()))
                .ToArray();

            Assert.Equal(26, fromData.Length);
            Assert.Equal(fromData, PilotDomain.Declared.Select(d => ((string?)d.Code, d.Number, (string?)d.ChineseName)).ToArray());
        }

        [Fact]
        public void Every_domain_has_a_catalogue_definition_file()
        {
            foreach (PilotDomain domain in PilotDomain.Declared)
            {
                Assert.True(File.Exists(RepositoryFiles.PathOf("catalog", "domains", domain.Code + ".catalog.json")), domain.Code);
            }
        }
    }
}
