using System.Linq;
using System.Text.Json.Nodes;
using GovDisclosure.Standard.Schema;

namespace GovDisclosure.Standard.Tests.Schema
{
    public sealed class DocumentSchemaTests
    {
        [Theory]
        [MemberData(nameof(DocumentKindData.Codes), MemberType = typeof(DocumentKindData))]
        public void Checked_in_schema_matches_the_model(string kindCode)
        {
            DocumentKind kind = DocumentKind.Parse(kindCode);
            RepositoryFiles.AssertMatchesApproved("catalog/schema/" + DocumentSchemas.FileName(kind), DocumentSchemas.ToJson(kind));
        }

        [Fact]
        public void Catalogue_entry_schema_lists_the_national_minimum_as_required()
        {
            JsonObject schema = DocumentSchemas.For(DocumentKind.CatalogueEntry);
            string[] required = schema["required"]!.AsArray().Select(n => (string)n!).ToArray();
            Assert.Equal(new[] { "firstLevelItem", "secondLevelItem", "contentElements", "legalBasis", "timeLimit", "responsibleBody", "channels", "audiences", "modes" }, required);
        }

        [Fact]
        public void Channels_accept_checklist_codes_or_named_other_channels()
        {
            JsonObject schema = DocumentSchemas.For(DocumentKind.CatalogueEntry);
            JsonObject channel = schema["$defs"]!["PublicationChannel"]!.AsObject();
            string[] codes = channel["anyOf"]![0]!["enum"]!.AsArray().Select(n => (string)n!).ToArray();
            Assert.Contains("governmentWebsite", codes);
            Assert.DoesNotContain("other", codes);
            Assert.Equal("^other:.+$", (string)channel["anyOf"]![1]!["pattern"]!);
        }

        [Fact]
        public void Documents_stay_open_to_additional_fields()
        {
            foreach (DocumentKind kind in DocumentKind.Declared)
            {
                Assert.True((bool)DocumentSchemas.For(kind)["additionalProperties"]!, kind.Code);
            }
        }

        [Fact]
        public void Descriptions_come_from_the_xml_documentation_with_chinese_terms()
        {
            JsonObject schema = DocumentSchemas.For(DocumentKind.ServiceGuide);
            Assert.Contains("事项名称", (string)schema["properties"]!["itemName"]!["description"]!);
        }
    }
}
