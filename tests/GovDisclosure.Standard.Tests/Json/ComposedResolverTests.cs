using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Standard.Catalogue;
using GovDisclosure.Standard.Json;

namespace GovDisclosure.Standard.Tests.Json
{
    /// <summary>
    /// A consumer embeds documents in its own JSON by combining the canonical resolver with its own; the
    /// generated context itself is not public.
    /// </summary>
    public sealed class ComposedResolverTests
    {
        [Fact]
        public void A_document_inside_a_consumers_own_type_is_written_in_its_canonical_form()
        {
            CatalogueEntry entry = SocialAssistanceCatalogue.All[0];
            var options = new JsonSerializerOptions(CanonicalJson.Options)
            {
                TypeInfoResolver = JsonTypeInfoResolver.Combine(CanonicalJson.Options.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
            };

            string json = JsonSerializer.Serialize(new Dictionary<string, CatalogueEntry> { ["entry"] = entry }, options);

            Assert.Equal("{\"entry\":" + CanonicalJson.Serialize(entry) + "}", json);
        }

        [Fact]
        public void The_generated_json_context_is_not_part_of_the_public_surface()
        {
            Assert.False(typeof(CanonicalJson).Assembly.GetType("GovDisclosure.Standard.Json.GovDisclosureJsonContext")!.IsPublic);
        }
    }
}
